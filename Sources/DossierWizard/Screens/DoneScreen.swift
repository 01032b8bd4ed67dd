import DossierCore

/// Screen 12: the dossier is saved. By when and where to send it first,
/// then where the files are and how to follow the dossier.
enum DoneScreen {
    /// What can be done from here. Each has its letter key, and each is
    /// also a button reached with the arrows and Enter: a phone's keyboard
    /// or an Arabic layout may have no M, P or X at hand.
    enum Action: Equatable, Sendable {
        case quit, newDossier, nextStudent
        case recordMailing, recordReimbursement, recordReturn
    }

    static func actions(_ s: WizardState) -> [Action] {
        // At a kiosk the only way on is the next student.
        if s.kiosk { return [.nextStudent] }
        var actions: [Action] = [.quit, .newDossier]
        if s.saved != nil { actions += [.recordMailing, .recordReimbursement, .recordReturn] }
        return actions
    }

    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        // Scrolling stops at the last line, so PgUp answers at once however
        // many times PgDn was pressed.
        let last = context.viewport?.maxStart ?? Int.max
        let scroll: Int
        if case .line(let line) = s.scroll { scroll = min(max(0, line), last) } else { scroll = context.viewport?.start ?? 0 }
        if s.saved != nil, !s.kiosk, let question = FollowUpOverlay.first(for: key) {
            FollowUpOverlay.start(question, &s)
            return nil
        }
        let actions = actions(s)
        var list = s.list(.done)
        let letter = ArabicLayout.letter(key)
        switch key {
        case .enter:
            perform(actions[min(max(0, list.selected), actions.count - 1)], &s, &effects, context)
        case _ where letter == "n":
            perform(s.kiosk ? .nextStudent : .newDossier, &s, &effects, context)
        case _ where letter == "q" && !s.kiosk:
            perform(.quit, &s, &effects, context)
        case .escape where s.kiosk:
            // A dead end at a kiosk: the next person must not reach the
            // saved dossier's Review.
            break
        case .escape:
            Wizard.apply(.back, &s, &effects, context)
        case .down, .right, .tab:
            list.move(1, count: actions.count)
            s.setList(.done, list)
            s.scroll = .followFocus
        case .up, .left, .backTab:
            list.move(-1, count: actions.count)
            s.setList(.done, list)
            s.scroll = .followFocus
        case .pageDown:
            s.scroll = .line(min(last, scroll + ReviewScreen.pageSize))
        case .pageUp:
            s.scroll = .line(max(0, scroll - ReviewScreen.pageSize))
        case .home:
            s.scroll = .line(0)
        case .end:
            s.scroll = .line(last == Int.max ? 0 : last)
        default:
            break
        }
        return nil
    }

    static func perform(_ action: Action, _ s: inout WizardState, _ effects: inout [WizardEffect],
                        _ context: WizardContext) {
        switch action {
        case .quit:
            effects.append(.quit)
        case .newDossier:
            s = Wizard.freshStart(s, context)
            Navigation.enter(.eligibility, &s, context)
        case .nextStudent:
            // The next student: a clean screen, no scrollback, no draft,
            // no undo history leading back into this dossier.
            s = Wizard.freshStart(s, context)
            effects += [.deleteDraft, .clearScreen]
        case .recordMailing: FollowUpOverlay.start(.mailedOn, &s)
        case .recordReimbursement: FollowUpOverlay.start(.reimbursedOn, &s)
        case .recordReturn: FollowUpOverlay.start(.returnedOn, &s)
        }
    }

    static func actionText(_ action: Action, _ words: Words) -> String {
        switch action {
        case .quit: words("wizard.done.action.quit")
        case .newDossier: words("wizard.done.action.new")
        case .nextStudent: words("wizard.done.action.nextStudent")
        case .recordMailing: words("wizard.done.action.mailed")
        case .recordReimbursement: words("wizard.done.action.reimbursed")
        case .recordReturn: words("wizard.done.action.returned")
        }
    }

    /// The buttons, as many on a line as fit, "> " before the selected one
    /// (and the cursor on it): words a screen reader says, not only a colour.
    static func actionLines(_ state: WizardState, _ writer: ScreenWriter, _ words: Words) -> [Line] {
        let actions = actions(state)
        let selected = min(max(0, state.list(.done).selected), actions.count - 1)
        let room = writer.width - 2 * writer.margin
        var lines: [Line] = []
        var segments: [Segment] = []
        var used = 0
        var cursor: (segment: Int, cells: Int)?
        func flush() {
            guard !segments.isEmpty else { return }
            lines.append(Line(segments, anchor: cursor != nil, cursor: cursor))
            segments = []
            used = 0
            cursor = nil
        }
        for (i, action) in actions.enumerated() {
            let isSelected = i == selected
            let text = SelectionMark.mark(isSelected) + "[ " + actionText(action, words) + " ]"
            let width = DisplayWidth.of(text) + (segments.isEmpty ? 0 : 1)
            if used + width > room { flush() }
            if !segments.isEmpty { segments.append(Segment(" ")) }
            if isSelected { cursor = (segments.count, 0) }
            segments.append(Segment(text, isSelected ? .selection : .normal, isSelected ? .bold : []))
            used += DisplayWidth.of(text) + (segments.count > 1 ? 1 : 0)
        }
        flush()
        return lines
    }

    /// What the Done screen says, for both front-ends: the last day and
    /// the address first (what the student must act on), then the files,
    /// then how to follow the dossier.
    static func contents(_ state: WizardState, _ context: WizardContext, _ writer: ScreenWriter) -> [Paragraph] {
        let words = context.words(state)
        let mailing = context.core.mailingRules()
        var out: [Paragraph] = []
        if let mailing = state.dossier.mailing {
            // The envelope has gone: how long ago, and what came back.
            out += followUp(mailing, state, words, context)
        } else if let last = context.core.mailingDeadline(of: state.dossier)?.lastMailingDay {
            let left = context.today.days(until: last)
            if left < 0 {
                // Not "send it no later than" a day gone by.
                out.append(Paragraph(words("wizard.done.sendLate", ["date": last.dayMonthYear, "days": String(-left)]),
                                     .error, .bold))
            } else {
                let (daysLeft, role) = WizardView.deadlineWords(left, words)
                out.append(Paragraph(words("wizard.done.send", ["date": last.dayMonthYear, "daysLeft": daysLeft]), role, .bold))
            }
        } else {
            out.append(Paragraph(words("wizard.done.sendNoDate"), .warning, .bold))
        }
        if state.dossier.mailing == nil {
            for address in mailing.addressLines(state.language) {
                out.append(Paragraph(address, .title, .bold, indent: 4))
            }
            if let notice = mailing.notice {
                out.append(Paragraph("⚠ " + notice.text(state.language), .warning))
            }
        }
        out.append(Paragraph(""))
        if let saved = state.saved {
            out.append(Paragraph("✓ " + words("wizard.done.saved"), .success, .bold))
            out.append(Paragraph(writer.isolatedLTR(saved.jsonPath), .normal, indent: 2))
            // The summary's path once, inside the command that prints it.
            out.append(Paragraph(words("wizard.done.summaryPrint"), .normal))
            out.append(Paragraph(writer.isolatedLTR(EnvelopeSummary.printCommand(saved.summaryPath)), .normal, indent: 2))
        }
        out.append(Paragraph(""))
        let contacts = mailing.contacts
        out.append(Paragraph(words("wizard.done.follow",
                                   writer.isolatedLTR(["web": contacts.followUpWeb, "app": contacts.followUpApp]))))
        out.append(Paragraph(words("wizard.done.account", writer.isolatedLTR(["account": contacts.account]))))
        out.append(Paragraph(words("wizard.done.callCentre", writer.isolatedLTR(["phone": contacts.callCentre,
                                                                                "email": contacts.callCentreEmail])),
                             .hint))
        return out
    }

    /// After mailing: the day and the days since, the registered-mail
    /// number, what to expect, and the fund's answer once recorded.
    static func followUp(_ mailing: Mailing, _ state: WizardState, _ words: Words,
                         _ context: WizardContext) -> [Paragraph] {
        var out = [Paragraph(words("wizard.done.mailedSince", ["date": mailing.mailedOn.dayMonthYear,
                                                              "days": String(mailing.daysSince(today: context.today))]),
                             .success, .bold)]
        if let tracking = mailing.trackingNumber {
            out.append(Paragraph(words("wizard.done.tracking", ["tracking": tracking]), .normal, indent: 2))
        }
        // Sent late stays said, not only in the notice of the moment.
        for problem in AfterMailing.problems(in: state.dossier, context: context.core) where !problem.isError {
            out.append(Paragraph("⚠ " + words.message(problem), .warning))
        }
        switch state.dossier.outcome {
        case .reimbursed(let on, let amount)?:
            out.append(Paragraph(words("wizard.done.reimbursed", ["date": on.dayMonthYear,
                                                                 "amount": amount.formatted(state.language)]), .success, .bold))
        case .returned(let on, let reason)?:
            let text = reason.map { words("wizard.done.returnedReason", TerminalText.visible(["date": on.dayMonthYear, "reason": $0])) }
                ?? words("wizard.done.returned", ["date": on.dayMonthYear])
            out.append(Paragraph(text, .warning, .bold))
        case nil:
            out.append(Paragraph(words("wizard.done.expect")))
        }
        return out
    }

    static func lines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let paragraphs = contents(state, context, writer)
        // The actions come after the files and how to follow the dossier,
        // before the call centre's line.
        let before = paragraphs.dropLast()
        return before.flatMap { $0.text.isEmpty ? [Line.blank] : writer.lines($0) }
            + [.blank] + actionLines(state, writer, context.words(state)) + [.blank]
            + paragraphs.suffix(1).flatMap { writer.lines($0) }
    }
}
