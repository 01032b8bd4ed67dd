/// A value from a file or from typing, made fit to be sent to a terminal.
/// A terminal obeys what it receives: an escape sequence hidden in a name
/// (`ESC ]0;…`) retitles the window or erases the lines above it, and a
/// right-to-left override (U+202E) shows the rest of the line backwards,
/// so a name or an amount can read as something else. Such characters are
/// shown as what they are (`\u{1B}`, `\u{202E}`), never sent raw; the data
/// itself is not changed. A byte of a file's name that is not UTF-8
/// (`RawFileName`) is shown as `\xFF`: a terminal sent the raw byte
/// would take it for the start of a character and swallow what follows.
public enum TerminalText {
    /// Longest value put in a message, in characters: a line stays a line
    /// even when a file holds a megabyte in one field.
    public static let messageLimit = 160

    /// Characters a terminal acts on instead of showing: C0 and C1
    /// controls and DEL, the Unicode line and paragraph separators, the
    /// bidi embeddings and overrides (U+202A–202E) and isolates
    /// (U+2066–2069).
    public static func steers(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: isBidiControl(scalar)
        }
    }

    /// The embeddings, overrides and isolates, which reorder what follows.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` with each steering character written out (`\u{1B}`), cut to
    /// `limit` characters with "…" when longer. Reading stops soon after
    /// the limit, so a huge value costs no more than a short one.
    public static func visible(_ text: String, limit: Int? = nil) -> String {
        visible(text, limit: limit, keeping: { _ in false })
    }

    /// The same, leaving alone the characters `keep` accepts (a line break
    /// between the program's own lines).
    public static func visible(_ text: String, limit: Int?, keeping keep: (Unicode.Scalar) -> Bool) -> String {
        // Printable ASCII steers nothing: only the cut may apply.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            guard let limit, text.utf8.count > limit else { return text }
            return cut(text, to: limit)
        }
        let bound = limit.map { $0 * 8 + 8 }
        if bound == nil || text.utf8.count <= bound!,
           !text.unicodeScalars.contains(where: { (steers($0) && !keep($0)) || RawFileName.escapedByte($0) != nil }) {
            return limit.map { cut(text, to: $0) } ?? text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let bound, out.count > bound { break }
            if let byte = RawFileName.escapedByte(scalar) {
                out.append(contentsOf: RawFileName.shown(byte).unicodeScalars)
            } else if steers(scalar) && !keep(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        let shown = String(out)
        return limit.map { cut(shown, to: $0) } ?? shown
    }

    /// At most `limit` characters, the last one "…" when some were cut.
    static func cut(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        var count = 0
        for index in text.indices {
            count += 1
            if count == limit {
                let next = text.index(after: index)
                return next == text.endIndex ? text : String(text[..<index]) + "…"
            }
        }
        return text
    }

    /// Every value of a message's arguments made visible and bounded.
    public static func visible(_ arguments: [String: String], limit: Int = messageLimit) -> [String: String] {
        arguments.mapValues { visible($0, limit: limit) }
    }
}
