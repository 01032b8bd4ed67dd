import Foundation

/// The printable page that goes with the envelope: what is on the sheet,
/// what must be inside, by when and where it goes, and how to follow it
/// afterwards. It is plain text so that it prints anywhere and a screen
/// reader reads it in order; the address is given in French and Arabic
/// because the envelope is written in one of them whatever the reader's
/// language.
public enum EnvelopeSummary {
    public static func text(for dossier: Dossier, language lang: Language, today: CalendarDate) -> String {
        var out: [String] = []
        func t(_ key: String, _ args: [String: String] = [:]) -> String { tr(key, lang, args) }
        func section(_ key: String) {
            if !out.isEmpty { out.append("") }
            let title = t(key)
            out.append(title)
            out.append(String(repeating: "=", count: title.count))
        }
        func field(_ key: String, _ value: String) {
            out.append(t("summary.field", ["label": t(key), "value": value]))
        }

        out.append(t("summary.title"))
        out.append(t("summary.preparedOn", ["date": today.dayMonthYear]))

        section("summary.section.student")
        let s = dossier.student
        field("summary.student.fullName", s.fullName)
        field("summary.student.cnie", Identifiers.normalize(s.cnie))
        if let massar = s.massar, !massar.isEmpty { field("summary.student.massar", Identifiers.normalize(massar)) }
        field("summary.student.birthDate", s.birthDate?.dayMonthYear ?? t("summary.unknown"))
        field("summary.student.address", s.address)
        field("summary.student.institution", s.institution)
        if let rib = s.rib, !rib.isEmpty {
            field("summary.student.rib", Identifiers.maskedRIB(rib))
        } else {
            out.append(t("summary.student.noRIB"))
        }

        section("summary.section.sheet")
        out.append(sheetName(dossier.sheet, lang))
        if dossier.sheet == .chronic, let n = dossier.chronicDisease {
            let name = ReferenceData.shared.disease(number: n).map { officialBeside($0.fr, $0.name(lang), lang) }
            field("summary.sheet.disease", "\(n) — \(name ?? t("summary.unknown"))")
        }
        out.append(t("summary.sheet.boxes"))

        section("summary.section.care")
        if dossier.careEntryCount == 0 { out.append(t("summary.care.none")) }
        func money(_ m: Money?) -> String { m?.formatted(lang) ?? t("summary.unknown") }
        func day(_ d: CalendarDate?) -> String { d?.dayMonthYear ?? t("summary.unknown") }
        for p in dossier.practitioners {
            out.append("- " + t("summary.care.practitioner", [
                "name": p.name, "specialty": p.specialty, "inpe": p.inpe, "date": day(p.date), "amount": money(p.fee)]))
        }
        for p in dossier.pharmacies {
            out.append("- " + t("summary.care.pharmacy", ["name": p.name, "date": day(p.date), "amount": money(p.total)]))
        }
        for l in dossier.labs {
            let key = l.kind == .biology ? "summary.care.biology" : "summary.care.imaging"
            out.append("- " + t(key, ["name": l.name, "inpe": l.inpe, "date": day(l.date), "amount": money(l.amount)]))
        }
        for d in dossier.dentists {
            out.append("- " + t("summary.care.dentist", [
                "name": d.name, "inpe": d.inpe, "ice": d.ice, "date": day(d.date), "amount": money(d.amount)]))
        }
        field("summary.care.total", dossier.total.formatted(lang))

        section("summary.section.envelope")
        out.append(t("summary.envelope.originalsOnly"))
        out.append("[x] " + t("summary.envelope.sheet", ["sheet": sheetName(dossier.sheet, lang)]))
        for document in RequiredOriginals.documents(for: dossier) {
            let box = dossier.originals[document] ? "[x] " : "[ ] "
            out.append(box + t("summary.envelope.\(document.rawValue)"))
        }

        section("summary.section.deadline")
        if let deadline = MailingDeadline(treatment: dossier.treatment) {
            let basis = deadline.basis == .firstAct ? "summary.deadline.fromFirstAct" : "summary.deadline.fromTreatmentEnd"
            field("summary.deadline.lastDay", deadline.lastMailingDay.dayMonthYear)
            out.append(t(basis, ["date": deadline.startDate.dayMonthYear,
                                 "days": String(ReferenceData.shared.mailingDeadlineDays)]))
            out.append(daysLeftText(deadline.daysLeft(today: today), lang))
        } else {
            out.append(t("summary.deadline.unknown"))
        }
        out.append(t("summary.deadline.registered"))

        section("summary.section.address")
        out.append(contentsOf: ReferenceData.shared.addressLines(.fr))
        out.append("")
        out.append(contentsOf: ReferenceData.shared.addressLines(.ar))

        let problems = DossierValidator.problems(in: dossier, today: today)
        section("summary.section.status")
        if problems.isEmpty {
            out.append(t("summary.status.complete"))
        } else {
            out.append(t("summary.status.incomplete", ["count": String(problems.count)]))
            for p in problems { out.append("- \(p.path): \(p.message(lang))") }
        }

        section("summary.section.after")
        let c = ReferenceData.shared.contacts
        out.append("- " + t("summary.after.follow", ["web": c.followUpWeb, "app": c.followUpApp]))
        out.append("- " + t("summary.after.certificate", ["account": c.account]))
        out.append("- " + t("summary.after.urgent"))
        out.append("- " + t("summary.after.callCentre", ["phone": c.callCentre, "email": c.callCentreEmail]))
        out.append("- " + t("summary.after.complaints", ["site": c.complaints]))
        if IbnZohrUniversity.names(dossier.student.institution) {
            out.append("- " + t("summary.after.ibnZohr", ["email": c.ibnZohrCoverageOffice]))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The sheet's name as the student will see it printed on paper (French),
    /// with the translation beside it when reading in another language.
    public static func sheetName(_ kind: CareSheetKind, _ language: Language) -> String {
        let sheet = ReferenceData.shared.sheet(kind)
        return officialBeside(sheet.fr, sheet.name(language), language)
    }

    /// A French name that has its own brackets, "(ALD)", is set off with a
    /// dash instead: brackets inside brackets read badly, worse in Arabic.
    static func officialBeside(_ french: String, _ translated: String, _ language: Language) -> String {
        if language == .fr || french == translated { return french }
        return french.contains("(") ? "\(translated) — \(french)" : "\(translated) (\(french))"
    }

    /// "12 days left", "today is the last day", "3 days late".
    public static func daysLeftText(_ days: Int, _ language: Language) -> String {
        switch days {
        case ..<0: return tr("deadline.late", language, ["days": String(-days)])
        case 0: return tr("deadline.today", language)
        case 1: return tr("deadline.oneDayLeft", language)
        default: return tr("deadline.daysLeft", language, ["days": String(days)])
        }
    }
}
