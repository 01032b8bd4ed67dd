/// How a menu, a list or a button shows which item is selected: with
/// characters, "> " before it, not only with reverse video, so that a
/// screen reader or a braille display that reads the line says which one
/// it is. One mark everywhere: the welcome menu, the settings, the entry
/// lists, the review's problems, the disease list, the bidi check.
enum SelectionMark {
    /// Before the selected item.
    static let selected = "> "
    /// Before any other item: as wide, so the items stay in one column.
    static let unselected = "  "

    static func mark(_ isSelected: Bool) -> String { isSelected ? selected : unselected }
}
