/// Left and Right move the text cursor the way the arrows point on the
/// screen, not forwards and backwards in memory.
///
/// In a right-to-left line an Arabic word is written from right to left, so
/// Left goes on to the next letter; inside a Latin or digit run of the same
/// line (a CNIE, a date) Left goes back to the previous one. The columns come
/// from the same bidi layout the line is drawn with (`BidiText`), so the
/// cursor always lands on the neighbouring cell the student sees.
public enum VisualCursor {
    /// The logical cursor after one step left (`toTheLeft`) or right, or
    /// nil when the text shows in logical order (no right-to-left paragraph
    /// and no right-to-left letter): the ordinary editing step then applies.
    public static func step(_ text: String, cursor: Int, toTheLeft: Bool, rightToLeft: Bool) -> Int? {
        guard rightToLeft || ScreenWriter.hasRightToLeft(text) else { return nil }
        let count = text.count
        let columns = (0...count).map { column(text, cursor: $0, rightToLeft: rightToLeft) }
        let here = columns[min(max(0, cursor), count)]
        let candidates = columns.indices.filter { toTheLeft ? columns[$0] < here : columns[$0] > here }
        let target = toTheLeft ? candidates.max { columns[$0] < columns[$1] } : candidates.min { columns[$0] < columns[$1] }
        return target ?? cursor
    }

    static func column(_ text: String, cursor: Int, rightToLeft: Bool) -> Int {
        if rightToLeft { return BidiText.cursorColumn(text, cursor: cursor, rightToLeft: true) }
        // As `ScreenWriter.textBox` lays out Arabic in a left-to-right line.
        return BidiText.cursorColumn(ScreenWriter.leftToRightMark + text, cursor: cursor + 1, rightToLeft: false)
    }
}
