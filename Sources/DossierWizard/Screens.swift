import DossierCore

/// The fields of every screen, as data. Each field's path is the JSON path
/// of the value it fills; labels and help come from `wizard.field.<path>`
/// and `wizard.help.<path>` (entry indices left out of the keys).
public enum Screens {
    /// The fields of `step`; on screens 6–9, of the entry being edited
    /// (none while the list of entries is shown).
    public static func fields(for step: Step, entry: Int?, dossier: Dossier) -> [FieldSpec] {
        switch step {
        case .welcome, .review, .done:
            return []
        case .eligibility:
            return [
                field("eligibility.enrolled", .yesNo, binding: .flag(\.eligibility.enrolled)),
                field("eligibility.otherCoverage", .yesNo, binding: .flag(\.eligibility.otherCoverage)),
                field("student.birthDate", .date, required: true, binding: .date(\.student.birthDate)),
                field("eligibility.traditionalEducationFinalStage", .yesNo,
                      binding: .flag(\.eligibility.traditionalEducationFinalStage)),
            ]
        case .careSheet:
            var result = [field("sheet", .choice(CareSheetKind.allCases.map {
                ChoiceOption(id: $0.rawValue, labelKey: "wizard.sheet.\($0.rawValue).name",
                             explanationKey: "wizard.sheet.\($0.rawValue).explanation")
            }), binding: .sheet)]
            if dossier.sheet == .chronic {
                result.append(field("chronicDisease", .diseaseList, required: true, binding: .disease))
            }
            return result
        case .student:
            return [
                field("student.fullName", .text(maxLength: 80), required: true, binding: .text(\.student.fullName)),
                field("student.cnie", .identifier(maxLength: 12), required: true, binding: .text(\.student.cnie)),
                field("student.massar", .identifier(maxLength: 12), binding: .optionalText(\.student.massar)),
                field("student.address", .text(maxLength: 160), required: true, binding: .text(\.student.address)),
                field("student.institution", .text(maxLength: 120), required: true,
                      binding: .text(\.student.institution)),
                field("student.email", .text(maxLength: 100), binding: .optionalText(\.student.email)),
                field("student.phone", .text(maxLength: 20), binding: .optionalText(\.student.phone)),
                field("student.rib", .identifier(maxLength: 32), binding: .optionalText(\.student.rib)),
            ]
        case .treatment:
            var result = [
                field("treatment.firstActDate", .date, required: true, binding: .date(\.treatment.firstActDate)),
                field("treatment.continuous", .yesNo, binding: .flag(\.treatment.continuous)),
            ]
            if dossier.treatment.continuous {
                result.append(field("treatment.endDate", .date, required: true, binding: .date(\.treatment.endDate)))
            }
            return result
        case .practitioners:
            guard let i = entry, dossier.practitioners.indices.contains(i) else { return [] }
            let base = "practitioners[\(i)]"
            return [
                field("\(base).name", .text(maxLength: 80), required: true, binding: .text(\.practitioners[i].name)),
                field("\(base).specialty", .text(maxLength: 60), binding: .text(\.practitioners[i].specialty)),
                field("\(base).inpe", .identifier(maxLength: 20), required: true,
                      binding: .text(\.practitioners[i].inpe)),
                field("\(base).date", .date, required: true, binding: .date(\.practitioners[i].date)),
                field("\(base).fee", .amount, required: true, binding: .amount(\.practitioners[i].fee)),
                field("\(base).stampedAndSigned", .yesNo, required: true,
                      binding: .flag(\.practitioners[i].stampedAndSigned)),
            ]
        case .pharmacies:
            guard let i = entry, dossier.pharmacies.indices.contains(i) else { return [] }
            let base = "pharmacies[\(i)]"
            return [
                field("\(base).name", .text(maxLength: 80), required: true, binding: .text(\.pharmacies[i].name)),
                field("\(base).date", .date, required: true, binding: .date(\.pharmacies[i].date)),
                field("\(base).total", .amount, required: true, binding: .amount(\.pharmacies[i].total)),
                field("\(base).stampedAndSigned", .yesNo, required: true,
                      binding: .flag(\.pharmacies[i].stampedAndSigned)),
            ]
        case .labs:
            guard let i = entry, dossier.labs.indices.contains(i) else { return [] }
            let base = "labs[\(i)]"
            return [
                field("\(base).kind", .choice(LabExam.Kind.allCases.map {
                    ChoiceOption(id: $0.rawValue, labelKey: "wizard.lab.\($0.rawValue).name",
                                 explanationKey: "wizard.lab.\($0.rawValue).explanation")
                }), binding: .labKind(i)),
                field("\(base).name", .text(maxLength: 80), required: true, binding: .text(\.labs[i].name)),
                field("\(base).inpe", .identifier(maxLength: 20), required: true, binding: .text(\.labs[i].inpe)),
                field("\(base).date", .date, required: true, binding: .date(\.labs[i].date)),
                field("\(base).amount", .amount, required: true, binding: .amount(\.labs[i].amount)),
            ]
        case .dentists:
            guard let i = entry, dossier.dentists.indices.contains(i) else { return [] }
            let base = "dentists[\(i)]"
            return [
                field("\(base).name", .text(maxLength: 80), required: true, binding: .text(\.dentists[i].name)),
                field("\(base).inpe", .identifier(maxLength: 20), required: true,
                      binding: .text(\.dentists[i].inpe)),
                field("\(base).ice", .identifier(maxLength: 20), required: true, binding: .text(\.dentists[i].ice)),
                field("\(base).date", .date, required: true, binding: .date(\.dentists[i].date)),
                field("\(base).amount", .amount, required: true, binding: .amount(\.dentists[i].amount)),
                field("\(base).stampedAndSigned", .yesNo, required: true,
                      binding: .flag(\.dentists[i].stampedAndSigned)),
            ]
        case .originals:
            return [field("originals", .checklist, binding: .originals)]
        }
    }

    /// `practitioners[3].inpe` → `practitioners.inpe`: the part of a path
    /// that names the field whatever the entry.
    public static func genericPath(_ path: String) -> String {
        var result = ""
        var skipping = false
        for c in path {
            if c == "[" { skipping = true; continue }
            if c == "]" { skipping = false; continue }
            if !skipping { result.append(c) }
        }
        return result
    }

    static func field(_ path: String, _ kind: FieldKind, required: Bool = false,
                      binding: FieldBinding) -> FieldSpec {
        let generic = genericPath(path)
        return FieldSpec(path: path, labelKey: "wizard.field.\(generic)", helpKey: "wizard.help.\(generic)",
                         kind: kind, required: required, binding: binding)
    }

    /// The 42 diseases as choice items, French official name and translation.
    public static func diseaseItems(_ language: Language) -> [ChoiceItem] {
        ReferenceData.shared.chronicDiseases.map { d in
            let title = language == .fr ? d.fr : "\(d.name(language)) — \(d.fr)"
            return ChoiceItem(number: d.number, title: title, searchTexts: [d.fr, d.name(language), d.en])
        }
    }

    /// The entries of an entry-list screen, for counting.
    public static func entryCount(_ step: Step, in dossier: Dossier) -> Int {
        switch step {
        case .practitioners: dossier.practitioners.count
        case .pharmacies: dossier.pharmacies.count
        case .labs: dossier.labs.count
        case .dentists: dossier.dentists.count
        default: 0
        }
    }

    /// The JSON array name of an entry-list screen.
    public static func entryArray(_ step: Step) -> String { step.rawValue }
}
