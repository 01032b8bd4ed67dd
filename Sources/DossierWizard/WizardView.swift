import DossierCore

extension Wizard {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// The whole screen for a state: a pure function, so tests read screens
    /// as text and the backend paints only the cells that changed.
    public static func view(_ state: WizardState, width: Int, height: Int, context: WizardContext) -> Frame {
        var frame = Frame(width: width, height: height)
        let language = state.language
        guard width >= minimumWidth, height >= minimumHeight else {
            // One clear line; the state is untouched and comes back on resize.
            let writer = ScreenWriter(language: language, width: width, margin: 0, bidi: state.bidi)
            let lines = ScreenWriter.wrap(tr("wizard.tooSmall", language), width: max(1, width))
            for (row, line) in lines.prefix(height).enumerated() {
                frame.put(writer.visualOrder(line), row: row, column: 0, role: .warning, attributes: .bold)
            }
            return frame
        }
        let writer = ScreenWriter(language: language, width: width, bidi: state.bidi)

        frame.fill(row: 0, from: 0, count: width, role: .title)
        writer.draw(Line("amo-dossier · " + title(state), .title, .bold), row: 0, into: &frame)

        let bodyTop = 1
        let bodyHeight = height - 4
        let lines = body(state, writer, context, bodyHeight: bodyHeight)
        let start = windowStart(lines, height: bodyHeight, focus: state.focus,
                                scroll: state.reviewScroll)
        for (offset, line) in lines.dropFirst(start).prefix(bodyHeight).enumerated() {
            if let column = writer.draw(line, row: bodyTop + offset, into: &frame), state.overlay == nil {
                frame.cursor = (bodyTop + offset, column)
            }
        }
        // The scroll marks go in the margin away from the text's edge.
        let markColumn = writer.mirrored ? 0 : width - 1
        if start > 0 { frame.put("▲", row: bodyTop, column: markColumn, role: .muted) }
        if start + bodyHeight < lines.count { frame.put("▼", row: bodyTop + bodyHeight - 1, column: markColumn, role: .muted) }

        if let notice = state.notice {
            let role: ColorRole = switch notice.kind {
            case .info: .hint
            case .success: .success
            case .error: .error
            }
            writer.draw(Line(tr(notice.key, language, notice.arguments), role, .bold), row: height - 3, into: &frame)
        }
        frame.fill(row: height - 2, from: 0, count: width, role: .statusBar)
        writer.draw(Line(statusSegments(state, context)), row: height - 2, into: &frame)
        writer.draw(Line(writer.isolatedKeyNames(tr(keysKey(state), language)), .hint), row: height - 1, into: &frame)

        if let overlay = state.overlay {
            frame.cursor = nil
            drawOverlay(overlay, state, writer, context, &frame, top: bodyTop, height: bodyHeight)
        }
        return frame
    }

    static func title(_ state: WizardState) -> String {
        let language = state.language
        if state.step.isEntryList, let entry = state.entry {
            return tr("wizard.entry.\(state.step.rawValue)", language, ["n": String(entry + 1)])
        }
        return tr(state.step.titleKey, language)
    }

    /// The first body line to show: the manual scroll of the Review, or
    /// else whatever keeps the focused field and its cursor in view.
    static func windowStart(_ lines: [Line], height: Int, focus: Int, scroll: Int) -> Int {
        let maxStart = max(0, lines.count - height)
        if scroll >= 0 { return min(scroll, maxStart) }
        var start = 0
        let block = lines.indices.filter { lines[$0].field == focus }
        if let first = block.first, let last = block.last {
            if last >= start + height { start = last - height + 1 }
            if first < start { start = first }
        }
        if let anchor = lines.firstIndex(where: \.anchor) {
            if anchor >= start + height { start = anchor - height + 1 }
            if anchor < start { start = anchor }
        }
        return min(max(0, start), maxStart)
    }

    // MARK: - Status and keys

    /// "Étape 5 sur 12 · 42 jours restants · Feuille de soins": the days
    /// left come before the sheet's long official name, so that a narrow
    /// screen cuts the name, never the deadline.
    static func statusSegments(_ state: WizardState, _ context: WizardContext) -> [Segment] {
        let language = state.language
        var parts = [tr("wizard.status.step", language,
                        ["n": String(state.step.number), "total": String(Step.count)])]
        if let deadline = MailingDeadline(treatment: state.dossier.treatment) {
            parts.append(deadlineWords(deadline.daysLeft(today: context.today), language).0)
        }
        if state.step > .careSheet || state.touched {
            parts.append(ReferenceData.shared.sheet(state.dossier.sheet).name(language))
        }
        // One run of text, so a right-to-left line keeps its parts in order.
        return [Segment(parts.joined(separator: " · "), .statusBar, .bold)]
    }

    /// Urgency in words and in colour: never colour alone.
    public static func deadlineWords(_ daysLeft: Int, _ language: Language) -> (String, ColorRole) {
        if daysLeft < 0 {
            let late = -daysLeft
            return (tr(late == 1 ? "wizard.deadline.late.one" : "wizard.deadline.late", language,
                       ["days": String(late)]), .error)
        }
        if daysLeft == 0 { return (tr("wizard.deadline.today", language), .error) }
        let words = tr(daysLeft == 1 ? "wizard.deadline.daysLeft.one" : "wizard.deadline.daysLeft", language,
                       ["days": String(daysLeft)])
        return (words, daysLeft <= 14 ? .warning : .success)
    }

    static func keysKey(_ state: WizardState) -> String {
        switch state.step {
        case .welcome: return "wizard.keys.welcome"
        case .review: return state.saveFailure == nil ? "wizard.keys.review" : "wizard.keys.reviewSaveFailed"
        case .done: return state.kiosk ? "wizard.keys.doneKiosk" : "wizard.keys.done"
        default: break
        }
        if state.step.isEntryList && state.entry == nil { return "wizard.keys.entries" }
        switch state.focusedField?.kind {
        case .yesNo: return "wizard.keys.yesNo"
        case .choice: return "wizard.keys.choice"
        case .diseaseList: return "wizard.keys.disease"
        case .checklist: return "wizard.keys.checklist"
        default: return "wizard.keys.form"
        }
    }

    // MARK: - Body

    static func body(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext,
                     bodyHeight: Int) -> [Line] {
        let language = state.language
        switch state.step {
        case .welcome:
            return welcomeLines(state, writer)
        case .review:
            return reviewLines(state, writer, context)
        case .done:
            return doneLines(state, writer, context)
        default:
            break
        }
        if state.step.isEntryList && state.entry == nil {
            return entryListLines(state, writer, context)
        }
        var lines: [Line] = []
        if state.entry == nil {
            lines += writer.paragraph(tr(state.step.introKey, language), .hint)
            lines.append(.blank)
        }
        let fields = state.fields
        for (index, field) in fields.enumerated() {
            lines += fieldLines(field, index: index, state, writer, bodyHeight: bodyHeight)
        }
        var panel: [Line] = []
        switch state.step {
        case .eligibility: panel = eligibilityPanel(state, writer, context)
        case .treatment: panel = deadlinePanel(state, writer, context)
        case .originals where state.dossier.sheet == .dental:
            panel = writer.paragraph(tr("wizard.originals.dentalReminder", language), .warning)
        default: break
        }
        // The panel (eligibility verdict, deadline) answers the last
        // question: it scrolls into view together with it.
        for var line in panel {
            line.field = fields.count - 1
            lines.append(line)
        }
        return lines
    }

    static func welcomeLines(_ state: WizardState, _ writer: ScreenWriter) -> [Line] {
        let language = state.language
        var lines: [Line] = []
        if let warning = state.startWarning {
            lines += writer.paragraph("⚠ " + tr(warning.key, language, warning.arguments), .warning, .bold)
            lines.append(.blank)
        }
        lines += writer.paragraph(tr("wizard.step.welcome.intro", language))
        lines.append(.blank)
        lines += writer.paragraph(tr("wizard.welcome.haveAtHand", language), .hint)
        lines.append(.blank)
        let rows = welcomeRows(state)
        let options: [String] = rows.map { row in
            switch row {
            case .resume:
                let offer = state.draftOffer!
                return tr("wizard.welcome.resume", language,
                          ["n": String(offer.step.number), "title": tr(offer.step.titleKey, language)])
            case .start:
                return tr(rows.contains(.resume) ? "wizard.welcome.new" : "wizard.welcome.start", language)
            case .resumeByCNIE:
                return tr("wizard.welcome.resumeByCNIE", language)
            case .language:
                return tr("wizard.welcome.language", language, ["name": tr("wizard.language.\(language.rawValue)", language)])
            }
        }
        for (i, option) in options.enumerated() {
            let selected = i == state.listSelection
            let parts = ScreenWriter.wrap(option, width: max(1, writer.width - 2 * writer.margin - 2))
            for (j, part) in parts.enumerated() {
                let prefix = j > 0 ? "  " : (selected ? "▸ " : "  ")
                // The last line is the anchor, so the whole option scrolls into view.
                lines.append(Line([Segment(prefix + part, selected ? .selection : .normal, selected ? .bold : [])],
                                  anchor: selected && j == parts.count - 1, fill: selected ? .selection : nil))
            }
        }
        lines.append(.blank)
        lines += writer.paragraph(tr("wizard.welcome.keys", language), .hint)
        return lines
    }

    /// The lines of one field: its label, its input, its message.
    static func fieldLines(_ field: FieldSpec, index: Int, _ state: WizardState, _ writer: ScreenWriter,
                           bodyHeight: Int) -> [Line] {
        let language = state.language
        let focused = index == state.focus && state.overlay == nil
        var lines: [Line] = []
        let usable = writer.width - 2 * writer.margin
        let label = tr(field.labelKey, language) + (field.required ? " *" : "")
        for (i, part) in ScreenWriter.wrap(label, width: max(1, usable - 2)).enumerated() {
            let prefix = i > 0 ? "  " : (focused ? "› " : "  ")
            lines.append(Line([Segment(prefix + part, .label, focused ? .bold : [])], field: index))
        }
        switch field.kind {
        case .text, .identifier, .date, .amount:
            let boxWidth = min(usable - 4, 48)
            var text = FieldValues.text(field, in: state)
            // The RIB is shown in full only while it is being edited.
            if field.path == "student.rib" && !focused { text = Identifiers.maskedRIB(text) }
            let input = TextInput(text: text, cursor: focused ? state.cursor : 0, maxLength: max(field.maxLength, text.count))
            let textWidth = writer.textWidth(boxWidth: boxWidth)
            let (shown, _) = input.visible(width: textWidth)
            let (padded, column) = writer.textBox(shown, cursor: input.cursor - input.visibleStart(width: textWidth),
                                                  boxWidth: boxWidth)
            var segments = [Segment("  [")]
            if focused && !writer.mirrored && padded.hasPrefix(shown) {
                // The typed text in the terminal's plain attributes, the rest
                // of the box highlighted: ncurses ends every refresh in plain
                // attributes, so a typed letter then costs the terminal one
                // byte instead of thirty (slow SSH links; see bench/).
                segments.append(Segment(shown, .normal))
                segments.append(Segment(String(padded.dropFirst(shown.count)), .inputFocused, [.underline]))
            } else {
                segments.append(Segment(padded, focused ? .inputFocused : .input, [.underline]))
            }
            segments.append(Segment("]"))
            let format: String? = switch field.kind {
            case .date: tr("wizard.format.date", language)
            case .amount: tr("wizard.format.amount", language)
            default: nil
            }
            if let format { segments.append(Segment(" " + format, .hint)) }
            lines.append(Line(segments, field: index, anchor: focused, cursor: focused ? (1, column) : nil))
        case .yesNo:
            guard case .flag(let kp) = field.binding else { break }
            let value = state.dossier[keyPath: kp]
            // Numbered, since 1 and 2 answer too.
            let yes = (value ? "(•) " : "( ) ") + tr("wizard.yes", language) + " (1)"
            let no = (value ? "( ) " : "(•) ") + tr("wizard.no", language) + " (2)"
            let role: ColorRole = focused ? .inputFocused : .input
            lines.append(Line([Segment("    "), Segment(yes, role, value ? .bold : []), Segment("   "),
                               Segment(no, role, value ? [] : .bold)], field: index, anchor: focused))
        case .choice(let options):
            let current = choiceValue(field, state.dossier)
            for (i, option) in options.enumerated() {
                let chosen = option.id == current
                let highlighted = focused && i == state.listSelection
                // A long label wraps under itself, after the mark and number.
                let head = "  " + (chosen ? "(•) " : "( ) ") + "\(i + 1). "
                let hanging = String(repeating: " ", count: DisplayWidth.of(head))
                let parts = ScreenWriter.wrap(tr(option.labelKey, language),
                                              width: max(1, usable - DisplayWidth.of(head)))
                for (j, part) in parts.enumerated() {
                    lines.append(Line([Segment((j == 0 ? head : hanging) + part,
                                               highlighted ? .selection : .normal, chosen ? .bold : [])],
                                      field: index, anchor: highlighted && j == parts.count - 1,
                                      fill: highlighted ? .selection : nil))
                }
                // What the choice just did (entries removed) goes right under it.
                if chosen, let note = state.inputNote, note.path == field.path {
                    lines += writer.paragraph("⚠ " + tr(note.notice.key, language, note.notice.arguments),
                                              .error, .bold, indent: 4, field: index)
                }
                if let explanation = option.explanationKey {
                    lines += writer.paragraph(tr(explanation, language), .hint, indent: DisplayWidth.of(head),
                                              field: index)
                }
            }
        case .diseaseList:
            lines += diseaseLines(field, index: index, focused: focused, state, writer, bodyHeight: bodyHeight)
        case .checklist:
            let documents = RequiredOriginals.documents(for: state.dossier)
            if documents.isEmpty {
                lines += writer.paragraph(tr("wizard.originals.none", language), .hint, indent: 2, field: index)
            }
            for (i, document) in documents.enumerated() {
                let ticked = state.dossier.originals[document]
                let highlighted = focused && i == state.listSelection
                let text = tr("wizard.original.\(document.rawValue)", language)
                let wrapped = ScreenWriter.wrap(text, width: max(1, usable - 6))
                for (j, part) in wrapped.enumerated() {
                    let prefix = j == 0 ? (ticked ? "  [x] " : "  [ ] ") : "      "
                    lines.append(Line([Segment(prefix + part, highlighted ? .selection : (ticked ? .success : .normal),
                                               j == 0 && highlighted ? .bold : [])],
                                      field: index, anchor: highlighted && j == 0,
                                      fill: highlighted ? .selection : nil))
                }
            }
        }
        if let problem = state.errors[field.path] {
            let missing = FieldValues.isMissing(problem)
            let text = "⚠ " + problem.message(language)
                + (missing ? " — " + tr("wizard.field.missingLater", language) : "")
            lines += writer.paragraph(text, missing ? .warning : .error, missing ? [] : .bold, indent: 2, field: index)
        }
        if let note = state.inputNote, note.path == field.path, !field.kind.isList {
            lines += writer.paragraph("⚠ " + tr(note.notice.key, language, note.notice.arguments),
                                      note.notice.kind == .error ? .error : .warning, .bold, indent: 2, field: index)
        }
        if field.path == "student.rib" {
            lines += writer.paragraph(tr("wizard.rib.consequence", language), .hint, indent: 4, field: index)
        }
        lines.append(Line([], field: index))
        return lines
    }

    static func diseaseLines(_ field: FieldSpec, index: Int, focused: Bool, _ state: WizardState,
                             _ writer: ScreenWriter, bodyHeight: Int) -> [Line] {
        let language = state.language
        var lines: [Line] = []
        let chosen = state.dossier.chronicDisease.flatMap { ReferenceData.shared.disease(number: $0) }
        let chosenText = chosen.map { "\($0.number). " + Screens.diseaseItems(language)[$0.number - 1].title }
            ?? tr("wizard.disease.none", language)
        lines += writer.paragraph(tr("wizard.disease.chosen", language) + " " + chosenText,
                                  chosen == nil ? .warning : .success, indent: 4, field: index)
        guard focused else { return lines }
        let prompt = "    " + tr("wizard.disease.search", language) + " "
        let query = writer.textBox(state.listQuery, cursor: state.listQuery.count,
                                   boxWidth: DisplayWidth.of(state.listQuery) + 2)
        lines.append(Line([Segment(prompt, .label), Segment(query.text, .inputFocused, .underline)],
                          field: index, cursor: (1, query.cursorCells)))
        let filtered = ChoiceSearch.filter(Screens.diseaseItems(language), query: state.listQuery)
        if filtered.isEmpty {
            lines += writer.paragraph(tr("wizard.disease.noMatch", language), .warning, indent: 4, field: index)
            return lines
        }
        let visible = max(3, bodyHeight - 5)
        let selection = min(state.listSelection, filtered.count - 1)
        let first = max(0, min(selection - visible / 2, filtered.count - visible))
        for i in first..<min(filtered.count, first + visible) {
            let item = filtered[i]
            let selected = i == selection
            lines.append(Line([Segment((selected ? "  ▸ " : "    ") + "\(item.number). " + item.title,
                                       selected ? .selection : .normal, selected ? .bold : [])],
                              field: index, anchor: selected, fill: selected ? .selection : nil))
        }
        return lines
    }

    static func eligibilityPanel(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let language = state.language
        let dossier = state.dossier
        // Age is judged at the first act once it is known; until then, today.
        let day = dossier.treatment.firstActDate ?? context.today
        let problems = Eligibility.problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate,
                                            firstAct: day).map { problem in
            // Judged at today, the verdict must not speak of a first act
            // that is not known yet.
            guard dossier.treatment.firstActDate == nil, problem.code == "eligibility.tooOld" else { return problem }
            return Problem(code: "eligibility.tooOldToday", path: problem.path,
                           arguments: ["age": problem.arguments["age"] ?? "", "limit": problem.arguments["limit"] ?? "",
                                       "today": day.dayMonthYear])
        }
        var lines: [Line] = []
        if let birth = dossier.student.birthDate, birth <= context.today {
            let age = Eligibility.age(birthDate: birth, on: day)
            let key = dossier.treatment.firstActDate == nil ? "wizard.eligibility.ageToday" : "wizard.eligibility.ageAtFirstAct"
            lines += writer.paragraph(tr(key, language, ["age": String(age), "date": day.dayMonthYear]), .hint)
        }
        if problems.isEmpty {
            if dossier.student.birthDate != nil {
                lines += writer.paragraph("✓ " + tr("wizard.eligibility.ok", language), .success, .bold)
            }
            return lines
        }
        lines += writer.paragraph("✗ " + tr("wizard.eligibility.notCovered", language), .error, .bold)
        for problem in problems {
            lines += writer.paragraph("• " + problem.message(language), .error, indent: 2)
        }
        lines += writer.paragraph(tr("wizard.eligibility.continueAnyway", language), .hint)
        return lines
    }

    static func deadlinePanel(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let language = state.language
        guard let deadline = MailingDeadline(treatment: state.dossier.treatment) else {
            return writer.paragraph(tr("wizard.deadline.waiting", language), .hint)
        }
        let (words, role) = deadlineWords(deadline.daysLeft(today: context.today), language)
        let basis = tr("wizard.deadline.basis.\(deadline.basis.rawValue)", language,
                       ["days": String(ReferenceData.shared.mailingDeadlineDays), "date": deadline.startDate.dayMonthYear])
        var lines = writer.paragraph(tr("wizard.deadline.lastDay", language,
                                        ["date": deadline.lastMailingDay.dayMonthYear]) + " — " + words, role, .bold)
        lines += writer.paragraph(basis, .hint)
        return lines
    }

    // MARK: - Entry lists

    static func entrySummaries(_ step: Step, _ dossier: Dossier, _ language: Language) -> [String] {
        entryParts(step, dossier, language).map { ([$0.name] + $0.details).joined(separator: " · ") }
    }

    /// An entry in words: its name (what a narrow line cuts first) and its
    /// date and amount (kept whole: "1 200,50 DH" without its unit is no
    /// amount).
    static func entryParts(_ step: Step, _ dossier: Dossier,
                           _ language: Language) -> [(name: String, details: [String])] {
        func parts(_ name: String, _ date: CalendarDate?, _ amount: Money?) -> (name: String, details: [String]) {
            let shownName = name.isEmpty ? tr("wizard.entry.unnamed", language) : name
            return (shownName, [date?.dayMonthYear, amount?.formatted(language)].compactMap { $0 })
        }
        switch step {
        case .practitioners: return dossier.practitioners.map { parts($0.name, $0.date, $0.fee) }
        case .pharmacies: return dossier.pharmacies.map { parts($0.name, $0.date, $0.total) }
        case .labs:
            return dossier.labs.map {
                let p = parts($0.name, $0.date, $0.amount)
                return (tr("wizard.lab.\($0.kind.rawValue).name", language) + " · " + p.name, p.details)
            }
        case .dentists: return dossier.dentists.map { parts($0.name, $0.date, $0.amount) }
        default: return []
        }
    }

    /// One row of an entry list: the name is cut (with "…") before the date,
    /// the amount or the "to complete" mark; when even those do not fit they
    /// go on the next line, under the name.
    static func entryRow(number: Int, name: String, details: [String], width: Int) -> [String] {
        let head = "\(number). "
        let tail = details.map { " · " + $0 }.joined()
        let room = width - DisplayWidth.of(head) - DisplayWidth.of(tail)
        if DisplayWidth.of(name) <= room { return [head + name + tail] }
        if room >= 8 { return [head + DisplayWidth.prefix(name, fitting: room - 1) + "…" + tail] }
        let indent = String(repeating: " ", count: DisplayWidth.of(head))
        let nameLines = ScreenWriter.wrap(name, width: max(1, width - indent.count))
        let detailLines = ScreenWriter.wrap(details.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
                                                .joined(separator: " · "), width: max(1, width - indent.count))
            .map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        return nameLines.enumerated().map { ($0.offset == 0 ? head : indent) + $0.element }
            + detailLines.map { indent + $0 }
    }

    static func entryListLines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let language = state.language
        var lines = writer.paragraph(tr(state.step.introKey, language), .hint)
        lines.append(.blank)
        let entries = entryParts(state.step, state.dossier, language)
        if entries.isEmpty {
            lines += writer.paragraph(tr("wizard.entries.empty", language), .normal)
            lines.append(.blank)
        }
        // An entry with something still missing says so in the list.
        let problems = DossierValidator.problems(in: state.dossier, today: context.today)
        let rowWidth = writer.width - 2 * writer.margin - 2
        var rows: [[String]] = entries.enumerated().map { i, entry in
            let prefix = "\(state.step.rawValue)[\(i)]"
            let incomplete = problems.contains { $0.path.hasPrefix(prefix + ".") || $0.path == prefix }
            let details = entry.details + (incomplete ? [tr("wizard.entries.incomplete", language)] : [])
            return entryRow(number: i + 1, name: entry.name, details: details, width: rowWidth)
        }
        rows.append([tr("wizard.entries.add", language)])
        rows.append([tr("wizard.entries.continue", language)])
        for (i, row) in rows.enumerated() {
            let selected = i == state.listSelection
            for (j, part) in row.enumerated() {
                lines.append(Line([Segment((selected && j == 0 ? "▸ " : "  ") + part,
                                           selected ? .selection : .normal, selected ? .bold : [])],
                                  anchor: selected && j == row.count - 1, fill: selected ? .selection : nil))
            }
        }
        return lines
    }

    // MARK: - Review

    /// "Médecin 2 — INPE : …": which field a problem is about, in words.
    public static func problemText(_ problem: Problem, _ language: Language) -> String {
        let generic = Screens.genericPath(problem.path)
        var prefix = ""
        for array in ["practitioners", "pharmacies", "labs", "dentists"] {
            if let location = ProblemLocation.entryIndex(problem.path, array: array) {
                prefix = tr("wizard.entry.\(array)", language, ["n": String(location.index + 1)]) + " — "
            }
        }
        let labelKey = "wizard.field.\(generic)"
        let label = L10n.shared.table[labelKey] != nil ? tr(labelKey, language) + " : " : ""
        return prefix + label + problem.message(language)
    }

    static func reviewLines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let language = state.language
        let d = state.dossier
        var lines: [Line] = []
        func heading(_ key: String) {
            lines.append(Line(tr(key, language), .title, .bold))
        }
        func item(_ labelKey: String, _ value: String?) {
            let shown = (value?.isEmpty ?? true) ? "—" : writer.isolatedLTR(value!)
            lines += writer.paragraph(tr(labelKey, language) + " : " + shown, .normal, indent: 2)
        }
        heading("wizard.review.student")
        item("wizard.field.student.fullName", d.student.fullName)
        item("wizard.field.student.cnie", d.student.cnie)
        item("wizard.field.student.massar", d.student.massar)
        item("wizard.field.student.birthDate", d.student.birthDate?.dayMonthYear)
        item("wizard.field.student.address", d.student.address)
        item("wizard.field.student.institution", d.student.institution)
        item("wizard.field.student.email", d.student.email)
        item("wizard.field.student.phone", d.student.phone)
        item("wizard.field.student.rib", d.student.rib.map(Identifiers.maskedRIB) ?? tr("wizard.review.noRib", language))
        heading("wizard.review.sheet")
        var sheet = tr("wizard.sheet.\(d.sheet.rawValue).name", language)
        if let n = d.chronicDisease, ReferenceData.shared.disease(number: n) != nil {
            sheet += " — \(n). " + Screens.diseaseItems(language)[n - 1].title
        }
        lines += writer.paragraph(sheet, .normal, indent: 2)
        item("wizard.field.treatment.firstActDate", d.treatment.firstActDate?.dayMonthYear)
        if d.treatment.continuous { item("wizard.field.treatment.endDate", d.treatment.endDate?.dayMonthYear) }
        heading("wizard.review.care")
        var anyCare = false
        for step in [Step.practitioners, .pharmacies, .labs, .dentists] {
            for (i, summary) in entrySummaries(step, d, language).enumerated() {
                anyCare = true
                lines += writer.paragraph(tr("wizard.entry.\(step.rawValue)", language, ["n": String(i + 1)])
                                          + " : " + summary, .normal, indent: 2)
            }
        }
        if !anyCare { lines += writer.paragraph(tr("wizard.review.noCare", language), .warning, indent: 2) }
        lines += writer.paragraph(tr("wizard.review.total", language, ["amount": d.total.formatted(language)]),
                                  .normal, .bold)
        if let deadline = MailingDeadline(treatment: d.treatment) {
            let (words, role) = deadlineWords(deadline.daysLeft(today: context.today), language)
            lines += writer.paragraph(tr("wizard.deadline.lastDay", language,
                                         ["date": deadline.lastMailingDay.dayMonthYear]) + " — " + words, role, .bold)
        } else {
            lines += writer.paragraph(tr("wizard.deadline.waiting", language), .warning)
        }
        let documents = RequiredOriginals.documents(for: d)
        if !documents.isEmpty {
            heading("wizard.review.originals")
            for document in documents {
                lines += writer.paragraph((d.originals[document] ? "[x] " : "[ ] ")
                                          + tr("wizard.original.\(document.rawValue)", language), .normal, indent: 2)
            }
        }
        lines.append(.blank)
        let problems = reviewProblems(state, context)
        if problems.isEmpty {
            lines += writer.paragraph("✓ " + tr("wizard.review.complete", language), .success, .bold)
        } else {
            lines += writer.paragraph(tr("wizard.review.problems", language, ["count": String(problems.count)]),
                                      .error, .bold)
        }
        for (i, problem) in problems.enumerated() {
            let selected = i == state.listSelection
            let wrapped = ScreenWriter.wrap(problemText(problem, language), width: max(1, writer.width - 6))
            for (j, part) in wrapped.enumerated() {
                lines.append(Line([Segment((j == 0 ? (selected ? "▸ " : "• ") : "  ") + part,
                                           selected ? .selection : .warning, selected && j == 0 ? .bold : [])],
                                  anchor: selected && j == 0, fill: selected ? .selection : nil))
            }
        }
        if let failure = state.saveFailure {
            lines.append(.blank)
            lines += writer.paragraph("⚠ " + failure, .error, .bold)
            lines += writer.paragraph(tr("wizard.save.elsewhereHint", language), .hint)
        }
        lines.append(.blank)
        let saveSelected = state.listSelection >= problems.count
        lines.append(Line([Segment((saveSelected ? "▸ " : "  ") + tr("wizard.review.save", language),
                                   saveSelected ? .selection : .success, .bold)],
                          anchor: saveSelected, fill: saveSelected ? .selection : nil))
        return lines
    }

    // MARK: - Done

    static func doneLines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let language = state.language
        let reference = ReferenceData.shared
        var lines: [Line] = []
        // The date and the address first: what the student must act on.
        if let last = state.dossier.lastMailingDay {
            let (words, role) = deadlineWords(context.today.days(until: last), language)
            lines += writer.paragraph(tr("wizard.done.send", language, ["date": last.dayMonthYear]) + " (" + words + ")",
                                      role, .bold)
        } else {
            lines += writer.paragraph(tr("wizard.done.sendNoDate", language), .warning, .bold)
        }
        for address in reference.addressLines(language) {
            lines += writer.paragraph(address, .title, .bold, indent: 4)
        }
        lines.append(.blank)
        if let saved = state.saved {
            lines += writer.paragraph("✓ " + tr("wizard.done.saved", language), .success, .bold)
            lines += writer.paragraph(writer.isolatedLTR(saved.jsonPath), .normal, indent: 2)
            lines += writer.paragraph(tr("wizard.done.summary", language), .normal)
            lines += writer.paragraph(writer.isolatedLTR(saved.summaryPath), .normal, indent: 2)
        }
        lines.append(.blank)
        let contacts = reference.contacts
        lines += writer.paragraph(tr("wizard.done.follow", language,
                                     writer.isolatedLTR(["web": contacts.followUpWeb, "app": contacts.followUpApp])),
                                  .normal)
        lines += writer.paragraph(tr("wizard.done.account", language, writer.isolatedLTR(["account": contacts.account])),
                                  .normal)
        lines += writer.paragraph(tr("wizard.done.callCentre", language,
                                     writer.isolatedLTR(["phone": contacts.callCentre,
                                                         "email": contacts.callCentreEmail])), .hint)
        return lines
    }

    // MARK: - Overlays

    /// A setting and its value, wrapped: a narrow box shows all of it.
    static func settingsRow(_ text: String, selected: Bool, _ writer: ScreenWriter) -> [Line] {
        ScreenWriter.wrap(text, width: max(1, writer.width - 2 * writer.margin - 2)).enumerated().map { i, part in
            Line([Segment((selected && i == 0 ? "▸ " : "  ") + part, selected ? .selection : .label, .bold)],
                 fill: selected ? .selection : nil)
        }
    }

    static func drawOverlay(_ overlay: Overlay, _ state: WizardState, _ writer: ScreenWriter,
                            _ context: WizardContext, _ frame: inout Frame, top: Int, height: Int) {
        let language = state.language
        let boxWidth = min(writer.width - 2, 64)
        let inner = ScreenWriter(language: language, width: boxWidth - 2, margin: 1, bidi: state.bidi)
        var title = ""
        var content: [Line] = []
        switch overlay {
        case .help(let key):
            title = tr("wizard.help.title", language)
            content = inner.paragraph(tr(key, language))
            content.append(.blank)
            content += inner.paragraph(tr("wizard.help.close", language), .hint)
        case .quit:
            title = tr("wizard.quit.title", language)
            content = inner.paragraph(tr("wizard.quit.question", language))
            content.append(.blank)
            content += inner.paragraph(tr("wizard.quit.keep", language), .normal, .bold)
            content += inner.paragraph(tr("wizard.quit.discard", language), .normal, .bold)
            content += inner.paragraph(tr("wizard.quit.stay", language), .hint)
        case .removeEntry(let index):
            title = tr("wizard.remove.title", language)
            let summaries = entrySummaries(state.step, state.dossier, language)
            let name = summaries.indices.contains(index) ? summaries[index] : ""
            content = inner.paragraph(tr("wizard.remove.question", language, ["entry": name]))
            content += inner.paragraph(tr("wizard.confirm.keys", language), .hint)
        case .saveIncomplete(let count):
            title = tr("wizard.saveIncomplete.title", language)
            content = inner.paragraph(tr("wizard.saveIncomplete.question", language, ["count": String(count)]))
            let problems = reviewProblems(state, context)
            for problem in problems.prefix(max(1, height - 6)) {
                content += inner.paragraph("• " + problemText(problem, language), .warning)
            }
            content += inner.paragraph(tr("wizard.confirm.keys", language), .hint)
        case .settings(let row):
            title = tr("wizard.settings.title", language)
            content = settingsRow(tr("wizard.settings.language", language), selected: row == 0, inner)
            // One language a line: a line mixing French and Arabic names
            // with their marks cannot be reordered into a readable whole.
            for (i, l) in Language.allCases.enumerated() {
                let inUse = l == language
                let name = inner.isolatedLTR(tr("wizard.language.\(l.rawValue)", language))
                content.append(Line([Segment("    "), Segment((inUse ? "(•) " : "( ) ") + "\(i + 1) " + name,
                                                            row == 0 && inUse ? .selection : .normal,
                                                            inUse ? .bold : [])]))
            }
            content.append(.blank)
            content += settingsRow(tr("wizard.settings.bidi", language) + " "
                                   + tr("wizard.settings.bidi.\(state.bidi.rawValue)", language), selected: row == 1, inner)
            content += inner.paragraph(tr("wizard.settings.bidi.help", language), .hint, indent: 2)
            content.append(.blank)
            content += inner.paragraph(inner.isolatedKeyNames(tr("wizard.settings.keys", language)), .hint)
        case .bidiCheck(let choice):
            title = tr("wizard.bidiCheck.title", language)
            content = inner.paragraph(tr("wizard.bidiCheck.question", language))
            content.append(.blank)
            // The sample is sent both ways whatever the current mode: these
            // two lines are never reordered again.
            let sample = tr("wizard.bidiCheck.sample", .ar)
            for (i, shown) in [BidiText.visual(sample, rightToLeft: true), sample].enumerated() {
                let selected = i == choice
                var line = Line([Segment((selected ? "▸ " : "  ") + "\(i + 1)    ", selected ? .selection : .normal, .bold),
                                 Segment(shown, selected ? .selection : .normal, .bold)],
                                fill: selected ? .selection : nil)
                line.preordered = true
                content.append(line)
            }
            content.append(.blank)
            content += inner.paragraph(inner.isolatedKeyNames(tr("wizard.bidiCheck.keys", language)), .hint)
        case .saveElsewhere, .resumeByCNIE:
            let elsewhere = overlay == .saveElsewhere
            title = tr(elsewhere ? "wizard.saveElsewhere.title" : "wizard.kiosk.resumeTitle", language)
            content = inner.paragraph(tr(elsewhere ? "wizard.saveElsewhere.question" : "wizard.kiosk.cnieQuestion",
                                         language))
            let boxWidth = max(4, inner.width - 2 * inner.margin - 2)
            let textWidth = inner.textWidth(boxWidth: boxWidth)
            let (shown, _) = state.prompt.visible(width: textWidth)
            let (padded, cells) = inner.textBox(shown, cursor: state.prompt.cursor - state.prompt.visibleStart(width: textWidth),
                                                boxWidth: boxWidth)
            content.append(Line([Segment("["), Segment(padded, .inputFocused, .underline), Segment("]")],
                                cursor: (1, cells)))
            if let note = state.inputNote, note.path == promptPath {
                content += inner.paragraph("⚠ " + tr(note.notice.key, language, note.notice.arguments), .error)
            }
            content += inner.paragraph(tr("wizard.prompt.keys", language), .hint)
        }
        // A small screen (40×12): the blank lines go first, then the box
        // may cover the status lines too, so that every choice it asks
        // about ("press 1 or 2") is on screen.
        var top = top
        var height = height
        if content.count > height - 2 { content.removeAll { $0 == .blank } }
        if content.count > height - 2 {
            top = 0
            height = frame.height
            // Nothing of the screen behind shows round the box (a stray ▲).
            for row in 0..<frame.height { frame.fill(row: row, from: 0, count: frame.width, role: .normal) }
        }
        let shown = Array(content.prefix(max(1, height - 2)))
        let boxHeight = shown.count + 2
        let left = (writer.width - boxWidth) / 2
        let boxTop = top + max(0, (height - boxHeight) / 2)
        let horizontal = String(repeating: "─", count: max(0, boxWidth - 2))
        frame.fill(row: boxTop, from: left, count: boxWidth, role: .title)
        frame.put("┌" + horizontal + "┐", row: boxTop, column: left, role: .title)
        let titleText = inner.visualOrder(" " + title + " ")
        let titleColumn = inner.mirrored ? left + max(2, boxWidth - 2 - DisplayWidth.of(titleText)) : left + 2
        frame.put(titleText, row: boxTop, column: titleColumn, role: .title, attributes: .bold,
                  maxWidth: boxWidth - 4)
        for (i, line) in shown.enumerated() {
            let row = boxTop + 1 + i
            frame.fill(row: row, from: left, count: boxWidth, role: .normal)
            frame.put("│", row: row, column: left, role: .title)
            frame.put("│", row: row, column: left + boxWidth - 1, role: .title)
            var sub = Frame(width: boxWidth - 2, height: 1)
            if let column = inner.draw(line, row: 0, into: &sub) {
                frame.cursor = (row, left + 1 + column)
            }
            for column in 0..<(boxWidth - 2) { frame[row, left + 1 + column] = sub[0, column] }
        }
        frame.put("└" + horizontal + "┘", row: boxTop + boxHeight - 1, column: left, role: .title)
    }
}
