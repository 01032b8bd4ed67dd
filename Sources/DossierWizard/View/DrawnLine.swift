import DossierCore

/// A line as `ScreenWriter.draw` lays it into an empty row: everything the
/// cells depend on (the segments, the cursor, the fill, the order, and the
/// writer's language, width, margin, bidi and plain-text choice), not the
/// field or the anchor, which only scrolling reads. The key of
/// `ScreenWriter.drawnMemo`. Why: every key lays the whole screen out and
/// draws all its rows again, nearly all of them as they were; drawing a row
/// (widths, reordering, one cell per character) cost a third of a typed
/// letter (bench/), a copy of the row drawn before a small part of it.
struct DrawnLine: Hashable, Sendable {
    let segments: [Segment]
    let cursorSegment: Int?
    let cursorCells: Int?
    let fill: ColorRole?
    let preordered: Bool
    let writer: WriterLayout

    init(_ line: Line, _ writer: ScreenWriter) {
        segments = line.segments
        cursorSegment = line.cursor?.segment
        cursorCells = line.cursor?.cells
        fill = line.fill
        preordered = line.preordered
        self.writer = WriterLayout(writer)
    }
}
