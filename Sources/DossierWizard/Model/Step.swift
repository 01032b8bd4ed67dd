import DossierCore

/// The screens of the wizard, in order. `number` orders them; what a
/// student is told is `position(on:rules:)`, counted among the screens of
/// their sheet only ("Étape 5 sur 9" on the dental sheet), so the counter
/// never jumps over screens they will not see. The care screens are one
/// per care kind, so a new kind brings its screen with it.
public enum Step: Hashable, Sendable, Comparable {
    case welcome
    case eligibility
    case careSheet
    case student
    case treatment
    case care(CareKind)
    case originals
    case review
    case done

    public static let allCases: [Step] = [.welcome, .eligibility, .careSheet, .student, .treatment]
        + CareKind.allCases.map(Step.care) + [.originals, .review, .done]

    public var number: Int { Step.allCases.firstIndex(of: self)! + 1 }
    public static var count: Int { allCases.count }

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.number < rhs.number }

    /// The name in drafts and translation keys: `practitioners` for the
    /// doctors' screen, as the JSON array it fills.
    public var rawValue: String {
        switch self {
        case .welcome: "welcome"
        case .eligibility: "eligibility"
        case .careSheet: "careSheet"
        case .student: "student"
        case .treatment: "treatment"
        case .care(let kind): kind.rawValue
        case .originals: "originals"
        case .review: "review"
        case .done: "done"
        }
    }

    public init?(rawValue: String) {
        guard let step = Step.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = step
    }

    /// The page of fields a form screen asks; nil for the screens that are
    /// not forms (welcome, an entry list, review, done).
    public var page: FieldPage? {
        switch self {
        case .eligibility: .eligibility
        case .careSheet: .careSheet
        case .student: .student
        case .treatment: .treatment
        case .originals: .originals
        case .welcome, .care, .review, .done: nil
        }
    }

    /// The care kind of an entry-list screen.
    public var careKind: CareKind? {
        if case .care(let kind) = self { return kind }
        return nil
    }

    /// A care screen is shown only when the chosen sheet takes its kind of
    /// care (the edition says which).
    public func applies(to dossier: Dossier, rules: Rules) -> Bool {
        applies(on: dossier.sheet, rules: rules)
    }

    public func applies(on sheet: CareSheetKind, rules: Rules) -> Bool {
        guard let kind = careKind else { return true }
        return rules.takes(kind, on: sheet)
    }

    /// "Step 5 of 9": this screen's place among the screens the sheet
    /// shows, and how many there are.
    public func position(on sheet: CareSheetKind, rules: Rules) -> (number: Int, count: Int) {
        let shown = Step.allCases.filter { $0.applies(on: sheet, rules: rules) }
        let before = shown.filter { $0 < self }.count
        return (before + 1, shown.count)
    }

    /// The words of the step counter, for a status line or an announcement.
    public func counter(on sheet: CareSheetKind, rules: Rules, _ words: Words) -> String {
        let (n, total) = position(on: sheet, rules: rules)
        return words("wizard.status.step", ["n": String(n), "total": String(total)])
    }

    public func next(for dossier: Dossier, rules: Rules) -> Step? {
        Step.allCases.dropFirst(number).first { $0.applies(to: dossier, rules: rules) }
    }

    public func previous(for dossier: Dossier, rules: Rules) -> Step? {
        Step.allCases.prefix(number - 1).last { $0.applies(to: dossier, rules: rules) }
    }

    /// Translation key of the screen's title.
    public var titleKey: String { "wizard.step.\(rawValue).title" }
    /// Translation key of the short explanation shown at the top of the screen.
    public var introKey: String { "wizard.step.\(rawValue).intro" }
}

extension Step: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let step = Step(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown step \(text)")
        }
        self = step
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
