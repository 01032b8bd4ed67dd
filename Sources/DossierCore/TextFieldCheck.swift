/// Text fields of a dossier read from a file, which may have been edited by
/// hand, damaged, or written by another tool: a line break in a name breaks
/// the printed summary, an escape character can drive the terminal that
/// shows it, a right-to-left override (U+202E) makes a name read
/// backwards on every screen and paper, and U+FFFD is what is left of
/// bytes that were not UTF-8. Right-to-left marks, joiners and combining
/// accents are text and are kept.
public enum TextFieldCheck {
    /// Cc (C0, DEL, C1) and the Unicode line and paragraph separators. By
    /// code point, not by Unicode property: the same set (Cc is exactly
    /// U+0000–001F and U+007F–009F), without a table look-up per character
    /// in every field of every file of a register.
    public static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A bidi embedding, override or isolate (U+202A–202E, U+2066–2069):
    /// no keyboard layout types one, and it reorders the text after it.
    public static func hasBidiControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: TerminalText.isBidiControl)
    }

    /// U+FFFD (the decoder's replacement for invalid UTF-8) or a
    /// noncharacter (U+FFFE, U+nFFFF, U+FDD0…U+FDEF), which no keyboard types.
    public static func hasInvalid(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isInvalid)
    }

    static func isInvalid(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0xFFFD || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    /// Printable ASCII only: nothing any of the checks looks for (most
    /// fields of most files), known from the bytes alone.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// One problem per faulty field: `text.control`, else `text.bidiControl`,
    /// else `text.invalid`.
    public static func problem(_ text: String?, path: String) -> Problem? {
        problem(text, path: { path })
    }

    /// The same, the path made only for a faulty field.
    static func problem(_ text: String?, path: () -> String) -> Problem? {
        guard let text, !isPlainASCII(text) else { return nil }
        if hasControl(text) { return Problem(code: "text.control", path: path()) }
        if hasBidiControl(text) { return Problem(code: "text.bidiControl", path: path()) }
        if hasInvalid(text) { return Problem(code: "text.invalid", path: path()) }
        return nil
    }

    /// Every text field of the dossier, by its JSON path: the registry's
    /// text and identifier fields, of the dossier and of every entry.
    public static func fields(of dossier: Dossier) -> [(path: String, text: String?)] {
        var out: [(String, String?)] = []
        for field in FieldRegistry.dossierFields {
            if let text = field.storedText(in: dossier, entry: nil) { out.append((field.path(entry: nil), text)) }
        }
        for (kind, index) in dossier.entryPlaces {
            for field in kind.fields {
                if let text = field.storedText(in: dossier, entry: index) { out.append((field.path(entry: index), text)) }
            }
        }
        return out
    }

    public static func problems(in dossier: Dossier) -> [Problem] {
        var out: [Problem] = []
        for field in FieldRegistry.dossierFields {
            if let found = problem(field.storedText(in: dossier, entry: nil), path: { field.path(entry: nil) }) { out.append(found) }
        }
        for (kind, index) in dossier.entryPlaces {
            for field in kind.fields {
                if let found = problem(field.storedText(in: dossier, entry: index), path: { field.path(entry: index) }) {
                    out.append(found)
                }
            }
        }
        return out
    }
}
