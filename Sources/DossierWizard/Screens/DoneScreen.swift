import DossierCore

/// Screen 12: the dossier is saved. By when and where to send it first,
/// then where the files are and how to follow the dossier.
enum DoneScreen {
    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        // Scrolling stops at the last line, so Up answers at once however
        // many times Down was pressed.
        let last = context.viewport?.maxStart ?? Int.max
        let scroll: Int
        if case .line(let line) = s.scroll { scroll = min(max(0, line), last) } else { scroll = 0 }
        if s.saved != nil, let question = FollowUpOverlay.first(for: key) {
            FollowUpOverlay.open(question, &s)
            return nil
        }
        switch key {
        case .enter where s.kiosk, .character("n") where s.kiosk, .character("N") where s.kiosk:
            // The next student: a clean screen, no scrollback, no draft,
            // no undo history leading back into this dossier.
            s = Wizard.freshStart(s, context)
            effects += [.deleteDraft, .clearScreen]
        case .enter, .character("q"), .character("Q"):
            effects.append(.quit)
        case .character("n"), .character("N"):
            s = Wizard.freshStart(s, context)
            Navigation.enter(.eligibility, &s, context)
        case .escape where s.kiosk:
            // A dead end at a kiosk: the next person must not reach the
            // saved dossier's Review.
            break
        case .escape:
            Wizard.apply(.back, &s, &effects, context)
        case .down:
            s.scroll = .line(min(last, scroll + 1))
        case .up:
            s.scroll = .line(max(0, scroll - 1))
        case .pageDown:
            s.scroll = .line(min(last, scroll + ReviewScreen.pageSize))
        case .pageUp:
            s.scroll = .line(max(0, scroll - ReviewScreen.pageSize))
        case .home:
            s.scroll = .line(0)
        default:
            break
        }
        return nil
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
            let (daysLeft, role) = WizardView.deadlineWords(context.today.days(until: last), words)
            out.append(Paragraph(words("wizard.done.send", ["date": last.dayMonthYear]) + " (" + daysLeft + ")", role, .bold))
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
            out.append(Paragraph(words("wizard.done.summary"), .normal))
            out.append(Paragraph(writer.isolatedLTR(saved.summaryPath), .normal, indent: 2))
            out.append(Paragraph(words("summary.print", writer.isolatedLTR(["command": printCommand(saved.summaryPath)])),
                                 .hint, indent: 2))
        }
        out.append(Paragraph(""))
        let contacts = mailing.contacts
        out.append(Paragraph(words("wizard.done.follow",
                                   writer.isolatedLTR(["web": contacts.followUpWeb, "app": contacts.followUpApp]))))
        out.append(Paragraph(words("wizard.done.account", writer.isolatedLTR(["account": contacts.account]))))
        if state.saved != nil { out.append(Paragraph(words("wizard.done.recordKeys"), .hint)) }
        out.append(Paragraph(words("wizard.done.callCentre", writer.isolatedLTR(["phone": contacts.callCentre,
                                                                                "email": contacts.callCentreEmail])),
                             .hint))
        return out
    }

    /// The command that prints the summary, as the person can copy it.
    static func printCommand(_ summaryPath: String) -> String {
        "lp " + ShellWord.quoted(summaryPath)
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
        contents(state, context, writer).flatMap { $0.text.isEmpty ? [Line.blank] : writer.lines($0) }
    }
}
