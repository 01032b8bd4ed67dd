import DossierCore

/// Screen 11: the whole dossier, its problems (each a row that leads to its
/// field), its screens (each a row that leads to it, to change a complete
/// dossier without going through every screen) and the save row. Its state is the problems' `ListState` and the
/// body's scroll.
enum ReviewScreen {
    static let pageSize = 8

    /// What keeps the dossier from being complete, then what is worth
    /// fixing, as `check` would say: one row each, errors first.
    static func problems(_ s: WizardState, _ context: WizardContext) -> [Problem] {
        problemMemo.value(for: DossierJudgement(s.dossier, context.core)) {
            DossierValidator.problems(in: s.dossier, context: context.core).errorsFirst
        }
    }

    /// The problems of the dossier last judged, and the summary last laid
    /// out: a move in the review changes neither (see `Memo`).
    static let problemMemo = Memo<DossierJudgement, [Problem]>()
    static let summaryMemo = Memo<ReviewLayout, [Line]>()

    /// The screens the Review lists to change, in their order: those of
    /// this sheet, between the eligibility and the Review. An officer
    /// fixing one field of a complete reopened dossier pressed Esc four
    /// times, then Enter through every screen.
    static func sections(_ s: WizardState, _ context: WizardContext) -> [Step] {
        let rules = context.rules(for: s.dossier)
        return Step.allCases.filter { step in
            switch step {
            case .welcome, .review, .done: false
            case .eligibility, .careSheet, .student, .treatment, .care, .originals: step.applies(to: s.dossier, rules: rules)
            }
        }
    }

    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        let problems = problems(s, context)
        let sections = sections(s, context)
        // The rows: the problems, "Save", then the screens to change (after
        // Save, so that at 80×24 the total and Save stay in sight).
        let saveRow = problems.count
        let lastRow = saveRow + sections.count
        var list = s.list(.review)
        let viewport = context.viewport
        let start = viewport?.start ?? 0
        let maxStart = viewport?.maxStart ?? Int.max
        func scrolled(by delta: Int) -> BodyScroll {
            let from: Int
            if case .line(let line) = s.scroll { from = line } else { from = start }
            return .line(min(maxStart, max(0, from + delta)))
        }
        switch key {
        case .escape:
            Wizard.apply(.back, &s, &effects, context)
        // Where the selection cannot move further (the last screen to
        // change, or the first row), the arrows scroll the Review instead.
        case .up where list.selected == 0:
            s.scroll = .line(max(0, start - 1))
        case .down where list.selected >= lastRow:
            s.scroll = .line(min(maxStart, start + 1))
        case .up, .backTab:
            list.move(-1, count: lastRow + 1)
            s.setList(.review, list)
            s.scroll = .followFocus
        case .down, .tab:
            list.move(1, count: lastRow + 1)
            s.setList(.review, list)
            s.scroll = .followFocus
        case .pageUp:
            s.scroll = scrolled(by: -pageSize)
        case .pageDown:
            s.scroll = scrolled(by: pageSize)
        case .home:
            s.scroll = .line(0)
        case .end:
            s.setList(.review, ListState(selected: saveRow))
            s.scroll = .followFocus
        case .character("?"), .character("؟"):
            s.overlay = .help(key: "wizard.help.screen.review")
        case .enter:
            if list.selected < saveRow {
                Wizard.apply(.jumpToProblem(list.selected), &s, &effects, context)
            } else if list.selected == saveRow {
                Wizard.apply(.save, &s, &effects, context)
            } else {
                Wizard.apply(.changeSection(sections[list.selected - saveRow - 1]), &s, &effects, context)
            }
        default:
            break
        }
        return nil
    }

    /// Only errors ask "save with problems?": warnings never stand in the way.
    static func requestSave(_ s: inout WizardState, _ effects: inout [WizardEffect], _ context: WizardContext) {
        let errors = problems(s, context).errors
        if errors.isEmpty {
            effects.append(.saveDossier)
        } else {
            s.overlay = .saveIncomplete(problemCount: errors.count)
        }
    }

    /// "Médecin 2 — INPE : …": which field a problem is about, in words.
    static func problemText(_ problem: Problem, _ words: Words) -> String {
        ProblemWording.text(problem, words)
    }

    /// The dossier as the review reads it, section by section: what the
    /// plain mode reads aloud too. Values are isolated the way `writer`
    /// lays out Arabic.
    static func contents(_ state: WizardState, _ context: WizardContext, _ writer: ScreenWriter) -> [Paragraph] {
        let words = context.words(state)
        let rules = context.rules(for: state.dossier)
        let d = state.dossier
        var out: [Paragraph] = []
        func heading(_ key: String) { out.append(Paragraph(words(key), .title, .bold)) }
        func item(_ field: Field) {
            guard field.applies(to: d), let value = field.reviewText(in: d, entry: nil, words: words, rules: rules) else {
                return
            }
            out.append(Paragraph(words("wizard.label.colon", ["label": words(field.labelKey)])
                                 + writer.isolatedLTR(value), .normal, indent: 2))
        }
        heading("wizard.review.student")
        FieldRegistry.dossierFields.filter { $0.section == .student }.forEach(item)
        heading("wizard.review.sheet")
        var sheet = words("wizard.sheet.\(d.sheet.rawValue).name")
        if let disease = FieldRegistry.field(id: "chronicDisease"), disease.applies(to: d),
           let value = disease.displayValue(in: d, entry: nil, words: words, rules: rules) {
            sheet += " — " + value
        }
        out.append(Paragraph(sheet, .normal, indent: 2))
        // The disease is on the sheet's line; the sheet's other fields follow it.
        FieldRegistry.dossierFields.filter { $0.section == .sheet && $0.kind != .disease }.forEach(item)
        FieldRegistry.dossierFields.filter { $0.section == .treatment }.forEach(item)
        heading("wizard.review.care")
        var anyCare = false
        for kind in CareKind.allCases {
            for (i, summary) in CareListScreen.summaries(kind, d, words, rules).enumerated() {
                anyCare = true
                out.append(Paragraph(words("wizard.label.colon", ["label": ProblemWording.entryName(kind, i, words)]) + summary,
                                     .normal, indent: 2))
            }
        }
        if !anyCare { out.append(Paragraph(words("wizard.review.noCare"), .warning, indent: 2)) }
        out.append(Paragraph(words("wizard.review.total", ["amount": d.total.formatted(state.language)]), .normal, .bold))
        if let mailing = d.mailing {
            out += DoneScreen.followUp(mailing, state, words, context)
        } else if let deadline = context.core.mailingDeadline(of: d) {
            let (daysLeft, role) = WizardView.deadlineWords(deadline.daysLeft(today: context.today), words)
            out.append(Paragraph(words("wizard.deadline.lastDay", ["date": deadline.lastMailingDay.dayMonthYear])
                                 + " — " + daysLeft, role, .bold))
        } else {
            out.append(Paragraph(words("wizard.deadline.waiting"), .warning))
        }
        let documents = RequiredOriginals.documents(for: d)
        if !documents.isEmpty {
            heading("wizard.review.originals")
            for document in documents {
                out.append(Paragraph((d.originals[document] ? "[x] " : "[ ] ") + OriginalsScreen.documentText(document, words),
                                     .normal, indent: 2))
            }
        }
        return out
    }

    static func lines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let words = context.words(state)
        var lines = summaryMemo.value(for: ReviewLayout(state, context, writer)) {
            contents(state, context, writer).flatMap { writer.lines($0) }
        }
        lines.append(.blank)
        let problems = problems(state, context)
        let errorCount = problems.errors.count
        if errorCount == 0 {
            lines += writer.paragraph("✓ " + words("wizard.review.complete"), .success, .bold)
        } else {
            lines += writer.paragraph(words("wizard.review.problems", ["count": String(errorCount)]), .error, .bold)
        }
        let selectedRow = state.list(.review).selected
        for (i, problem) in problems.enumerated() {
            // The warnings under a heading of their own, after the errors.
            if i == errorCount {
                if errorCount > 0 { lines.append(.blank) }
                lines += writer.paragraph(words("wizard.review.warnings", ["count": String(problems.count - errorCount)]),
                                          .warning, .bold)
            }
            let selected = i == selectedRow
            let wrapped = ScreenWriter.wrap(problemText(problem, words), width: max(1, writer.width - 6))
            for (j, part) in wrapped.enumerated() {
                lines.append(Line([Segment((j == 0 ? (selected ? SelectionMark.selected : "• ") : "  ") + part,
                                           selected ? .selection : .warning, selected && j == 0 ? .bold : [])],
                                  anchor: selected && j == 0, fill: selected ? .selection : nil))
            }
        }
        if let failure = state.saveFailure {
            lines.append(.blank)
            lines += writer.paragraph("⚠ " + failure, .error, .bold)
            lines += writer.paragraph(words("wizard.save.elsewhereHint"), .hint)
        }
        lines.append(.blank)
        let saveSelected = selectedRow == problems.count
        lines.append(Line([Segment(SelectionMark.mark(saveSelected) + words("wizard.review.save"),
                                   saveSelected ? .selection : .success, .bold)],
                          anchor: saveSelected, fill: saveSelected ? .selection : nil))
        let sections = sections(state, context)
        lines.append(.blank)
        lines += writer.paragraph(words("wizard.review.sections"), .title, .bold)
        for (i, step) in sections.enumerated() {
            let selected = problems.count + 1 + i == selectedRow
            lines.append(Line([Segment(SelectionMark.mark(selected) + words(step.titleKey),
                                       selected ? .selection : .normal, selected ? .bold : [])],
                              anchor: selected, fill: selected ? .selection : nil))
        }
        return lines
    }
}
