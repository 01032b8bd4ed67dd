import DossierCore

/// The Done screen's questions of what happened next (mailed, reimbursed,
/// returned): one line each, checked as it is answered; what is recorded
/// is judged by `AfterMailing`, as `amo-dossier mailed` judges it, and the
/// saved file is written again.
enum FollowUpOverlay {
    /// The Done screen's keys that open the first question.
    static func first(for key: Key) -> FollowUpQuestion? {
        switch ArabicLayout.letter(key) {
        case "m": return .mailedOn
        case "p": return .reimbursedOn
        case "x": return .returnedOn
        default: return nil
        }
    }

    /// Why the first question cannot be asked yet: a reimbursement or a
    /// return follows a mailing. Asked anyway, the day and the amount were
    /// typed in vain before "record the mailing first".
    static func refusal(opening question: FollowUpQuestion, in dossier: Dossier) -> Problem? {
        switch question {
        case .mailedOn, .tracking: return nil
        case .reimbursedOn, .amount, .returnedOn, .reason:
            return dossier.mailing == nil ? Problem(code: "outcome.notMailed", path: "outcome") : nil
        }
    }

    /// Opens the first question, or says at once why it cannot be asked.
    static func start(_ question: FollowUpQuestion, _ s: inout WizardState) {
        if let problem = refusal(opening: question, in: s.dossier) {
            s.notice = note(problem)
        } else {
            open(question, &s)
        }
    }

    static func open(_ question: FollowUpQuestion, _ s: inout WizardState) {
        s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        s.overlay = .followUp(question)
    }

    static func handle(_ question: FollowUpQuestion, _ key: Key, _ s: inout WizardState,
                       _ effects: inout [WizardEffect], _ context: WizardContext) {
        guard key == .enter else {
            PromptOverlay.edit(key, &s)
            return
        }
        switch question.answer(s.prompt.text) {
        case .failure(let problem):
            s.inputNote = FieldNote(path: PromptOverlay.path, notice: note(problem))
        case .success(.ask(let next)):
            open(next, &s)
        case .success(.record(let change)):
            switch AfterMailing.recording(change, in: s.dossier, context: context.core) {
            case .failure(let refusal):
                // A day refused (before the first act, after today) is
                // asked again, as typed, with the reason beside it.
                let problem = refusal.errors[0]
                if problem.path == "mailing.mailedOn" || problem.path == "outcome.on", let day = question.day.answered {
                    open(question.day.question, &s)
                    s.prompt = TextInput(text: day.dayMonthYear, cursor: day.dayMonthYear.count, maxLength: WizardState.promptLimit)
                }
                s.inputNote = FieldNote(path: PromptOverlay.path, notice: note(problem))
            case .success(let done):
                s.dossier = done.dossier
                s.overlay = nil
                s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
                // A warning (sent late) stays on the screen's body.
                s.notice = Notice("wizard.followUp.saved", kind: .success)
                effects.append(.rewriteSaved)
            }
        }
    }

    /// A problem as the words beside the field, its values made visible.
    static func note(_ problem: Problem) -> Notice {
        Notice("problem." + problem.code, TerminalText.visible(problem.arguments), kind: problem.isError ? .error : .info)
    }
}
