import DossierWizard

/// The escape sequences of the terminal bidi recommendation (implemented by
/// VTE, the engine of GNOME Terminal and sakura) that tell the terminal who
/// reorders and in which direction each row reads.
///
/// - `CSI 8 l` (explicit mode): the program has put the text in visual
///   order, show each character in the cell it is written to; `CSI 8 h`
///   (implicit mode, the default) lets the terminal reorder. Without `8 l`,
///   VTE reorders an already reordered Arabic line a second time.
/// - `CSI 1 SP k` / `CSI 2 SP k`: the paragraph where the cursor stands
///   reads left to right / right to left, instead of a guess from its first
///   letter.
///
/// Terminals that do not know them (xterm, tmux, the Linux console) ignore
/// them. ncurses knows nothing of these, so the backend sends them after a
/// refresh and puts the cursor back where ncurses left it.
struct BidiControls: Sendable {
    /// What each row was last told. VTE keeps both settings per paragraph
    /// (a row): a sequence applies to the row the cursor is on and to rows
    /// made afterwards, so each row is visited and told both.
    private var rows: [Told?] = []

    struct Told: Equatable, Sendable {
        var reordering: BidiMode
        var direction: ParagraphDirection
    }

    /// What must be sent so the terminal's state matches `frame`, with the
    /// cursor ending at `cursor` (0-based). Empty when nothing changed.
    mutating func sequences(for frame: Frame, cursor: (row: Int, column: Int)) -> String {
        var out = ""
        if rows.count != frame.height { rows = Array(repeating: nil, count: frame.height) }
        for (row, direction) in frame.rowDirections.enumerated() {
            let told = Told(reordering: frame.reordering, direction: direction)
            guard rows[row] != told else { continue }
            rows[row] = told
            out += "\u{1B}[\(row + 1);1H" + (frame.reordering == .app ? "\u{1B}[8l" : "\u{1B}[8h")
                + (direction == .rightToLeft ? "\u{1B}[2 k" : "\u{1B}[1 k")
        }
        guard !out.isEmpty else { return "" }
        return out + "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H"
    }

    /// After the screen was cleared or resized every row is told again.
    mutating func forgetRows() {
        rows = []
    }

    /// On leaving: the terminal reorders again and new lines guess their
    /// direction, as before the program started.
    static let restore = "\u{1B}[8h\u{1B}[0 k"
}
