import DossierCore

/// What kind of input a field takes; the kind decides the widget and how
/// typed text becomes a value.
public enum FieldKind: Hashable, Sendable {
    /// Free text, kept as typed (trimmed) in the dossier.
    case text(maxLength: Int)
    /// An identifier (CNIE, Massar, INPE, ICE, RIB): stored normalised,
    /// spaces removed and letters upper-cased, as `Identifiers` checks it.
    case identifier(maxLength: Int)
    case date
    case amount
    case yesNo
    /// One of a few options, each with a one-line explanation.
    case choice([ChoiceOption])
    /// The 42 chronic diseases, searchable by typing.
    case diseaseList
    /// The originals to tick (Space).
    case checklist

    public var isTyped: Bool {
        switch self {
        case .text, .identifier, .date, .amount: true
        default: false
        }
    }

    public var isList: Bool {
        switch self {
        case .choice, .diseaseList, .checklist: true
        default: false
        }
    }
}

public struct ChoiceOption: Hashable, Sendable {
    public let id: String
    public let labelKey: String
    public let explanationKey: String?

    public init(id: String, labelKey: String, explanationKey: String? = nil) {
        self.id = id
        self.labelKey = labelKey
        self.explanationKey = explanationKey
    }
}

/// Where in the dossier a field's value lives.
public enum FieldBinding {
    case text(WritableKeyPath<Dossier, String>)
    case optionalText(WritableKeyPath<Dossier, String?>)
    case date(WritableKeyPath<Dossier, CalendarDate?>)
    case amount(WritableKeyPath<Dossier, Money?>)
    case flag(WritableKeyPath<Dossier, Bool>)
    case sheet
    case labKind(Int)
    case disease
    case originals
}

/// One field of a screen, as data: the screens are lists of these, so the
/// update, the view, the review's "jump to field" and a future plain mode
/// all read the same description.
public struct FieldSpec {
    /// The JSON path of the value in the dossier (`practitioners[0].inpe`):
    /// also the key of the field's raw text and of its error in the state,
    /// and the path `Problem`s carry, so a problem finds its field.
    public let path: String
    public let labelKey: String
    public let helpKey: String
    public let kind: FieldKind
    /// Required fields may be left empty for now (the INPE may not be at
    /// hand), but are marked and listed by the Review.
    public let required: Bool
    public let binding: FieldBinding

    public init(path: String, labelKey: String, helpKey: String, kind: FieldKind, required: Bool,
                binding: FieldBinding) {
        self.path = path
        self.labelKey = labelKey
        self.helpKey = helpKey
        self.kind = kind
        self.required = required
        self.binding = binding
    }

    /// The maximum length of the typed text.
    public var maxLength: Int {
        switch kind {
        case .text(let n), .identifier(let n): n
        case .date: 10
        case .amount: 14
        default: 0
        }
    }
}
