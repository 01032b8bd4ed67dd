import FoundationEssentials

/// What `list --find TEXT` matches. An officer types what the student says
/// at the desk: a CNIE read aloud in pieces (`jb 45 678`), or part of a name
/// without its accents (`elodie` for Élodie, `benali` for BENALI). Both
/// sides are folded the same way, so the search never depends on how the
/// wizard or a hand-edited file spelled it.
public struct RegisterSearch: Sendable, Hashable {
    /// The text as typed, folded for names.
    let name: String
    /// The text as a CNIE: spaces and invisible marks removed, upper case,
    /// Western digits.
    let cnie: String

    /// Nil when the text holds nothing to look for (only spaces).
    public init?(_ text: String) {
        name = Self.foldName(text)
        cnie = Identifiers.normalize(text)
        if name.isEmpty && cnie.isEmpty { return nil }
    }

    public func matches(fullName: String, cnie dossierCNIE: String) -> Bool {
        if !cnie.isEmpty, Identifiers.normalize(dossierCNIE).contains(cnie) { return true }
        return !name.isEmpty && Self.foldName(fullName).contains(name)
    }

    /// Case, accents and Arabic short vowels folded away (both are marks
    /// once the text is decomposed: `É` is `E` and U+0301), the Arabic
    /// elongation (tatweel) dropped; any run of spaces is one space.
    static func foldName(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in TextFolding.decomposed(text).unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{0640}" { continue }
            scalars.append(scalar)
        }
        return String(scalars).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
