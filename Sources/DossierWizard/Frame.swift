import DossierCore
/// What a colour means, not which colour it is: the backend maps roles to
/// colours, or to bold/reverse/underline on a monochrome terminal or with
/// `NO_COLOR`, so no screen depends on colour alone.
public enum ColorRole: UInt8, CaseIterable, Sendable {
    case normal
    case title
    case label
    case input
    case inputFocused
    case error
    case warning
    case success
    case hint
    case statusBar
    case selection
    case muted
}

/// Text attributes that carry meaning without colour.
public struct CellAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = CellAttributes(rawValue: 1 << 0)
    public static let reverse = CellAttributes(rawValue: 1 << 1)
    public static let underline = CellAttributes(rawValue: 1 << 2)
    public static let dim = CellAttributes(rawValue: 1 << 3)
}

/// One terminal cell. A wide character occupies its cell and the next one,
/// which holds an empty `text` as a continuation marker.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: ColorRole
    public var attributes: CellAttributes

    public init(text: String = " ", role: ColorRole = .normal, attributes: CellAttributes = []) {
        self.text = text
        self.role = role
        self.attributes = attributes
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }

    /// The one-byte parts first: the backend compares the whole screen at
    /// every key, nearly all of it unchanged.
    @inlinable
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.role == rhs.role && lhs.attributes == rhs.attributes && lhs.text == rhs.text
    }
}

/// A whole screen as data: what `view` returns and what the backend paints.
/// Tests read it as text, the way ratatui's TestBackend does.
public struct Frame: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes (the insertion point of the focused
    /// field), or nil to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn: Int = 0
    /// What the body showed (its length, its first line, whether the focus
    /// was out of sight): the session hands it to the next `update`, which
    /// then never lays the screen out itself. Not part of the picture.
    public var viewport: Viewport?
    /// Who puts right-to-left text into visual order for this frame: the
    /// backend tells the terminal (`CSI 8 l` when the program does, `8 h`
    /// when the terminal does).
    public var reordering: BidiMode = .app
    /// Per row, the paragraph direction the terminal is told.
    public private(set) var rowDirections: [ParagraphDirection]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
        rowDirections = Array(repeating: .leftToRight, count: self.height)
    }

    /// Declares the direction of every row. When the terminal reorders
    /// (`reordering == .terminal`) a right-to-left row also starts with a
    /// right-to-left mark, joined to its first cell, for the terminals that
    /// guess each line's direction from its first strong character (mlterm,
    /// Konsole, PuTTY) and ignore `CSI 2 SP k`.
    public mutating func declareRows(_ direction: ParagraphDirection) {
        rowDirections = Array(repeating: direction, count: height)
        guard direction == .rightToLeft, reordering == .terminal, width > 0 else { return }
        for row in 0..<height where needsRightToLeftMark(row) {
            // Right after the first cell's character, before any mark the
            // text put there: " ‎Enter" would read left to right.
            var scalars = Array(self[row, 0].text.unicodeScalars)
            scalars.insert(Frame.rightToLeftMark, at: min(1, scalars.count))
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            self[row, 0].text = String(text)
        }
    }

    /// A terminal that guesses each line's direction from its first strong
    /// letter (mlterm, Konsole, PuTTY) needs the mark only on a row that
    /// does not start with an Arabic letter (a title, a key line, a CNIE,
    /// a row of digits). Only there: mlterm keeps a cell for every mark, so
    /// a mark on each row pushed full rows past the edge and the screen
    /// scrolled.
    func needsRightToLeftMark(_ row: Int) -> Bool {
        var anyText = false
        for column in 0..<width {
            for scalar in self[row, column].text.unicodeScalars {
                if scalar == Frame.rightToLeftMark { return false }
                // A left-to-right mark is a strong letter to such a terminal:
                // "‎10-8‎ زنقة الخليل" would read left to right.
                if scalar == Frame.leftToRightMark { return true }
                if scalar.properties.isWhitespace { continue }
                anyText = true
                if scalar.properties.isAlphabetic { return !ScreenWriter.hasRightToLeft(String(scalar)) }
            }
        }
        return anyText
    }

    static let rightToLeftMark: Unicode.Scalar = "\u{200F}"
    static let leftToRightMark: Unicode.Scalar = "\u{200E}"

    /// The one-character strings of printable ASCII (U+0020–U+007E), made
    /// once: `put` takes them instead of building a string per cell.
    static let asciiCells: [String] = (0x20..<0x7F).map { String(Unicode.Scalar(UInt8($0))) }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Whether `row` holds the same cells in both frames (of one width):
    /// the backend skips such a row at once instead of comparing its cells
    /// one call at a time across the module boundary.
    public func rowEquals(_ row: Int, in other: Frame) -> Bool {
        guard other.width == width, row >= 0, row < height, row < other.height else { return false }
        let range = row * width..<(row + 1) * width
        // A cell is its text's 16 bytes, its role and its attributes (18
        // bytes, then padding). The same bytes are the same cell, read
        // without copying the text (which retains and releases it: most of
        // a typed letter's cost here, bench/); other bytes may still be the
        // same cell (one long text in two buffers), which `==` then says.
        guard Frame.cellsReadAsBytes else {
            return range.allSatisfy { cells[$0] == other.cells[$0] }
        }
        return cells.withUnsafeBytes { mine in
            other.cells.withUnsafeBytes { theirs in
                range.allSatisfy { Frame.bits(mine, $0) == Frame.bits(theirs, $0) || cells[$0] == other.cells[$0] }
            }
        }
    }

    /// Whether every cell of `row` is a plain blank, as a new frame's are.
    /// Read as bytes, as `rowEquals` does (a blank's bytes are always the
    /// same: " " is a small string).
    func rowIsBlank(_ row: Int) -> Bool {
        let range = row * width..<(row + 1) * width
        guard Frame.cellsReadAsBytes else { return range.allSatisfy { cells[$0] == Cell.blank } }
        return cells.withUnsafeBytes { raw in
            range.allSatisfy { Frame.bits(raw, $0) == Frame.blankBits || cells[$0] == Cell.blank }
        }
    }

    /// Whether cells are laid out as `bits` reads them: the text's 16
    /// bytes, then the role and the attributes, one byte each.
    static let cellsReadAsBytes = MemoryLayout<String>.size == 16 && MemoryLayout<Cell>.offset(of: \Cell.role) == 16
        && MemoryLayout<Cell>.offset(of: \Cell.attributes) == 17 && MemoryLayout<Cell>.size == 18
        && MemoryLayout<Cell>.stride % 8 == 0

    /// The 18 bytes of the cell at `index` of a buffer of cells.
    @inline(__always)
    static func bits(_ raw: UnsafeRawBufferPointer, _ index: Int) -> (UInt64, UInt64, UInt16) {
        let offset = index * MemoryLayout<Cell>.stride
        return (raw.load(fromByteOffset: offset, as: UInt64.self), raw.load(fromByteOffset: offset + 8, as: UInt64.self),
                raw.load(fromByteOffset: offset + 16, as: UInt16.self))
    }

    /// The bytes of `Cell.blank` as `bits` reads them.
    static let blankBits = [Cell.blank].withUnsafeBytes { bits($0, 0) }

    /// The cells of one row, left to right.
    func cells(ofRow row: Int) -> [Cell] {
        Array(cells[row * width..<(row + 1) * width])
    }

    /// Puts a whole row of cells (`width` of them) in place.
    mutating func replaceRow(_ row: Int, with newCells: [Cell]) {
        precondition(newCells.count == width)
        let start = row * width
        cells.withUnsafeMutableBufferPointer { buffer in
            for (offset, cell) in newCells.enumerated() { buffer[start + offset] = cell }
        }
    }

    /// Writes `text` from (row, column), clipped at the right edge and at
    /// `maxWidth` cells; wide characters that would straddle the edge are
    /// dropped. Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: ColorRole = .normal,
                             attributes: CellAttributes = [], maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let limit = min(width, maxWidth.map { column + $0 } ?? width)
        var col = column
        if DisplayWidth.printableASCIICount(text) != nil {
            // One cell per byte: no grapheme splitting, no width lookup.
            for byte in text.utf8 {
                if col + 1 > limit { break }
                if col >= 0 {
                    self[row, col] = Cell(text: Frame.asciiCells[Int(byte) - 0x20], role: role, attributes: attributes)
                }
                col += 1
            }
            return col - column
        }
        if DisplayWidth.loneSingleCellCount(text) != nil {
            // One cell per scalar, each a character of its own.
            for scalar in text.unicodeScalars {
                if col + 1 > limit { break }
                if col >= 0 { self[row, col] = Cell(text: String(scalar), role: role, attributes: attributes) }
                col += 1
            }
            return col - column
        }
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark or control: attach to the previous cell.
                // A bidi control opening a segment joins the cell before it,
                // so that it still reaches the terminal in its place.
                if col > 0, col - 1 >= column || DigitRuns.isBidiControl(character), col - 1 < width {
                    var previous = self[row, col - 1]
                    if !previous.isContinuation { previous.text.append(character) }
                    self[row, col - 1] = previous
                }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[row, col] = Cell(text: String(character), role: role, attributes: attributes)
                if w == 2 { self[row, col + 1] = Cell(text: "", role: role, attributes: attributes) }
            }
            col += w
        }
        return col - column
    }

    /// Paints a run of cells with a role (a status bar, a focused field).
    public mutating func fill(row: Int, from column: Int, count: Int, role: ColorRole,
                              attributes: CellAttributes = []) {
        guard row >= 0, row < height else { return }
        for col in max(0, column)..<min(width, column + count) {
            self[row, col] = Cell(text: " ", role: role, attributes: attributes)
        }
    }

    /// The text of one row, continuation cells skipped, trailing spaces kept.
    public func line(_ row: Int) -> String {
        var result = ""
        for col in 0..<width where !self[row, col].isContinuation {
            result += self[row, col].text
        }
        return result
    }

    /// Every row as text with trailing spaces removed: what tests assert on.
    public var lines: [String] {
        (0..<height).map { row in
            var text = line(row)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The whole screen as one string, rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
            && lhs.reordering == rhs.reordering && lhs.rowDirections == rhs.rowDirections
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
