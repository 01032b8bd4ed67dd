/// Text fields of a dossier read from a file, which may have been edited by
/// hand, damaged, or written by another tool: a line break in a name breaks
/// the printed summary, an escape character can drive the terminal that
/// shows it, a right-to-left override (U+202E) makes a name read
/// backwards on every screen and paper, and U+FFFD is what is left of
/// bytes that were not UTF-8. Right-to-left marks, joiners and combining
/// accents are text and are kept.
public enum TextFieldCheck {
    /// Cc (C0, DEL, C1) and the Unicode line and paragraph separators.
    public static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: true
            default: false
            }
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
        text.unicodeScalars.contains { $0 == "\u{FFFD}" || $0.properties.isNoncharacterCodePoint }
    }

    /// One problem per faulty field: `text.control`, else `text.bidiControl`,
    /// else `text.invalid`.
    public static func problem(_ text: String?, path: String) -> Problem? {
        guard let text else { return nil }
        if hasControl(text) { return Problem(code: "text.control", path: path) }
        if hasBidiControl(text) { return Problem(code: "text.bidiControl", path: path) }
        if hasInvalid(text) { return Problem(code: "text.invalid", path: path) }
        return nil
    }

    /// Every text field of the dossier, by its JSON path: the registry's
    /// text and identifier fields, of the dossier and of every entry.
    public static func fields(of dossier: Dossier) -> [(path: String, text: String?)] {
        var out: [(String, String?)] = []
        for field in FieldRegistry.dossierFields {
            if let text = field.storedText(in: dossier, entry: nil) { out.append((field.path(entry: nil), text)) }
        }
        for (kind, index, _) in dossier.allEntries {
            for field in kind.fields {
                if let text = field.storedText(in: dossier, entry: index) { out.append((field.path(entry: index), text)) }
            }
        }
        return out
    }

    public static func problems(in dossier: Dossier) -> [Problem] {
        fields(of: dossier).compactMap { problem($0.text, path: $0.path) }
    }
}
