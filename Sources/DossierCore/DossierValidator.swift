import Foundation

/// Every reason a dossier is not ready to mail, in the order a person
/// would fix them. A dossier is complete when the list is empty: eligible,
/// every required field present and valid, every required original ticked,
/// at least one care entry, and the last mailing day not passed.
public enum DossierValidator {
    public static func problems(in dossier: Dossier, today: CalendarDate) -> [Problem] {
        var result: [Problem] = []
        result += Eligibility.problems(of: dossier)
        result += sheetProblems(dossier)
        result += studentProblems(dossier.student, today: today)
        result += treatmentProblems(dossier, today: today)
        result += careProblems(dossier, today: today)
        result += TextFieldCheck.problems(in: dossier)
        for document in RequiredOriginals.missing(for: dossier) {
            result.append(Problem(code: "original.missing.\(document.rawValue)", path: "originals.\(document.rawValue)"))
        }
        if let last = dossier.lastMailingDay, today > last {
            result.append(Problem(code: "deadline.passed", path: "lastMailingDay",
                                  arguments: ["date": last.dayMonthYear, "days": String(last.days(until: today))]))
        }
        return result
    }

    public static func isComplete(_ dossier: Dossier, today: CalendarDate) -> Bool {
        problems(in: dossier, today: today).isEmpty
    }

    static func sheetProblems(_ dossier: Dossier) -> [Problem] {
        switch (dossier.sheet, dossier.chronicDisease) {
        case (.chronic, nil):
            return [Problem(code: "chronicDisease.missing", path: "chronicDisease")]
        case (.chronic, let n?) where ReferenceData.shared.disease(number: n) == nil:
            return [Problem(code: "chronicDisease.unknown", path: "chronicDisease",
                            arguments: ["value": String(n),
                                        "max": String(ReferenceData.shared.chronicDiseases.count)])]
        case (.ordinary, _?), (.dental, _?):
            return [Problem(code: "chronicDisease.notChronic", path: "chronicDisease")]
        default:
            return []
        }
    }

    static func required(_ text: String, _ path: String) -> Problem? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? Problem(code: "field.missing", path: path) : nil
    }

    static func studentProblems(_ s: Student, today: CalendarDate) -> [Problem] {
        var result: [Problem] = []
        result += [required(s.fullName, "student.fullName")].compactMap { $0 }
        result += [Identifiers.checkCNIE(s.cnie, path: "student.cnie")].compactMap { $0 }
        result += [Identifiers.checkMassar(s.massar ?? "", path: "student.massar")].compactMap { $0 }
        if let birth = s.birthDate {
            if birth > today {
                result.append(Problem(code: "date.future", path: "student.birthDate",
                                      arguments: ["date": birth.dayMonthYear, "today": today.dayMonthYear]))
            }
        } else {
            result.append(Problem(code: "date.missing", path: "student.birthDate"))
        }
        result += [required(s.address, "student.address")].compactMap { $0 }
        result += [required(s.institution, "student.institution")].compactMap { $0 }
        result += [Identifiers.checkRIB(s.rib ?? "", path: "student.rib")].compactMap { $0 }
        return result
    }

    static func treatmentProblems(_ d: Dossier, today: CalendarDate) -> [Problem] {
        var result: [Problem] = []
        let t = d.treatment
        guard let first = t.firstActDate else {
            return [Problem(code: "date.missing", path: "treatment.firstActDate")]
        }
        result += dateProblems(first, path: "treatment.firstActDate", birth: d.student.birthDate,
                               firstAct: nil, today: today)
        if t.continuous {
            if let end = t.endDate {
                if end < first {
                    result.append(Problem(code: "date.endBeforeFirstAct", path: "treatment.endDate",
                                          arguments: ["date": end.dayMonthYear, "firstAct": first.dayMonthYear]))
                }
                // A planned end would start the 60 days from a day that has not
                // come, and the student would believe they have months left.
                if end > today {
                    result.append(Problem(code: "date.endInFuture", path: "treatment.endDate",
                                          arguments: ["date": end.dayMonthYear, "today": today.dayMonthYear,
                                                      "days": String(ReferenceData.shared.mailingDeadlineDays)]))
                }
            } else {
                result.append(Problem(code: "date.missing", path: "treatment.endDate"))
            }
        }
        return result
    }

    /// A care date may not be in the future, before the student's birth, or
    /// before the first act (the first act is the earliest).
    static func dateProblems(_ date: CalendarDate, path: String, birth: CalendarDate?,
                             firstAct: CalendarDate?, today: CalendarDate) -> [Problem] {
        var result: [Problem] = []
        if date > today {
            result.append(Problem(code: "date.future", path: path,
                                  arguments: ["date": date.dayMonthYear, "today": today.dayMonthYear]))
        }
        if let birth, date < birth {
            result.append(Problem(code: "date.beforeBirth", path: path,
                                  arguments: ["date": date.dayMonthYear, "birth": birth.dayMonthYear]))
        }
        if let firstAct, date < firstAct {
            result.append(Problem(code: "date.beforeFirstAct", path: path,
                                  arguments: ["date": date.dayMonthYear, "firstAct": firstAct.dayMonthYear]))
        }
        return result
    }

    /// Amounts come from typing (already checked) or from a file or code
    /// (not checked): a negative or absurd amount is refused here too.
    static func amountProblem(_ value: Money?, path: String) -> Problem? {
        guard let value else { return Problem(code: "amount.missing", path: path) }
        if value.centimes < 0 { return Problem(code: "amount.negative", path: path) }
        if value > Money.maximum {
            return Problem(code: "amount.tooLarge", path: path, arguments: ["maximum": String(Money.maximum.centimes / 100)])
        }
        return nil
    }

    static func careProblems(_ d: Dossier, today: CalendarDate) -> [Problem] {
        var result: [Problem] = []
        let birth = d.student.birthDate
        let first = d.treatment.firstActDate
        func date(_ value: CalendarDate?, _ path: String) {
            guard let value else { result.append(Problem(code: "date.missing", path: path)); return }
            result += dateProblems(value, path: path, birth: birth, firstAct: first, today: today)
        }
        func amount(_ value: Money?, _ path: String) {
            if let problem = amountProblem(value, path: path) { result.append(problem) }
        }
        func stamp(_ value: Bool, _ path: String) {
            if !value { result.append(Problem(code: "stamp.missing", path: path)) }
        }
        if d.careEntryCount == 0 {
            result.append(Problem(code: "care.none", path: "practitioners"))
        }
        if d.sheet == .dental && d.dentists.isEmpty {
            result.append(Problem(code: "dental.none", path: "dentists"))
        }
        if d.sheet != .dental && !d.dentists.isEmpty {
            result.append(Problem(code: "dental.wrongSheet", path: "dentists"))
        }
        // The mirror of dental.wrongSheet: a dental sheet has no boxes for
        // doctors, pharmacists or laboratories (a file, or a sheet changed
        // after entering them, can still hold them).
        if d.sheet == .dental {
            for (list, isEmpty) in [("practitioners", d.practitioners.isEmpty), ("pharmacies", d.pharmacies.isEmpty),
                                    ("labs", d.labs.isEmpty)] where !isEmpty {
                result.append(Problem(code: "care.notOnDentalSheet", path: list))
            }
        }
        for (i, p) in d.practitioners.enumerated() {
            let base = "practitioners[\(i)]"
            if let r = required(p.name, "\(base).name") { result.append(r) }
            if let r = Identifiers.checkINPE(p.inpe, path: "\(base).inpe") { result.append(r) }
            date(p.date, "\(base).date")
            amount(p.fee, "\(base).fee")
            stamp(p.stampedAndSigned, "\(base).stampedAndSigned")
        }
        for (i, p) in d.pharmacies.enumerated() {
            let base = "pharmacies[\(i)]"
            if let r = required(p.name, "\(base).name") { result.append(r) }
            date(p.date, "\(base).date")
            amount(p.total, "\(base).total")
            stamp(p.stampedAndSigned, "\(base).stampedAndSigned")
        }
        for (i, l) in d.labs.enumerated() {
            let base = "labs[\(i)]"
            if let r = required(l.name, "\(base).name") { result.append(r) }
            if let r = Identifiers.checkINPE(l.inpe, path: "\(base).inpe") { result.append(r) }
            date(l.date, "\(base).date")
            amount(l.amount, "\(base).amount")
        }
        for (i, t) in d.dentists.enumerated() {
            let base = "dentists[\(i)]"
            if let r = required(t.name, "\(base).name") { result.append(r) }
            if let r = Identifiers.checkINPE(t.inpe, path: "\(base).inpe") { result.append(r) }
            if let r = Identifiers.checkICE(t.ice, path: "\(base).ice") { result.append(r) }
            date(t.date, "\(base).date")
            amount(t.amount, "\(base).amount")
            stamp(t.stampedAndSigned, "\(base).stampedAndSigned")
        }
        return result
    }
}
