/// A value named in each language the program speaks, as the editions
/// write it: `{"fr": …, "ar": …, "en": …}` beside its other keys.
public protocol Trilingual {
    var fr: String { get }
    var ar: String { get }
    var en: String { get }
}

extension Trilingual {
    public func text(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .ar: ar
        case .en: en
        }
    }
}
