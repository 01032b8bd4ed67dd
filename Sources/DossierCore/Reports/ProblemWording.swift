/// A problem as a person reads it: which field it is about, in words
/// ("Médecin 2 — INPE : …"), then the message. The review, the plain mode
/// and the printable summary all say it this way; the JSON path
/// (`practitioners[1].inpe`) is for scripts (`check --json`) only.
public enum ProblemWording {
    public static func text(_ problem: Problem, _ words: Words) -> String {
        place(of: problem, words) + words.message(problem)
    }

    /// "Médecin 2 — INPE : ", or "" when the path names no field.
    public static func place(of problem: Problem, _ words: Words) -> String {
        guard let (field, entry) = FieldRegistry.field(atPath: problem.path) else { return "" }
        var prefix = ""
        if let kind = field.careKind, let entry {
            prefix = entryName(kind, entry, words) + " — "
        }
        return prefix + words("wizard.label.colon", ["label": words(field.labelKey)])
    }

    /// "Pharmacie 1": an entry as the lists and the review name it.
    public static func entryName(_ kind: CareKind, _ index: Int, _ words: Words) -> String {
        words("wizard.entry.\(kind.rawValue)", ["n": String(index + 1)])
    }
}
