import DossierCore
import DossierWizard

/// One cell the terminal must be told about.
public struct CellChange: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cell: Cell
}

/// Which cells to send when the screen goes from one frame to the next.
/// Typing one character must cost a few bytes on a slow SSH link, so only
/// changed cells are written; ncurses then sends only what differs.
public enum FrameDiff {
    /// The cells of `new` that differ from `old`, row by row, left to right.
    /// Continuation cells are never listed (writing a wide character fills
    /// them); a wide character is listed when either of its halves changed;
    /// a continuation cell with no wide character before it is listed as a blank.
    /// With no previous frame, or a different size, every cell is listed.
    public static func changes(from old: Frame?, to new: Frame) -> [CellChange] {
        var result: [CellChange] = []
        let comparable = old.map { $0.width == new.width && $0.height == new.height } ?? false
        for row in 0..<new.height {
            // A row that did not change sends nothing (nearly every row, for a typed letter).
            if comparable, let old, new.rowEquals(row, in: old) { continue }
            for column in 0..<new.width {
                var cell = new[row, column]
                if cell.isContinuation {
                    if FrameDiff.isWideLead(new, row: row, column: column - 1) { continue }
                    // An orphan continuation (no wide character on its left)
                    // would leave stale text on screen: send it as a blank.
                    cell = Cell(text: " ", role: cell.role, attributes: cell.attributes)
                }
                if comparable, let old {
                    var same = old[row, column] == new[row, column]
                    if same, FrameDiff.isWideLead(new, row: row, column: column), column + 1 < new.width {
                        same = old[row, column + 1] == new[row, column + 1]
                    }
                    if same { continue }
                }
                result.append(CellChange(row: row, column: column, cell: cell))
            }
        }
        return result
    }

    static func isWideLead(_ frame: Frame, row: Int, column: Int) -> Bool {
        guard column >= 0, column < frame.width else { return false }
        let cell = frame[row, column]
        // A one-byte cell (ASCII, nearly every cell) is never wide.
        guard cell.text.utf8.count > 1 else { return false }
        return DisplayWidth.of(cell.text) == 2
    }
}
