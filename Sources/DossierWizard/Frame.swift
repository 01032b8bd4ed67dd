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
///
/// The text is kept as its UTF-8 bytes in the cell itself, not as a
/// String: a cell is then plain bytes, and a screen of 1920 of them is made,
/// compared and thrown away at every key without a retain, a release or a
/// call per cell (a fifth of a typed letter's cost, issue 14). Up to 15
/// bytes fit (any letter with its marks, a letter joined to a bidi mark);
/// a longer cluster (a family emoji) is kept once in `LongClusters`.
public struct Cell: Hashable, Sendable {
    /// The bytes, the count in the last byte; 0xFF there: `LongClusters`
    /// holds the text, at the index in the first eight bytes.
    @usableFromInline var utf8: (UInt64, UInt64)
    public var role: ColorRole
    public var attributes: CellAttributes

    public init(text: String = " ", role: ColorRole = .normal, attributes: CellAttributes = []) {
        utf8 = Cell.packed(text)
        self.role = role
        self.attributes = attributes
    }

    /// A cell of one printable ASCII byte, without going through a String.
    init(ascii byte: UInt8, role: ColorRole, attributes: CellAttributes) {
        utf8 = (UInt64(byte), 1 << 56)
        self.role = role
        self.attributes = attributes
    }

    public static let blank = Cell()

    private var count: UInt8 { UInt8(truncatingIfNeeded: utf8.1 >> 56) }

    public var isContinuation: Bool { count == 0 }

    public var text: String {
        get {
            let count = self.count
            if count == 0xFF { return LongClusters.text(at: Int(utf8.0)) }
            return withUnsafeBytes(of: utf8) { String(decoding: $0.prefix(Int(count)), as: UTF8.self) }
        }
        set { utf8 = Cell.packed(newValue) }
    }

    private static func packed(_ text: String) -> (UInt64, UInt64) {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count <= 15 else { return (UInt64(LongClusters.index(of: String(decoding: bytes, as: UTF8.self))), 0xFF << 56) }
            var packed: (UInt64, UInt64) = (0, UInt64(bytes.count) << 56)
            withUnsafeMutableBytes(of: &packed) { raw in
                for (offset, byte) in bytes.enumerated() { raw[offset] = byte }
            }
            return packed
        }
    }

    /// The one-byte parts first: the backend compares the whole screen at
    /// every key, nearly all of it unchanged. The same text is the same
    /// bytes (a long one has one index), so bytes decide.
    @inlinable
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.role == rhs.role && lhs.attributes == rhs.attributes && lhs.utf8 == rhs.utf8
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(utf8.0)
        hasher.combine(utf8.1)
        hasher.combine(role)
        hasher.combine(attributes)
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
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in range.allSatisfy { mine[$0] == theirs[$0] } }
        }
    }

    /// Whether every cell of `row` is a plain blank, as a new frame's are.
    func rowIsBlank(_ row: Int) -> Bool {
        let blank = Cell.blank
        return cells.withUnsafeBufferPointer { mine in
            var index = row * width
            let end = index + width
            while index < end {
                if mine[index] != blank { return false }
                index += 1
            }
            return true
        }
    }

    /// The cells of one row, left to right.
    func cells(ofRow row: Int) -> [Cell] {
        Array(cells[row * width..<(row + 1) * width])
    }

    /// Puts a whole row of cells (`width` of them) in place.
    mutating func replaceRow(_ row: Int, with newCells: [Cell]) {
        precondition(newCells.count == width)
        cells.replaceSubrange(row * width..<(row + 1) * width, with: newCells)
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
                    self[row, col] = Cell(ascii: byte, role: role, attributes: attributes)
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
