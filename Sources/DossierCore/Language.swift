/// The languages the program speaks. Files stay language-neutral; only what
/// a person reads is translated.
public enum Language: String, CaseIterable, Codable, Sendable {
    case fr, ar, en

    public var isRightToLeft: Bool { self == .ar }

    /// Picks the language from `LC_ALL`, `LC_MESSAGES`, `LANG` (in that
    /// order, as POSIX does): `ar_MA.UTF-8` gives Arabic. Default French.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = env[key], !value.isEmpty else { continue }
            let code = value.prefix(2).lowercased()
            return Language(rawValue: code) ?? .fr
        }
        return .fr
    }
}
