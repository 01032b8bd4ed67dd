/// The CLDR plural category of a whole number in one language: which form
/// of a counted noun it takes.
///
/// Arabic has six forms (0 أيام → "لا أيام"/zero, 1 يوم واحد, 2 يومان, 3–10
/// أيام, 11–99 يومًا, 100 يوم), French treats 0 and 1 alike ("0 jour",
/// "1 jour", "2 jours"), English only 1 ("1 day", "0 days"). A translation
/// spells each form out (`{days|one:# jour|other:# jours}`, see `L10n`), so
/// no text needs "(s)" or "(أيام)".
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other

    /// CLDR's rules for integers (unicode.org/cldr, plurals.xml).
    public static func of(_ number: Int, in language: Language) -> PluralCategory {
        let n = number.magnitude
        switch language {
        case .ar:
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(n % 100) { return .few }
            if (11...99).contains(n % 100) { return .many }
            return .other
        case .fr:
            if n <= 1 { return .one }
            if n % 1_000_000 == 0 { return .many }
            return .other
        case .en:
            return n == 1 ? .one : .other
        }
    }
}
