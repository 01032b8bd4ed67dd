/// Every reason a dossier is not ready to mail, and everything worth fixing
/// before it goes, in the order a person would fix them. A dossier is
/// complete when no error is left (warnings never block): eligible, every
/// required field present and valid, every required original ticked, at
/// least one care entry the sheet takes, and the last mailing day not
/// passed. Fields judge themselves (`Field.problems`); what is judged here
/// is what no single field can say.
public enum DossierValidator {
    public static func problems(in dossier: Dossier, context: DossierContext) -> [Problem] {
        let rules = context.careRules(for: dossier)
        let today = context.today
        var result = Eligibility.problems(of: dossier, rules: rules)
        func judge(_ fields: [Field], entry: Int? = nil) {
            for field in fields { result += field.problems(in: dossier, entry: entry, rules: rules, today: today) }
        }
        let dossierFields = FieldRegistry.dossierFields
        judge(dossierFields.filter { $0.section == .sheet })
        if dossier.sheet != .chronic && dossier.chronicDisease != nil {
            result.append(Problem(code: "chronicDisease.notChronic", path: "chronicDisease"))
        }
        judge(dossierFields.filter { $0.section == .student })
        judge(dossierFields.filter { $0.section == .treatment })
        result += careProblems(dossier, rules: rules)
        for (kind, index) in dossier.entryPlaces {
            judge(kind.fields, entry: index)
        }
        result += roundedAmountProblems(dossier)
        result += TextFieldCheck.problems(in: dossier)
        for document in RequiredOriginals.missing(for: dossier) {
            result.append(Problem(code: "original.missing.\(document.rawValue)", path: "originals.\(document.rawValue)",
                                  severity: document.missingSeverity))
        }
        // Once mailed, the envelope has gone: its day is judged instead
        // (sent late is a warning), and "late" no longer grows every day.
        result += AfterMailing.problems(in: dossier, context: context)
        if dossier.mailing == nil, let last = context.mailingDeadline(of: dossier)?.lastMailingDay, today > last {
            result.append(Problem(code: "deadline.passed", path: "lastMailingDay",
                                  arguments: ["date": last.dayMonthYear, "days": String(last.days(until: today))]))
        }
        return result
    }

    public static func isComplete(_ dossier: Dossier, context: DossierContext) -> Bool {
        problems(in: dossier, context: context).errors.isEmpty
    }

    /// An amount of the file finer than a centime, said as if it had been
    /// typed: the same code and words as in the wizard.
    static func roundedAmountProblems(_ dossier: Dossier) -> [Problem] {
        // Unsigned: a negative amount is the field's own problem already.
        dossier.roundedAmounts.sorted { $0.key < $1.key }.compactMap { path, text in
            let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
            if case .failure(let problem) = TypedValue.amount(unsigned, path: path) { return problem.quoting(typed: text) }
            return nil
        }
    }

    /// The care as a whole: some care the sheet takes, and no care it has
    /// no boxes for (a file, or a sheet changed after entering them, can
    /// still hold them). Which sheet takes which care is the edition's.
    static func careProblems(_ dossier: Dossier, rules: Rules) -> [Problem] {
        let taken = rules.sheet(dossier.sheet).careKinds
        var result: [Problem] = []
        if !taken.contains(where: { dossier.entryCount($0) > 0 }) {
            result.append(Problem(code: "care.none", path: taken[0].rawValue))
        }
        for kind in CareKind.allCases where !taken.contains(kind) && dossier.entryCount(kind) > 0 {
            result.append(Problem(code: "care.notOnSheet.\(kind.rawValue)", path: kind.rawValue))
        }
        return result
    }
}
