/// Breaks text into lines of a given width, between words and never inside
/// a quoted value: a message that quotes what was typed, « M1300 », must
/// not leave its opening mark alone at the end of one line and the value
/// on the next (a reader takes the lone « for a typo). The screens and the
/// printable summary break lines the same way.
public enum TextWrap {
    /// The lines of `text` (its own line breaks kept), each at most `width`
    /// cells; a word longer than a line is cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in words(paragraph, width: width) {
                var rest = word
                var w = DisplayWidth.of(rest)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + rest
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while w > width {
                    let head = cut(rest, width: width)
                    guard !head.isEmpty else { break }
                    result.append(head)
                    rest = String(rest.dropFirst(head.count))
                    w = DisplayWidth.of(rest)
                }
                line = rest
                lineWidth = w
            }
            result.append(line)
        }
        return result
    }

    /// The part of a word too long for a line that goes on this line: up
    /// to a "/" when it has one, so that a path breaks between folders and
    /// its file name stays whole ("/home/sara/amo-dossier/" then
    /// "2026-12-01-sara.json"), otherwise as much as fits.
    static func cut(_ word: String, width: Int) -> String {
        let head = DisplayWidth.prefix(word, fitting: width)
        guard head.count < word.count, let slash = head.lastIndex(of: "/"), slash > head.startIndex else { return head }
        return String(head[...slash])
    }

    /// The units a line may break between: words, except that the words of
    /// a quoted value stay together (joined by their spaces) as long as the
    /// whole quotation fits on one line.
    static func words(_ paragraph: Substring, width: Int) -> [String] {
        let plain = plainWords(paragraph)
        var units: [String] = []
        var group: [String] = []
        var closing: Character?
        func flush() {
            let joined = group.joined(separator: " ")
            if DisplayWidth.of(joined) <= width { units.append(joined) } else { units += group }
            group = []
            closing = nil
        }
        for word in plain {
            if let mark = closing {
                group.append(word)
                if word.contains(mark) { flush() }
                continue
            }
            if let mark = opensQuotation(word) {
                group = [word]
                closing = mark
            } else {
                units.append(word)
            }
        }
        if !group.isEmpty { units += group }
        return units
    }

    /// The words of `paragraph` between spaces. When every scalar is one
    /// grapheme of its own (`DisplayWidth.isLoneSingleCell`: French, shaped
    /// Arabic, no combining mark) a space scalar is a space character, and
    /// the split reads bytes instead of breaking graphemes (the welcome
    /// screen's start, issue 14); otherwise it splits characters, where a
    /// space followed by a combining mark is not a space.
    static func plainWords(_ paragraph: Substring) -> [String] {
        guard paragraph.unicodeScalars.allSatisfy({ DisplayWidth.isLoneSingleCell($0.value) }) else {
            return paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        return paragraph.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
            .map { String(Substring($0)) }
    }

    /// Whether `scalar` is one of the marks of `quotationMarks` (a test
    /// holds the two lists together). A word without any of them opens no
    /// quotation: none of the marks has a decomposition, so a character
    /// equal to one holds its scalar, and such a word is passed over
    /// without comparing characters (the start, issue 14).
    static func isQuotationMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    /// Opening and closing marks of a quotation, French, English, German, plain.
    static let quotationMarks: [(Character, Character)] = [("«", "»"), ("“", "”"), ("„", "“"), ("\"", "\"")]

    /// The closing mark awaited when `word` opens a quotation it does not
    /// close itself.
    static func opensQuotation(_ word: String) -> Character? {
        guard word.unicodeScalars.contains(where: { isQuotationMark($0.value) }) else { return nil }
        for (open, close) in quotationMarks {
            guard let start = word.firstIndex(of: open) else { continue }
            let after = word[word.index(after: start)...]
            if !after.contains(close) { return close }
        }
        return nil
    }
}
