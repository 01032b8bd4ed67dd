/// What kind of value a field holds; the kind decides the widget, how typed
/// text becomes a value, and which checks apply.
public enum FieldKind: Hashable, Sendable {
    /// Free text, kept as typed (trimmed).
    case text
    /// An identifier (CNIE, Massar, INPE, ICE, RIB): stored normalised,
    /// spaces removed and letters upper-cased, as `Identifiers` checks it.
    case identifier(IdentifierKind)
    /// A day, with the rules it must follow.
    case date(Set<DateRule>)
    case amount
    case yesNo
    /// One of a few options (the sheet, a lab's kind).
    case choice(ChoiceSource)
    /// The chronic diseases of the edition in force, searchable by typing.
    case disease
    /// The originals to tick.
    case checklist

    /// Typed as text (and so kept as typed even when it does not read as a value).
    public var isTyped: Bool {
        switch self {
        case .text, .identifier, .date, .amount: true
        case .yesNo, .choice, .disease, .checklist: false
        }
    }

    /// A list the student moves in (options, diseases, documents).
    public var isList: Bool {
        switch self {
        case .choice, .disease, .checklist: true
        case .text, .identifier, .date, .amount, .yesNo: false
        }
    }

    /// The translation key of the expected shape ("JJ/MM/AAAA"), if any.
    public var formatKey: String? {
        switch self {
        case .date: "wizard.format.date"
        case .amount: "wizard.format.amount"
        case .text, .identifier, .yesNo, .choice, .disease, .checklist: nil
        }
    }
}

/// The identifiers of a care sheet, each with its check.
public enum IdentifierKind: String, Hashable, Sendable {
    case cnie, massar, inpe, ice, rib

    /// The problem of a value that is not empty, or nil.
    public func check(_ raw: String, path: String) -> Problem? {
        switch self {
        case .cnie: Identifiers.checkCNIE(raw, path: path)
        case .massar: Identifiers.checkMassar(raw, path: path)
        case .inpe: Identifiers.checkINPE(raw, path: path)
        case .ice: Identifiers.checkICE(raw, path: path)
        case .rib: Identifiers.checkRIB(raw, path: path)
        }
    }

    /// The code of the problem "not filled in", where the field is required.
    public var missingCode: String {
        switch self {
        case .cnie: "cnie.missing"
        case .inpe: "inpe.missing"
        case .ice: "ice.missing"
        case .massar, .rib: "field.missing"
        }
    }
}

/// What a date may not be.
public enum DateRule: Hashable, Sendable {
    /// Not after today.
    case notFuture
    /// Not before the student's birth.
    case notBeforeBirth
    /// Not before the first medical act (a care date: the first act is the earliest).
    case notBeforeFirstAct
    /// Not after the end of a continuous treatment (a warning).
    case notAfterTreatmentEnd
}

/// Where a choice's options come from.
public enum ChoiceSource: Hashable, Sendable {
    /// The care sheets of the edition in force.
    case sheets
    /// Biology or imaging.
    case labKinds

    public func options(_ rules: Rules) -> [ChoiceOption] {
        switch self {
        case .sheets:
            rules.sheets.map {
                ChoiceOption(id: $0.id.rawValue, labelKey: "wizard.sheet.\($0.id.rawValue).name",
                             explanationKey: "wizard.sheet.\($0.id.rawValue).explanation")
            }
        case .labKinds:
            LabExam.Kind.allCases.map {
                ChoiceOption(id: $0.rawValue, labelKey: "wizard.lab.\($0.rawValue).name",
                             explanationKey: "wizard.lab.\($0.rawValue).explanation")
            }
        }
    }
}

/// One option of a choice, with its words.
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
