/// The printable page that goes with the envelope: what is on the sheet,
/// what must be inside, by when and where it goes, and how to follow it
/// afterwards. It is plain text so that it prints anywhere and a screen
/// reader reads it in order; the address is given in French and Arabic
/// because the envelope is written in one of them whatever the reader's
/// language. What it shows of each field is the registry's.
public enum EnvelopeSummary {
    public static func text(for dossier: Dossier, language: Language, context: DossierContext) -> String {
        let words = context.words(language, for: dossier)
        let rules = context.careRules(for: dossier)
        let mailing = context.mailingRules()
        var out: [String] = []
        func section(_ key: String) {
            if !out.isEmpty { out.append("") }
            let title = words(key)
            out.append(title)
            out.append(String(repeating: "=", count: title.count))
        }
        // The page is printed, and shown on terminals (`cat`, plain mode):
        // what was typed is shown as it is, never obeyed.
        func field(_ label: String, _ value: String) {
            out.append(words("summary.field", ["label": label, "value": TerminalText.visible(value)]))
        }
        /// Each field of a section the summary shows, as "label : value".
        func fields(_ section: FieldSection) {
            for f in FieldRegistry.dossierFields where f.section == section && f.applies(to: dossier) {
                guard f.presentation.summary != .hidden else { continue }
                if let value = f.displayValue(in: dossier, entry: nil, words: words, rules: rules,
                                              masked: f.presentation.summary == .masked) {
                    field(words(f.summaryLabelKey), value)
                } else if let empty = f.presentation.emptySummaryKey {
                    out.append(words(empty))
                } else if !f.presentation.summaryOmitsEmpty {
                    field(words(f.summaryLabelKey), words("summary.unknown"))
                }
                if let note = f.presentation.summaryNoteKey { out.append(words(note)) }
            }
        }

        out.append(words("summary.title"))
        out.append(words("summary.preparedOn", ["date": context.today.dayMonthYear]))

        section("summary.section.student")
        fields(.student)

        section("summary.section.sheet")
        out.append(sheetName(dossier.sheet, language, rules))
        fields(.sheet)
        out.append(words("summary.sheet.boxes"))

        section("summary.section.care")
        if dossier.careEntryCount == 0 { out.append(words("summary.care.none")) }
        for (kind, index, entry) in dossier.allEntries {
            var values: [String: String] = [:]
            for f in kind.fields where f.presentation.summary != .hidden {
                values[f.name] = f.displayValue(in: dossier, entry: index, words: words, rules: rules,
                                                masked: f.presentation.summary == .masked) ?? words("summary.unknown")
            }
            out.append("- " + words(entry.summaryKey, values.mapValues { TerminalText.visible($0) }))
        }
        field(words("summary.care.total"), dossier.total.formatted(language))

        let problems = DossierValidator.problems(in: dossier, context: context)
        section("summary.section.envelope")
        out.append(words("summary.envelope.originalsOnly"))
        out.append(words("summary.envelope.tickWhilePacking"))
        // Empty boxes, to tick on paper while packing: what was ticked on
        // screen says what the student has, not what is in this envelope.
        out.append("[ ] " + words("summary.envelope.sheet", ["sheet": sheetName(dossier.sheet, language, rules)]))
        let unstamped = problems.filter { $0.code == "stamp.missing" }.compactMap { problem -> String? in
            guard let (field, entry) = FieldRegistry.field(atPath: problem.path), let kind = field.careKind,
                  let entry else { return nil }
            return ProblemWording.entryName(kind, entry, words)
        }
        if !unstamped.isEmpty {
            out.append("    " + words("summary.envelope.stampsMissing",
                                      ["count": String(unstamped.count), "entries": unstamped.joined(separator: ", ")]))
        }
        for document in RequiredOriginals.documents(for: dossier) {
            out.append("[ ] " + words("summary.envelope.\(document.rawValue)"))
        }

        section("summary.section.deadline")
        if let deadline = context.mailingDeadline(of: dossier) {
            let basis = deadline.basis == .firstAct ? "summary.deadline.fromFirstAct" : "summary.deadline.fromTreatmentEnd"
            field(words("summary.deadline.lastDay"), deadline.lastMailingDay.dayMonthYear)
            out.append(words(basis, ["date": deadline.startDate.dayMonthYear]))
            out.append(dossier.mailing.map { sinceMailingText($0, today: context.today, words) }
                       ?? daysLeftText(deadline.daysLeft(today: context.today), words))
        } else {
            out.append(words("summary.deadline.unknown"))
        }
        out.append(words("summary.deadline.registered"))

        section("summary.section.address")
        out.append(contentsOf: mailing.addressLines(.fr))
        out.append("")
        out.append(contentsOf: mailing.addressLines(.ar))
        if let notice = mailing.notice {
            out.append("")
            out.append(notice.text(language))
        }

        section("summary.section.status")
        if problems.errors.isEmpty {
            out.append(words("summary.status.complete"))
        } else {
            out.append(words("summary.status.incomplete", ["count": String(problems.errors.count)]))
            for p in problems.errors { out.append("- " + ProblemWording.text(p, words)) }
        }
        if !problems.warnings.isEmpty {
            out.append(words("summary.status.warnings", ["count": String(problems.warnings.count)]))
            for p in problems.warnings { out.append("- " + ProblemWording.text(p, words)) }
        }

        section("summary.section.after")
        let c = mailing.contacts
        out.append("- " + words("summary.after.follow", ["web": c.followUpWeb, "app": c.followUpApp]))
        out.append("- " + words("summary.after.certificate", ["account": c.account]))
        out.append("- " + words("summary.after.urgent"))
        out.append("- " + words("summary.after.callCentre", ["phone": c.callCentre, "email": c.callCentreEmail]))
        out.append("- " + words("summary.after.complaints", ["site": c.complaints]))
        if IbnZohrUniversity.names(dossier.student.institution) {
            out.append("- " + words("summary.after.ibnZohr", ["email": c.ibnZohrCoverageOffice]))
        }
        // A viewer that guesses each line's direction from its first letter
        // would put "[x] …", the RIB line or a line opening on a CNIE on the
        // left: in Arabic every line holding Arabic opens with a
        // right-to-left mark (the French address lines stay as they are).
        out = out.flatMap { printable($0) }
        if language.isRightToLeft {
            out = out.map { line in
                line.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } ? "\u{200F}" + line : line
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The command that prints the page kept at `path`, as the person can
    /// copy it: the Done screen, the plain mode and `summary` say it.
    public static func printCommand(_ path: String) -> String {
        "lp " + ShellWord.quoted(path)
    }

    /// The widest line of the page: what a printer and a terminal show
    /// without cutting or folding.
    public static let pageWidth = 80

    /// One line of the page as printed: folded at `pageWidth` between words,
    /// each following part indented under the text of the first, after its
    /// "- " or "[ ] " (by two spaces at least, so that a folded line never
    /// reads as a new one).
    static func printable(_ line: String) -> [String] {
        guard DisplayWidth.of(line) > pageWidth else { return [line] }
        let lead = line.prefix { $0 == " " }.count
        let body = line.dropFirst(lead)
        var marker = 0
        for prefix in ["[ ] ", "[x] ", "- "] where body.hasPrefix(prefix) { marker = prefix.count }
        let first = lead + marker
        let hanging = max(first, 2)
        let parts = TextWrap.lines(String(line.dropFirst(first)), width: pageWidth - hanging)
        return parts.enumerated().map { i, part in
            (i == 0 ? String(line.prefix(first)) : String(repeating: " ", count: hanging)) + part
        }
    }

    /// The sheet's name as the student will see it printed on paper (French),
    /// with the translation beside it when reading in another language.
    public static func sheetName(_ kind: CareSheetKind, _ language: Language, _ rules: Rules) -> String {
        let sheet = rules.sheet(kind)
        return officialBeside(sheet.fr, sheet.name(language), language)
    }

    /// A French name that has its own brackets, "(ALD)", is set off with a
    /// dash instead: brackets inside brackets read badly, worse in Arabic.
    static func officialBeside(_ french: String, _ translated: String, _ language: Language) -> String {
        if language == .fr || french == translated { return french }
        return french.contains("(") ? "\(translated) — \(french)" : "\(translated) (\(french))"
    }

    /// "12 days left", "today is the last day", "3 days late".
    /// Once mailed: the day and the days since, instead of the days left,
    /// which would only say "late" for ever.
    public static func sinceMailingText(_ mailing: Mailing, today: CalendarDate, _ words: Words) -> String {
        var text = words("summary.mailed", ["date": mailing.mailedOn.dayMonthYear,
                                            "days": String(mailing.daysSince(today: today))])
        if let tracking = mailing.trackingNumber { text += " " + words("summary.tracking", ["tracking": tracking]) }
        return text
    }

    public static func daysLeftText(_ days: Int, _ words: Words) -> String {
        switch days {
        case ..<0: return words("deadline.late", ["days": String(-days)])
        case 0: return words("deadline.today")
        case 1: return words("deadline.oneDayLeft")
        default: return words("deadline.daysLeft", ["days": String(days)])
        }
    }
}
