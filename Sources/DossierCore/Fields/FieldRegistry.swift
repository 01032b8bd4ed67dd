/// Every field of a dossier, declared once, in the order they are asked.
/// The screens, the plain prompts, the validator, the text checks, the
/// review and the summary all read this list; adding a field is one entry
/// here, its words in `Resources/l10n/` and its place in the schema.
public enum FieldRegistry {
    /// The three conditions of coverage. (The birth date they need is the
    /// student's, asked on the same page.)
    public static let eligibility: [Field] = [
        .flag("eligibility.enrolled", read: \Dossier.eligibility.enrolled,
              write: \Dossier.eligibility.enrolled, page: .eligibility, section: .eligibility,
              presentation: .nowhere(noticeLabelKey: "wizard.notice.enrolled")),
        .flag("eligibility.otherCoverage", read: \Dossier.eligibility.otherCoverage,
              write: \Dossier.eligibility.otherCoverage, page: .eligibility,
              section: .eligibility, presentation: .nowhere(noticeLabelKey: "wizard.notice.otherCoverage")),
        .flag("eligibility.traditionalEducationFinalStage", read: \Dossier.eligibility.traditionalEducationFinalStage,
              write: \Dossier.eligibility.traditionalEducationFinalStage,
              page: .eligibility, section: .eligibility,
              presentation: .nowhere(noticeLabelKey: "wizard.notice.traditionalEducation")),
    ]

    /// The care sheet, and on the chronic sheet the disease and the number
    /// of the exemption agreement (asked for before the care; empty is a
    /// warning: the fund asks for it, but the student may not have it yet).
    public static let sheet: [Field] = [
        Field(id: "sheet", kind: .choice(.sheets), page: .careSheet, section: .sheet, maxLength: 0,
              presentation: .nowhere,
              storage: .choice(get: { dossier, _ in dossier.sheet.rawValue },
                               set: { dossier, _, id in if let sheet = CareSheetKind(rawValue: id) { dossier.sheet = sheet } })),
        Field(id: "chronicDisease", kind: .disease, page: .careSheet, section: .sheet, required: true, maxLength: 0,
              presentation: Presentation(summaryLabelKey: "summary.sheet.disease"),
              appliesTo: { $0.sheet == .chronic }, storage: .disease),
        .optionalText("chronicExemptionNumber", read: \Dossier.chronicExemptionNumber,
                      write: \Dossier.chronicExemptionNumber, page: .careSheet, section: .sheet,
                      recommended: true, missingCode: "chronicExemptionNumber.missing", maxLength: 40,
                      presentation: Presentation(summaryLabelKey: "summary.sheet.exemptionNumber",
                                                 summaryNoteKey: "summary.sheet.exemptionWhere"),
                      appliesTo: { $0.sheet == .chronic }),
    ]

    /// What goes on the sheet about the student, and how to reach them.
    public static let student: [Field] = [
        .text("student.fullName", read: \Dossier.student.fullName,
              write: \Dossier.student.fullName, page: .student, section: .student, required: true,
              maxLength: 80, presentation: Presentation(summaryLabelKey: "summary.student.fullName")),
        .text("student.cnie", read: \Dossier.student.cnie,
              write: \Dossier.student.cnie, kind: .identifier(.cnie), page: .student, section: .student,
              required: true, maxLength: 12, presentation: Presentation(summaryLabelKey: "summary.student.cnie")),
        .optionalText("student.massar", read: \Dossier.student.massar,
                      write: \Dossier.student.massar, kind: .identifier(.massar), page: .student,
                      section: .student, maxLength: 12,
                      presentation: Presentation(summaryOmitsEmpty: true, summaryLabelKey: "summary.student.massar")),
        .date("student.birthDate", read: \Dossier.student.birthDate,
              write: \Dossier.student.birthDate, rules: [.notFuture], page: .eligibility,
              section: .student, presentation: Presentation(summaryLabelKey: "summary.student.birthDate"),
              askedAfter: "eligibility.otherCoverage"),
        .text("student.address", read: \Dossier.student.address,
              write: \Dossier.student.address, page: .student, section: .student, required: true,
              maxLength: 160, presentation: Presentation(summaryLabelKey: "summary.student.address")),
        .text("student.institution", read: \Dossier.student.institution,
              write: \Dossier.student.institution, page: .student, section: .student,
              required: true, maxLength: 120,
              presentation: Presentation(summaryLabelKey: "summary.student.institution")),
        .optionalText("student.email", read: \Dossier.student.email,
                      write: \Dossier.student.email, page: .student, section: .student, maxLength: 100,
                      presentation: .reviewOnly, shape: ContactShape.checkEmail),
        .optionalText("student.phone", read: \Dossier.student.phone,
                      write: \Dossier.student.phone, page: .student, section: .student, maxLength: 20,
                      presentation: .reviewOnly, shape: ContactShape.checkPhone),
        .optionalText("student.rib", read: \Dossier.student.rib,
                      write: \Dossier.student.rib, kind: .identifier(.rib), page: .student,
                      section: .student, maxLength: 32,
                      presentation: Presentation(review: .masked, summary: .masked,
                                                 emptyReviewKey: "wizard.review.noRib",
                                                 emptySummaryKey: "summary.student.noRIB",
                                                 summaryLabelKey: "summary.student.rib"),
                      noteKey: "wizard.rib.consequence"),
    ]

    /// The dates the deadline is counted from.
    public static let treatment: [Field] = [
        .date("treatment.firstActDate", read: \Dossier.treatment.firstActDate,
              write: \Dossier.treatment.firstActDate, rules: [.notFuture, .notBeforeBirth],
              page: .treatment, section: .treatment, presentation: .reviewOnly),
        .flag("treatment.continuous", read: \Dossier.treatment.continuous,
              write: \Dossier.treatment.continuous, page: .treatment, section: .treatment),
        .date("treatment.endDate", read: \Dossier.treatment.endDate,
              write: \Dossier.treatment.endDate, rules: [], page: .treatment, section: .treatment,
              presentation: .reviewOnly, appliesTo: { $0.treatment.continuous },
              extraChecks: { dossier, path, rules, today in
                  guard let end = dossier.treatment.endDate, let first = dossier.treatment.firstActDate else { return [] }
                  var result: [Problem] = []
                  if end < first {
                      result.append(Problem(code: "date.endBeforeFirstAct", path: path,
                                            arguments: ["date": end.dayMonthYear, "firstAct": first.dayMonthYear]))
                  }
                  // A planned end would start the days from a day that has
                  // not come, and the student would believe they have
                  // months left.
                  if end > today {
                      result.append(Problem(code: "date.endInFuture", path: path,
                                            arguments: ["date": end.dayMonthYear, "today": today.dayMonthYear,
                                                        "days": String(rules.mailingDeadlineDays)]))
                  }
                  return result
              }),
    ]

    /// The originals ticked as in the envelope.
    public static let originals = Field(id: "originals", kind: .checklist, page: .originals, section: .originals,
                                        maxLength: 0, presentation: .nowhere, storage: .originals)

    /// The JSON keys of the student's fields declared here alone.
    public static let studentMoreKeys: [String] = student.compactMap(\.moreKey)

    /// The dossier's own fields (not those of care entries), in order.
    public static let dossierFields: [Field] = eligibility + sheet + student + treatment + [originals]

    /// Every field, the entries' ones after the dossier's, kind by kind.
    public static let all: [Field] = dossierFields + CareKind.allCases.flatMap(\.fields)

    /// The fields asked on one page, in order: the registry's, each field
    /// that says after which one it is asked moved there.
    public static func fields(on page: FieldPage) -> [Field] {
        switch page {
        case .entry(let kind): return kind.fields
        case .eligibility, .careSheet, .student, .treatment, .originals: return pages[page] ?? []
        }
    }

    static let pages: [FieldPage: [Field]] = {
        var result: [FieldPage: [Field]] = [:]
        for field in dossierFields where field.askedAfter == nil { result[field.page, default: []].append(field) }
        for field in dossierFields where field.askedAfter != nil {
            var list = result[field.page, default: []]
            let after = list.firstIndex { $0.id == field.askedAfter }.map { $0 + 1 } ?? list.count
            list.insert(field, at: after)
            result[field.page] = list
        }
        return result
    }()

    public static func field(id: String) -> Field? {
        all.first { $0.id == id }
    }

    /// The field a JSON path names, and the entry index in it:
    /// `labs[2].inpe` → (labs.inpe, 2).
    public static func field(atPath path: String) -> (field: Field, entry: Int?)? {
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close else {
            return field(id: path).map { ($0, nil) }
        }
        guard let index = Int(path[path.index(after: open)..<close]) else { return nil }
        let id = String(path[..<open]) + String(path[path.index(after: close)...])
        return field(id: id).map { ($0, index) }
    }
}
