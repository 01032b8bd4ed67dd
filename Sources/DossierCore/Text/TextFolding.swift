// The standard library's own canonical decomposition, the one its String
// comparison uses: `_nfd` is published to Foundation through this SPI.
// Foundation's `decomposedStringWithCanonicalMapping` and `folding` are not
// in FoundationEssentials, and linking the rest of Foundation for them
// cost ICU's 40 MB and a third of the start (issue 14).
@_spi(_Unicode) import Swift

/// Text folded for matching what a person types against what is stored:
/// a student types "diab" for "Diabète", "ابن زهر" for "إبن زُهر", an
/// officer "benali" for "Ben Ali".
public enum TextFolding {
    /// The canonical decomposition (NFD): `é` is `e` + U+0301, `إ` is alef
    /// + hamza below, so that dropping the marks folds accents, Arabic
    /// short vowels and hamza forms alike.
    public static func decomposed(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text._nfd { scalars.append(scalar) }
        return String(scalars)
    }

    /// Lower case, without combining marks that take no space (accents,
    /// Arabic short vowels, shadda, hamza above or below): what
    /// Foundation's `folding(options: [.caseInsensitive,
    /// .diacriticInsensitive])` gave for the Latin and Arabic letters the
    /// program's lists hold.
    public static func withoutCaseOrAccents(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text._nfd where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// Full-width forms (U+FF01 to U+FF5E, typed by some phone keyboards)
    /// as their ASCII letters, digits and signs; as `.widthInsensitive`.
    public static func narrowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xFF01...0xFF5E).contains(scalar.value) else { return scalar }
        return Unicode.Scalar(scalar.value - 0xFF01 + 0x21)!
    }
}
