import DossierCore

/// A run of text with one look.
public struct Segment: Hashable, Sendable {
    public var text: String
    public var role: ColorRole
    public var attributes: CellAttributes

    public init(_ text: String, _ role: ColorRole = .normal, _ attributes: CellAttributes = []) {
        self.text = text
        self.role = role
        self.attributes = attributes
    }
}

/// One screen line before it is placed: its segments, which field it
/// belongs to (for scrolling the focus into view), and where the cursor is.
public struct Line: Equatable, Sendable {
    public var segments: [Segment]
    /// Index of the field this line belongs to.
    public var field: Int?
    /// This line must be visible (the cursor or the selected row is on it).
    public var anchor: Bool
    /// Cursor position: which segment, and how many cells into it.
    public var cursor: (segment: Int, cells: Int)?
    /// Paint the whole row with this role (a selected row, a bar).
    public var fill: ColorRole?
    /// Already in the order to send: drawn left to right as it is, never
    /// reordered (the bidi check shows one sample shaped, one logical).
    public var preordered = false

    public init(_ segments: [Segment], field: Int? = nil, anchor: Bool = false,
                cursor: (segment: Int, cells: Int)? = nil, fill: ColorRole? = nil) {
        self.segments = segments
        self.field = field
        self.anchor = anchor
        self.cursor = cursor
        self.fill = fill
    }

    public init(_ text: String, _ role: ColorRole = .normal, _ attributes: CellAttributes = [],
                field: Int? = nil) {
        self.init([Segment(text, role, attributes)], field: field)
    }

    public static let blank = Line([])

    public static func == (lhs: Line, rhs: Line) -> Bool {
        lhs.segments == rhs.segments && lhs.field == rhs.field && lhs.anchor == rhs.anchor
            && lhs.cursor?.segment == rhs.cursor?.segment && lhs.cursor?.cells == rhs.cursor?.cells
            && lhs.fill == rhs.fill && lhs.preordered == rhs.preordered
    }
}

/// The one place where text is laid into a frame. It knows the direction
/// of the language and who does the bidi (`BidiMode`): with `.app`, Arabic
/// lines are right-aligned, their segments placed right to left (the label
/// rightmost, the box to its left), and each piece of text goes through
/// `visualOrder` (where FriBidi reorders and shapes it) after wrapping. With
/// `.terminal`, everything is laid out and sent in logical order, left to
/// right, because a terminal that reorders by itself mirrors the whole row:
/// laying it out mirrored here as well would undo that.
public struct ScreenWriter: Sendable {
    public let language: Language
    public let width: Int
    /// Blank cells kept at each side.
    public let margin: Int
    public let bidi: BidiMode
    /// Lines for the plain mode (a screen reader, a braille display, a
    /// transcript): logical order with no mark added around values.
    public var plainText = false

    public init(language: Language, width: Int, margin: Int = 1, bidi: BidiMode = .app) {
        self.language = language
        self.width = width
        self.margin = margin
        self.bidi = bidi
    }

    /// True when lines are right-aligned and segments mirrored here.
    public var mirrored: Bool { language.isRightToLeft && bidi == .app }

    /// The text in the order the terminal must receive it. In `.app` mode an
    /// Arabic screen's lines go through the bidi engine with a right-to-left
    /// paragraph, and a French or English line holding Arabic (the
    /// "(التعليم العتيق)" label, a name typed in Arabic) with a left-to-right
    /// one; text with no right-to-left letter is sent as it is. In
    /// `.terminal` mode the logical order is sent.
    public func visualOrder(_ text: String) -> String {
        // The terminal reorders: a grouped number still goes in an isolate,
        // or it would show its groups in right-to-left order.
        guard bidi == .app else { return language.isRightToLeft ? DigitRuns.marked(text) : text }
        if language.isRightToLeft { return BidiText.visual(text, rightToLeft: true) }
        // A left-to-right mark first: the paragraph stays left to right even
        // when a wrapped line or a field starts with an Arabic word.
        return ScreenWriter.hasRightToLeft(text) ? BidiText.visual(ScreenWriter.leftToRightMark + text, rightToLeft: false) : text
    }

    /// A one-line text box `boxWidth` cells wide showing `shown`: the
    /// segment text to draw, and where the cursor before logical character
    /// `cursor` of `shown` falls in it, in cells from the segment's start.
    /// In a mirrored (right-to-left, `.app`) box the text hugs the right
    /// edge and one more cell is kept at its right, where the cursor stands
    /// after Latin text or in an empty field; the padding goes to the left.
    public func textBox(_ shown: String, cursor: Int, boxWidth: Int) -> (text: String, cursorCells: Int) {
        let width = DisplayWidth.of(shown)
        guard bidi == .app else {
            let padded = shown + String(repeating: " ", count: max(0, boxWidth - width))
            return (padded, DisplayWidth.of(String(shown.prefix(max(0, cursor)))))
        }
        if mirrored {
            let inner = max(0, boxWidth - 1)
            let padding = max(0, inner - width)
            // A leading space in a right-to-left paragraph is shown at its right end.
            let padded = " " + shown + String(repeating: " ", count: padding)
            if shown.isEmpty { return (padded, inner) }
            let column = padding + BidiText.cursorColumn(shown, cursor: cursor, rightToLeft: true)
            return (padded, min(inner, max(0, column)))
        }
        let padded = shown + String(repeating: " ", count: max(0, boxWidth - width))
        guard ScreenWriter.hasRightToLeft(shown) else {
            return (padded, DisplayWidth.of(String(shown.prefix(max(0, cursor)))))
        }
        let column = BidiText.cursorColumn(ScreenWriter.leftToRightMark + shown, cursor: cursor + 1, rightToLeft: false)
        return (padded, min(max(0, boxWidth - 1), max(0, column)))
    }

    /// Cells a text box keeps for its text: one less in a mirrored box.
    public func textWidth(boxWidth: Int) -> Int {
        mirrored ? max(1, boxWidth - 1) : boxWidth
    }

    static let leftToRightMark = "\u{200E}"
    static let leftToRightIsolate: Character = "\u{2066}"
    static let firstStrongIsolate: Character = "\u{2068}"
    static let popDirectionalIsolate: Character = "\u{2069}"

    /// A value placed into a translated line (a path, a phone number, an
    /// e-mail, a CNIE) keeps its own order inside an Arabic line: without
    /// the isolate, "/tmp/x.json" shows its slash at the end and
    /// "053 800 20 20" comes out as "20 20 800 053". A value holding Arabic
    /// (a name typed in Arabic) takes its direction from its first letter.
    /// In both bidi modes: a terminal that reorders by itself (VTE,
    /// mlterm) gets left-to-right marks around a Latin value instead of
    /// isolates, which mlterm would show as blank cells; a value holding
    /// Arabic is left to the terminal's own bidi there.
    /// The value's own controls and bidi overrides are shown, never obeyed
    /// (a name holding U+202E must not read backwards), in every mode.
    public func isolatedLTR(_ value: String) -> String {
        let value = TerminalText.visible(value)
        guard language.isRightToLeft, !value.isEmpty, !plainText else { return value }
        if bidi == .terminal {
            if ScreenWriter.hasRightToLeft(value) { return value }
            return ScreenWriter.leftToRightMark + value + ScreenWriter.leftToRightMark
        }
        let open = ScreenWriter.hasRightToLeft(value) ? ScreenWriter.firstStrongIsolate : ScreenWriter.leftToRightIsolate
        return String(open) + value + String(ScreenWriter.popDirectionalIsolate)
    }

    /// Every value of a translation's arguments, isolated.
    public func isolatedLTR(_ arguments: [String: String]) -> [String: String] {
        arguments.mapValues { isolatedLTR($0) }
    }

    /// A list of keys ("Entrée التالي · ^Q خروج"): each word without an
    /// Arabic letter (^Q, F10, Échap, o/n) is isolated on its own, so that
    /// "^Q" is not shown as "Q^". Only for key lists, whose Latin words
    /// stand alone: a phrase of several Latin words would come out with its
    /// words in reverse order.
    public func isolatedKeyNames(_ text: String) -> String {
        guard language.isRightToLeft else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let w = String(word)
            if w.isEmpty || w == "·" || ScreenWriter.hasRightToLeft(w) { return w }
            // Brackets and stops around a key name belong to the sentence:
            // "(… F2)" keeps its bracket mirrored with the Arabic.
            let opening = w.prefix { "([".contains($0) }
            let rest = w.dropFirst(opening.count)
            let core = String(rest.reversed().drop { ")].,;:".contains($0) }.reversed())
            let closing = rest.dropFirst(core.count)
            guard !core.isEmpty else { return w }
            if bidi == .terminal {
                // Only a name that starts or ends with a sign ("^Q", "↑↓")
                // needs a mark on that side: "Enter" or "F10" reads right
                // as it is, and each mark costs a cell in mlterm.
                let mark = ScreenWriter.leftToRightMark
                let head = core.first.map { !$0.isLetter && !$0.isNumber } == true ? mark : ""
                let tail = core.last.map { !$0.isLetter && !$0.isNumber } == true ? mark : ""
                return String(opening) + head + TerminalText.visible(core) + tail + String(closing)
            }
            return String(opening) + isolatedLTR(core) + String(closing)
        }.joined(separator: " ")
    }

    /// A wrapped line that ends inside an isolate is closed there and the
    /// next line opens it again, so each line is reordered on its own terms.
    static func balanceIsolates(_ lines: [String]) -> [String] {
        var openAtStart = 0
        var result: [String] = []
        for line in lines {
            var depth = openAtStart
            for c in line {
                if c == leftToRightIsolate || c == firstStrongIsolate || c == "\u{2067}" {
                    depth += 1
                } else if c == popDirectionalIsolate, depth > 0 {
                    depth -= 1
                }
            }
            let prefix = String(repeating: String(leftToRightIsolate), count: openAtStart)
            let suffix = String(repeating: String(popDirectionalIsolate), count: depth)
            result.append(prefix + line + suffix)
            openAtStart = depth
        }
        return result
    }

    /// Hebrew, Arabic, Syriac, Thaana, NKo… and their presentation forms.
    static func hasRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
                || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
                || (0x200F...0x200F).contains(v) || (0x202B...0x202B).contains(v) || (0x202E...0x202E).contains(v)
                || v == 0x2067
        }
    }

    /// Splits a paragraph into lines of at most `width` cells, at spaces
    /// where possible; explicit newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return wrapMemo.value(for: WrapRequest(text: text, width: width)) { wrapped(text, width: width) }
    }

    /// The paragraphs and labels already wrapped (see `BoundedMemo`).
    static let wrapMemo = BoundedMemo<WrapRequest, [String]>(capacity: 2048)

    /// `wrap`, computed.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var result = TextWrap.lines(text, width: width)
        if result.contains(where: { $0.unicodeScalars.contains { (0x2066...0x2068).contains($0.value) } }) {
            result = balanceIsolates(result)
        }
        return result.contains(where: { $0.unicodeScalars.contains { $0 == "\u{200E}" } }) ? balanceMarks(result) : result
    }

    /// The same for a value between left-to-right marks (`--bidi terminal`):
    /// a path cut by the wrap keeps "349.json" in order on its second line.
    static func balanceMarks(_ lines: [String]) -> [String] {
        var open = false
        return lines.map { line in
            var text = open ? leftToRightMark + line : line
            if line.unicodeScalars.filter({ $0 == "\u{200E}" }).count % 2 == 1 { open.toggle() }
            if open { text += leftToRightMark }
            return text
        }
    }

    /// Wrapped paragraph as lines with one look.
    public func paragraph(_ text: String, _ role: ColorRole = .normal, _ attributes: CellAttributes = [],
                          indent: Int = 0, field: Int? = nil) -> [Line] {
        let pad = String(repeating: " ", count: indent)
        return ScreenWriter.wrap(text, width: max(1, width - 2 * margin - indent)).map {
            Line([Segment(pad + $0, role, attributes)], field: field)
        }
    }

    /// A segment's text as it may reach the terminal: every control
    /// character and bidi control is written out (`\u{1B}`), whichever
    /// screen put it there, except the isolates this writer adds itself
    /// around values in a right-to-left line (`isolatedLTR`, `wrap`), which
    /// the bidi engine consumes before anything is sent (`.app`) or which
    /// the terminal's own bidi obeys (`.terminal`).
    func neutralized(_ text: String) -> String {
        guard language.isRightToLeft else { return TerminalText.visible(text) }
        let own = bidi == .app ? ScreenWriter.ownIsolates : ScreenWriter.ownMarks
        return TerminalText.visible(text, limit: nil, keeping: { own.contains($0) })
    }

    static let ownIsolates: Set<Unicode.Scalar> = ["\u{2066}", "\u{2068}", "\u{2069}"]
    /// What this writer adds itself in `.terminal` mode (`isolatedLTR`,
    /// `DigitRuns.marked`); the wrap may still add isolates.
    static let ownMarks: Set<Unicode.Scalar> = ["\u{200E}", "\u{2066}", "\u{2068}", "\u{2069}"]

    /// Segments that do not fit in `width` cells, cut so that the last
    /// one kept ends with "…": a reader sees that something was cut.
    static func cut(_ segments: [Segment], width: Int) -> [Segment] {
        let total = segments.reduce(0) { $0 + DisplayWidth.of($1.text) }
        guard total > width, width > 1 else { return segments }
        var room = width - 1
        var kept: [Segment] = []
        for segment in segments {
            let cells = DisplayWidth.of(segment.text)
            if cells <= room {
                kept.append(segment)
                room -= cells
                continue
            }
            var last = segment
            last.text = DisplayWidth.prefix(segment.text, fitting: room)
            kept.append(last)
            break
        }
        // The mark goes after the last word, not after spaces or a "·".
        var last = kept.removeLast()
        let end = last.text.lastIndex { $0 != " " && $0 != "·" }
        last.text = (end.map { String(last.text[...$0]) } ?? "") + "…"
        kept.append(last)
        return kept
    }

    /// A key line ("Entrée suite · Échap retour · F1 aide · …") at the
    /// width given: the keys that fit, whole and in their order (the ones
    /// that matter on this screen come first), never a key name cut.
    public static func fittingKeys(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var shown: [Substring] = []
        var used = 0
        for part in text.split(separator: " · ", omittingEmptySubsequences: false) {
            let cells = DisplayWidth.of(String(part)) + (shown.isEmpty ? 0 : 3)
            guard used + cells <= width else { break }
            shown.append(part)
            used += cells
        }
        return shown.joined(separator: " · ")
    }

    /// The rows drawn, kept by what they were drawn from (`DrawnLine`).
    static let drawnMemo = BoundedMemo<DrawnLine, DrawnRow>(capacity: 512)
    /// The line last drawn at each row, checked before `drawnMemo`: most
    /// rows hold again what they held at the key before.
    static let drawnAtRow = SlotMemo<DrawnLine, DrawnRow>(slots: 256)

    /// Draws a line at `row`; returns the cursor column if the line has one.
    /// Into an empty row of a frame of this width, the row drawn before from
    /// the same line is copied (`drawnAtRow`, `drawnMemo`); else it is
    /// drawn afresh.
    @discardableResult
    public func draw(_ line: Line, row: Int, into frame: inout Frame) -> Int? {
        guard frame.width == width, row >= 0, row < frame.height, frame.rowIsBlank(row) else {
            return drawAfresh(line, row: row, into: &frame)
        }
        let key = DrawnLine(line, self)
        let drawn = ScreenWriter.drawnAtRow.value(for: key, slot: row) {
            ScreenWriter.drawnMemo.value(for: key) {
                var scratch = Frame(width: width, height: 1)
                let cursor = drawAfresh(line, row: 0, into: &scratch)
                return DrawnRow(cells: scratch.cells(ofRow: 0), cursorColumn: cursor)
            }
        }
        frame.replaceRow(row, with: drawn.cells)
        return drawn.cursorColumn
    }

    /// `draw` without the memo: what the memo keeps, and what the tests
    /// hold it to.
    func drawAfresh(_ line: Line, row: Int, into frame: inout Frame) -> Int? {
        var line = line
        line.segments = line.segments.map { Segment(neutralized($0.text), $0.role, $0.attributes) }
        if line.cursor == nil { line.segments = ScreenWriter.cut(line.segments, width: width - 2 * margin) }
        if let fill = line.fill {
            frame.fill(row: row, from: 0, count: width, role: fill)
        }
        let widths = line.segments.map { DisplayWidth.of($0.text) }
        var cursorColumn: Int?
        if mirrored && !line.preordered {
            // Right-aligned; the first segment (the label) is the rightmost,
            // placed from the right edge leftwards. What does not fit is
            // lost at the left, from the logical end of the text, the way a
            // left-to-right line loses its right end.
            var right = width - margin
            for (i, segment) in line.segments.enumerated() {
                let room = right - margin
                guard room > 0 else { break }
                let fitted = widths[i] > room ? DisplayWidth.prefix(segment.text, fitting: room) : segment.text
                let cells = DisplayWidth.of(fitted)
                let column = right - cells
                frame.put(visualOrder(fitted), row: row, column: column, role: segment.role,
                          attributes: segment.attributes, maxWidth: cells)
                if let cursor = line.cursor, cursor.segment == i {
                    cursorColumn = column + min(cursor.cells, max(0, cells - 1))
                }
                right = column
                if fitted.count < segment.text.count { break }
            }
        } else {
            var column = margin
            for (i, segment) in line.segments.enumerated() {
                if let cursor = line.cursor, cursor.segment == i { cursorColumn = column + cursor.cells }
                let text = line.preordered ? segment.text : visualOrder(segment.text)
                let written = frame.put(text, row: row, column: column, role: segment.role,
                                        attributes: segment.attributes, maxWidth: width - margin - column)
                column += written
                if column >= width - margin { break }
            }
        }
        return cursorColumn.map { min($0, width - 1) }
    }
}
