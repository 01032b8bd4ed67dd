import DossierCore
import FoundationEssentials

/// The questions a screen asks by its layout: add an entry? this original
/// in the envelope? save? — and what the Done screen says.
extension PlainWizard {
    /// A care screen: "Add a doctor?" until the answer is no. Enter alone
    /// picks nothing: adding or not is the student's decision. A line's
    /// number opens it (at the field it still lacks); a new line may
    /// start as a copy of the last one.
    mutating func askEntries(_ kind: CareKind) -> Move {
        let rows = CareListScreen.rows(kind, state.dossier, words, context.rules(for: state.dossier), today: context.today)
        if !rows.isEmpty {
            say(words("plain.entries.list"))
            for (i, row) in rows.enumerated() { say("\(i + 1). " + ([row.name] + row.details).joined(separator: " · ")) }
        }
        let question = words((rows.isEmpty ? "plain.entries.add." : "plain.entries.addAnother.") + kind.rawValue)
        let format = rows.isEmpty ? yesNoFormat : words("plain.entries.format", ["yesNo": yesNoFormat])
        let reply = read(prompt(question, format: format, current: nil))
        if let move = common(reply, help: words(Step.care(kind).introKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        let trimmed = typed.trimmingSpaces
        // As on the Review, a number names a line before it means yes or no.
        if let n = PlainInput.number(trimmed), rows.indices.contains(n - 1) {
            send(.openEntry(n - 1))
            return .next
        }
        guard let value = trimmed.isEmpty ? nil : PlainInput.yesNo(trimmed) else {
            say(words(trimmed.isEmpty ? "plain.entries.required" : "plain.error.yesNo"))
            return .next
        }
        guard value, let last = rows.last else {
            send(value ? .addEntry : .finishList)
            return .next
        }
        return askCopy(of: last.name)
    }

    /// A new line after others: a copy of the last one (who gave the care),
    /// or an empty one. Enter alone is an empty one.
    mutating func askCopy(of name: String) -> Move {
        while true {
            let reply = read(prompt(words("plain.entries.copy", ["entry": name]), format: yesNoFormat,
                                    current: yesNoWord(false)), answering: "entries.copy")
            // Back is the question before: add a line or not.
            if case .back = reply { return .next }
            if let move = common(reply, help: words("plain.entries.copy", ["entry": name])) { return move }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingSpaces
            guard let copy = trimmed.isEmpty ? false : PlainInput.yesNo(trimmed) else {
                say(words("plain.error.yesNo"))
                continue
            }
            send(copy ? .copyLastEntry : .addEntry)
            return .next
        }
    }

    /// Each required original, with what it must show: in the envelope?
    mutating func askOriginal() -> Move {
        let documents = RequiredOriginals.documents(for: state.dossier)
        let index = state.list(.originals).selected
        guard documents.indices.contains(index) else {
            send(.accept)
            return .next
        }
        let document = documents[index]
        let question = words("plain.original.question", ["document": OriginalsScreen.documentText(document, words)])
        let reply = read(prompt(question, format: yesNoFormat, current: yesNoWord(state.dossier.originals[document])))
        if let move = common(reply, help: words("wizard.help.originals")) { return move }
        guard case .answer(let typed) = reply else { return .next }
        if !typed.trimmingSpaces.isEmpty {
            guard let value = PlainInput.yesNo(typed) else {
                say(words("plain.error.yesNo"))
                return .next
            }
            send(.setChecked(value))
        }
        // Sent here by the Review for this one original: back to it at once.
        send(index + 1 < documents.count && state.reviewReturn == nil ? .selectRow(index + 1) : .accept)
        return .next
    }

    // MARK: - Review, save, done

    /// The whole dossier as the Review shows it, then its problems; a
    /// number goes to a problem's field (and back here once it is fixed).
    mutating func askReview() -> Move {
        say(ReviewScreen.contents(state, context, writer))
        let problems = ReviewScreen.problems(state, context)
        let errors = problems.errors
        let question: String
        if errors.isEmpty {
            say(words("wizard.review.complete"))
            question = words("plain.review.save")
        } else {
            say(words("plain.review.problems", ["count": String(errors.count)]))
            question = words("wizard.saveIncomplete.question", ["count": String(errors.count)])
        }
        // Numbered on from the errors, so that one number picks either.
        for (i, problem) in problems.enumerated() {
            if i == errors.count { say(words("plain.review.warnings", ["count": String(problems.count - errors.count)])) }
            say("\(i + 1). " + ReviewScreen.problemText(problem, words))
        }
        // The screens follow, numbered on: a complete dossier reopened to
        // change one field goes straight to its screen and back here.
        let sections = ReviewScreen.sections(state, context)
        say(words("plain.review.sections"))
        for (i, step) in sections.enumerated() { say("\(problems.count + i + 1). " + words(step.titleKey)) }
        let rows = problems.count + sections.count
        let format = words("plain.review.format", ["yesNo": yesNoFormat])
        while true {
            let reply = read(prompt(question, format: format, current: nil))
            if let move = common(reply, help: words("plain.help.review")) { return move }
            guard case .answer(let typed) = reply else { continue }
            if let n = PlainInput.number(typed), n >= 1, n <= problems.count {
                send(.jumpToProblem(n - 1))
                return .next
            }
            if let n = PlainInput.number(typed), n > problems.count, n <= rows {
                send(.changeSection(sections[n - problems.count - 1]))
                return .next
            }
            switch PlainInput.yesNo(typed) {
            case true?:
                return save()
            case false?:
                say(words(problems.isEmpty ? "plain.review.notSavedComplete" : "plain.review.notSaved"))
            case nil:
                say(words("plain.review.error", ["count": String(rows)]))
            }
        }
    }

    mutating func save() -> Move {
        send(.save)
        if state.overlay != nil { send(.confirm(true)) }
        if let failure = state.saveFailure {
            say(words("plain.saveFailed", ["reason": failure]))
            session.saveDraftNow()
            return .end(.writeFailed)
        }
        return .next
    }

    mutating func done(_ saved: SavedDossier) -> PlainOutcome {
        announce()
        say(words("wizard.done.saved") + " " + saved.jsonPath)
        say(words("wizard.done.summary") + " " + saved.summaryPath)
        say(words("summary.print", ["command": EnvelopeSummary.printCommand(saved.summaryPath)]))
        say("")
        write(EnvelopeSummary.text(for: state.dossier, language: language, context: context.core))
        say("")
        say(DoneScreen.contents(state, context, writer).prefix { !$0.text.isEmpty })
        askFollowUp()
        return .saved(state.saved ?? saved)
    }
}

extension PlainWizard {
    /// After saving: what happened next, with the Done screen's choices
    /// and letters (m mailed, p reimbursed, x returned; `FollowUpOverlay`),
    /// asked again after each record until an empty line; the questions
    /// and the checks are the Done screen's (`FollowUpQuestion`,
    /// `AfterMailing`), so both front-ends can record the same things.
    mutating func askFollowUp() {
        while true {
            let label = words("plain.followUp.choice")
            guard case .answer(let text) = read(prompt(label, format: words("plain.followUp.format"), current: nil)) else { return }
            let typed = text.trimmingSpaces
            if typed.isEmpty { return }
            guard typed.count == 1, let letter = typed.first, let first = FollowUpOverlay.first(for: .character(letter)) else {
                say(words("plain.followUp.error"))
                continue
            }
            if let problem = FollowUpOverlay.refusal(opening: first, in: state.dossier) {
                say(words.message(problem))
                continue
            }
            guard askFollowUp(from: first) else { return }
        }
    }

    /// One record, from its day question; false when the input ended.
    mutating func askFollowUp(from first: FollowUpQuestion) -> Bool {
        var question = first
        while true {
            guard case .answer(let text) = read(prompt(words(question.key), format: nil, current: nil)) else { return false }
            // An empty day: nothing recorded, back to the choice.
            if question == first && text.trimmingSpaces.isEmpty { return true }
            switch question.answer(text) {
            case .failure(let problem):
                say(words.message(problem))
            case .success(.ask(let next)):
                question = next
            case .success(.record(let change)):
                switch session.recordFollowUp(change) {
                case .failure(let refusal):
                    say(refusal.errors.map(words.message).joined(separator: " "))
                    question = first
                case .success:
                    // The warnings (sent late) are in the Done screen's words.
                    if let notice = state.notice { say(words(notice.key, notice.arguments)) }
                    say(DoneScreen.contents(state, context, writer).prefix { !$0.text.isEmpty })
                    return true
                }
            }
        }
    }
}

extension PlainWizard {
    /// `amo-dossier open FILE --plain`: the questions start at the review
    /// of that saved dossier. False when it cannot be opened
    /// (`session.openFailure` says why).
    public mutating func openSaved(path: String) -> Bool {
        session.openSaved(path: path)
    }
}
