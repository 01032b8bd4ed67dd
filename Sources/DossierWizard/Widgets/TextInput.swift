import DossierCore

/// The editing rules of every one-line field: a cursor counted in
/// user-perceived characters (so an accented letter or an Arabic letter with
/// its vowel mark is one step), a bounded length (a 10 MB paste must not
/// grow a field without limit), and no control characters.
public struct TextInput: Hashable, Sendable {
    public var text: String
    /// Insertion point, in `Character`s from the start.
    public var cursor: Int
    public var maxLength: Int
    /// The same bound in UTF-8 bytes (`Field.maxBytes`): combining marks
    /// add bytes to a character without adding characters.
    public var maxBytes: Int

    public init(text: String, cursor: Int? = nil, maxLength: Int = 120, maxBytes: Int? = nil) {
        self.text = String(text.prefix(maxLength))
        self.maxLength = maxLength
        self.maxBytes = maxBytes ?? maxLength * Field.bytesPerCharacter
        let count = self.text.count
        self.cursor = min(max(0, cursor ?? count), count)
    }

    /// Applies an editing key; returns false for keys that are not editing
    /// keys here (Enter, Tab, arrows up/down…), which the form handles.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(String(c))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor)
            text.remove(at: i)
        case .control("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// What became of inserted text, so the field can say so: nothing
    /// typed may disappear without a word.
    public struct InsertReport: Equatable, Sendable {
        /// Characters taken into the field.
        public var kept: Int = 0
        /// Control characters (line breaks, tabs, escapes) and characters
        /// that are not text (U+FFFD left by invalid UTF-8, noncharacters).
        public var refused: Int = 0
        /// True when the field's limit cut the text short.
        public var cut: Bool = false
        /// True when it was the limit in bytes that cut it (characters
        /// heavy with combining marks), not the one in characters.
        public var cutByBytes: Bool = false
    }

    /// Inserts typed or pasted text at the cursor: control characters and
    /// invalid ones are refused (a pasted newline must not submit half a
    /// form, an escape must not drive the terminal), and whatever would
    /// exceed the bound is cut off. Stops reading at the bound, so a 10 MB
    /// paste costs no more than the field's length (apart from refused
    /// characters, which are counted on the way).
    @discardableResult
    public mutating func insert(_ raw: String) -> InsertReport {
        var report = InsertReport()
        let room = maxLength - text.count
        var byteRoom = maxBytes - text.utf8.count
        var clean = ""
        for character in raw {
            if TextInput.isRefused(character) {
                report.refused += 1
                continue
            }
            guard report.kept < room else {
                report.cut = true
                break
            }
            let bytes = character.utf8.count
            guard bytes <= byteRoom else {
                report.cut = true
                report.cutByBytes = true
                break
            }
            byteRoom -= bytes
            clean.append(character)
            report.kept += 1
        }
        guard !clean.isEmpty else { return report }
        let i = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: clean, at: i)
        cursor += clean.count
        return report
    }

    /// The checks `DossierCore` applies to text read from a file, applied
    /// here to each character as it is typed.
    public static func isRefused(_ character: Character) -> Bool {
        let text = String(character)
        return TextFieldCheck.hasControl(text) || TextFieldCheck.hasBidiControl(text) || TextFieldCheck.hasInvalid(text)
    }

    /// The first character shown in a box `width` cells wide, as
    /// `visible(width:)` scrolls: the cursor's position in the shown text is
    /// `cursor - start`.
    public func visibleStart(width: Int) -> Int {
        guard width > 0 else { return 0 }
        let characters = Array(text)
        var start = 0
        var before = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while before > width - 1 && start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        return start
    }

    /// What a box `width` cells wide shows, and where the cursor falls in it.
    /// When the text is longer than the box, the view scrolls so that the
    /// cursor stays visible, measured in display cells (a wide character
    /// counts two).
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = Array(text)
        var start = 0
        var before = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        // Keep one cell free for the cursor itself.
        while before > width - 1 && start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        let shown = DisplayWidth.prefix(String(characters[start...]), fitting: width)
        return (shown, before)
    }
}
