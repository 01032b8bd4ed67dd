import DossierCore

/// Where a problem is fixed: the screen, the entry and the field its JSON
/// path points to, so the Review can take the student straight there.
public struct ProblemLocation: Equatable, Sendable {
    public let step: Step
    public let entry: Int?
    /// The field's path on that screen, if the problem is about one field.
    public let field: String?
    /// For a missing original: which document.
    public let document: String?

    public init(step: Step, entry: Int? = nil, field: String? = nil, document: String? = nil) {
        self.step = step
        self.entry = entry
        self.field = field
        self.document = document
    }

    public static func locate(_ path: String, sheet: CareSheetKind) -> ProblemLocation {
        let head = String(path.prefix { $0 != "." && $0 != "[" })
        switch head {
        case "eligibility":
            return ProblemLocation(step: .eligibility, field: path)
        case "student":
            // The birth date is asked with the eligibility questions.
            if path == "student.birthDate" { return ProblemLocation(step: .eligibility, field: path) }
            return ProblemLocation(step: .student, field: path)
        case "sheet", "chronicDisease":
            return ProblemLocation(step: .careSheet, field: path)
        case "treatment", "lastMailingDay":
            return ProblemLocation(step: .treatment, field: head == "treatment" ? path : nil)
        case "originals":
            let document = path.split(separator: ".").dropFirst().first.map(String.init)
            return ProblemLocation(step: .originals, field: "originals", document: document)
        case "practitioners", "pharmacies", "labs", "dentists":
            let step = Step(rawValue: head)!
            // "No care at all" points at the first care screen of the sheet.
            guard step.applies(to: sheet) else {
                return ProblemLocation(step: sheet == .dental ? .dentists : .careSheet,
                                       field: sheet == .dental ? nil : "sheet")
            }
            if let location = entryIndex(path, array: head) {
                let field = location.rest.isEmpty ? nil : "\(head)[\(location.index)]\(location.rest)"
                return ProblemLocation(step: step, entry: location.index, field: field)
            }
            return ProblemLocation(step: step)
        default:
            return ProblemLocation(step: .review)
        }
    }

    /// `labs[2].inpe` with array `labs` → (2, ".inpe").
    public static func entryIndex(_ path: String, array: String) -> (index: Int, rest: String)? {
        guard path.hasPrefix(array + "[") else { return nil }
        let afterBracket = path.dropFirst(array.count + 1)
        guard let close = afterBracket.firstIndex(of: "]"), let index = Int(afterBracket[..<close]) else {
            return nil
        }
        return (index, String(afterBracket[afterBracket.index(after: close)...]))
    }
}
