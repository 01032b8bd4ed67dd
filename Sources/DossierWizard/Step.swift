import DossierCore

/// The twelve screens of the wizard, in the order of issue 4. The numbering
/// is fixed (a skipped screen keeps its number) so that "Étape 9 sur 12"
/// means the same screen to a student and to the help-desk officer beside them.
public enum Step: String, CaseIterable, Codable, Sendable, Comparable {
    case welcome
    case eligibility
    case careSheet
    case student
    case treatment
    case practitioners
    case pharmacies
    case labs
    case dentists
    case originals
    case review
    case done

    public var number: Int { Step.allCases.firstIndex(of: self)! + 1 }
    public static var count: Int { allCases.count }

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.number < rhs.number }

    /// Care screens that do not belong on the chosen sheet are skipped: the
    /// dental sheet holds only the dentist's care, the ordinary and chronic
    /// sheets hold doctors, pharmacies and labs.
    public func applies(to sheet: CareSheetKind) -> Bool {
        switch self {
        case .practitioners, .pharmacies, .labs: sheet != .dental
        case .dentists: sheet == .dental
        default: true
        }
    }

    /// The screens with a list of entries and an entry form.
    public var isEntryList: Bool {
        switch self {
        case .practitioners, .pharmacies, .labs, .dentists: true
        default: false
        }
    }

    public func next(for sheet: CareSheetKind) -> Step? {
        var n = number
        while n < Step.count {
            let candidate = Step.allCases[n]
            if candidate.applies(to: sheet) { return candidate }
            n += 1
        }
        return nil
    }

    public func previous(for sheet: CareSheetKind) -> Step? {
        var n = number - 2
        while n >= 0 {
            let candidate = Step.allCases[n]
            if candidate.applies(to: sheet) { return candidate }
            n -= 1
        }
        return nil
    }

    /// Translation key of the screen's title.
    public var titleKey: String { "wizard.step.\(rawValue).title" }
    /// Translation key of the short explanation shown at the top of the screen.
    public var introKey: String { "wizard.step.\(rawValue).intro" }
}
