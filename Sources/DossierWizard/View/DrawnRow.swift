/// The cells a line fills one row with, and where its cursor goes: what
/// `ScreenWriter.draw` keeps for a `DrawnLine`.
struct DrawnRow: Sendable {
    let cells: [Cell]
    let cursorColumn: Int?
}
