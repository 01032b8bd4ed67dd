import DossierCore
import FoundationEssentials


/// The wizard as line prompts, for screen readers, braille displays, dumb
/// terminals and scripts. It is a second front-end of the same session:
/// each answer becomes an `Intent` sent through `Wizard.update`, so the
/// questions, the checks, the messages and the way from one question to
/// the next are the full-screen wizard's own. What it adds is reading a
/// line and saying things in order. It writes text only: no cursor
/// movement, colour or escape sequence.
public struct PlainWizard {
    public internal(set) var session: WizardSession
    let console: any PlainConsole
    /// Write each answer after its prompt: when input comes from a pipe the
    /// terminal echoes nothing, and the transcript would be unreadable.
    let echo: Bool
    /// Something was typed, even if every answer was refused: the goodbye
    /// must not then say that nothing was typed.
    var answered = false
    var announcedStep: Step?
    var announcedEntry: Int?
    /// By JSON path, the value that stood before a refused answer: the
    /// refused text goes into the state (and the draft), so the question
    /// asked again offers this one, and Enter keeps it.
    var standing: [String: String] = [:]
    /// The terminating signal that ended the questions, for a caller that
    /// only learns that no answer came.
    var interruptedBy: Int32?

    public var state: WizardState { session.state }
    var language: Language { state.language }
    var context: WizardContext { session.context }
    var words: Words { context.words(state) }
    /// Values as a terminal that does its own bidi gets them: no isolates.
    var writer: ScreenWriter {
        var writer = ScreenWriter(language: language, width: 80, bidi: .terminal)
        writer.plainText = true
        return writer
    }

    public init(session: WizardSession, console: any PlainConsole, echo: Bool = false) {
        self.session = session
        self.console = console
        self.echo = echo
    }

    /// `settings`: the user's, whose language (last chosen in the full
    /// screen) is spoken here too unless `languageGiven` (`--lang`).
    public init(language: Language, languageGiven: Bool = true, console: any PlainConsole, drafts: DraftStore,
                saveDossier: @escaping (Dossier, Language, Date, DossierContext) throws -> SavedDossier,
                today: @escaping () -> CalendarDate = { CalendarDate.today() }, rulebook: RuleBook = .builtIn,
                settings: SettingsStore? = nil, kiosk: KioskOptions? = nil, now: @escaping () -> Date = { Date() },
                echo: Bool = false, startWarning: Notice? = nil) {
        self.init(session: WizardSession(language: language, languageGiven: languageGiven, drafts: drafts,
                                         saveDossier: saveDossier, today: today, rulebook: rulebook,
                                         settings: settings, kiosk: kiosk, startWarning: startWarning, now: now),
                  console: console, echo: echo)
    }

    /// Asks every question until the dossier is saved, the person quits, or
    /// input ends.
    public mutating func run() -> PlainOutcome {
        say(words("wizard.step.welcome.intro"))
        say(words("wizard.welcome.haveAtHand"))
        say(words("plain.intro.keys"))
        // Folders that were open to others and were made private again, as
        // the full-screen welcome screen says it; then what was found of
        // the draft at start (kept aside, passed over).
        for notice in [state.startWarning, state.draftNotice].compactMap({ $0 }) {
            say(words(notice.key, notice.arguments))
        }
        // A saved dossier opened (`amo-dossier open`) starts at its review.
        if state.step == .welcome, let end = start() { return end }
        while true {
            if state.step == .done, let saved = state.saved { return done(saved) }
            let before = state
            let move = ask()
            if case .end(let outcome) = move { return outcome }
            sayWhatHappened(since: before)
            if state.dossier != before.dossier || state.texts != before.texts { saveDraft() }
        }
    }

    enum Move {
        case next
        case end(PlainOutcome)
    }

    // MARK: - Output

    func say(_ line: String) { write(line + "\n") }

    /// Everything plain mode prints goes out here: a value read from a
    /// draft or typed in (a name holding an escape sequence or U+202E) is
    /// shown written out, never obeyed; only the line breaks are its own.
    func write(_ text: String) {
        console.write(TerminalText.visible(text, limit: nil, keeping: { $0 == "\n" }))
    }

    func say(_ paragraphs: [Paragraph]) { paragraphs.forEach { say(String(repeating: " ", count: $0.indent) + $0.text) } }

    /// Shows the prompt and reads the answer; commands are recognised here
    /// for every question alike.
    /// A line too long or not UTF-8 is refused with its reason and the
    /// question asked again; a signal ends the questions.
    mutating func read(_ prompt: String, answering question: String? = nil) -> PlainReply {
        var raw: String?
        while true {
            write(prompt)
            raw = console.readLine(answering: question ?? questionID)
            guard let trouble = console.takeTrouble() else { break }
            write("\n")
            switch trouble {
            case .lineTooLong(let limit): say(words("plain.error.lineTooLong", ["max": String(limit)]))
            case .notUTF8: say(words("plain.error.notUTF8"))
            case .signal(let signo):
                interruptedBy = signo
                return .signal(signo)
            }
        }
        guard let raw else {
            write("\n")
            if console.idleEnded { say(words("plain.kiosk.idle")) }
            return .endOfInput
        }
        let line = PlainInput.clean(raw)
        if echo { write(line + "\n") }
        let reply = PlainInput.reply(line)
        if case .answer(let text) = reply, !text.trimmingSpaces.isEmpty { answered = true }
        return reply
    }

    /// "Label (format) [current]: ": what is expected and what Enter keeps.
    func prompt(_ label: String, format: String?, current: String?) -> String {
        let question = format.map { words("plain.question.format", ["label": label, "format": $0]) } ?? label
        if let current, !current.isEmpty {
            return words("plain.prompt.current", ["question": question, "current": current])
        }
        return words("plain.prompt.empty", ["question": question])
    }

    var yesNoFormat: String { words("plain.yesNo.format") }

    func yesNoWord(_ value: Bool) -> String { words(value ? "wizard.yes" : "wizard.no") }

    /// Which question is being asked, for `PlainConsole.readLine(answering:)`.
    var questionID: String {
        switch state.step {
        case .welcome: return "resume"
        case .care(let kind) where state.entry == nil: return "entries.\(kind.rawValue)"
        case .originals:
            let documents = RequiredOriginals.documents(for: state.dossier)
            let index = state.list(.originals).selected
            return documents.indices.contains(index) ? "originals.\(documents[index].rawValue)" : "originals"
        case .review: return "review"
        case .done: return "done"
        case .eligibility, .careSheet, .student, .treatment, .care: return state.focusedPath ?? state.step.rawValue
        }
    }

    mutating func send(_ intent: Intent) {
        _ = session.handle(.intent(intent))
    }

    // MARK: - Starting and stopping

    /// The draft found at start, offered first; nil to go on, an outcome
    /// when input ended before an answer (the draft stays as it was).
    mutating func start() -> PlainOutcome? {
        // At a kiosk no draft is offered: a student proves one is theirs.
        if state.kiosk { return startAtKiosk() }
        guard let offer = state.draftOffer else {
            send(.startNew)
            return nil
        }
        let question = words("plain.resume.question", ["n": String(offer.step.position(on: offer.sheet,
                                                                                      rules: context.rules(for: state.dossier)).number),
                                                       "title": words(offer.step.titleKey)])
        while true {
            switch askAtStart(question, byDefault: true) {
            case .ended(let outcome):
                return outcome
            case .yes:
                send(.resume)
                return nil
            case .no:
                // As on the full screen: what would be replaced, and no
                // unless the answer is yes.
                send(.startNew)
                guard state.overlay == .startOverDraft else { return nil }
                if let lost = WelcomeScreen.draftReplaced(state, words) { say(lost) }
                switch askAtStart(words("wizard.startOver.question"), answering: "startOver", byDefault: false) {
                case .ended(let outcome):
                    return outcome
                case .yes:
                    send(.confirm(true))
                    say(words("plain.resume.new"))
                    return nil
                case .no:
                    send(.confirm(false))
                }
            }
        }
    }

    mutating func stop(endOfInput: Bool) -> PlainOutcome {
        guard state.touched else {
            let kind = answered ? "nothingKept" : "nothing"
            say(words(endOfInput ? "plain.eof.\(kind)" : "plain.quit.\(kind)"))
            return endOfInput ? .endOfInput(draftKept: false) : .quit(draftKept: false)
        }
        session.saveDraftNow()
        if let notice = state.notice, notice.key == "wizard.notice.draftFailed" {
            say(words(notice.key, notice.arguments))
            return .writeFailed
        }
        if !state.touched, let notice = state.draftNotice {
            // Deleted meanwhile (`forget`): not written back.
            say(words(notice.key, notice.arguments))
            return endOfInput ? .endOfInput(draftKept: false) : .quit(draftKept: false)
        }
        if state.kiosk {
            // A kiosk's draft is given back only with the CNIE and the
            // birth date; without both it can never be, and that is said.
            say(words(session.isPutAsideUnderCNIE ? "plain.kiosk.putAside" : "wizard.kiosk.notPutAside"))
        } else {
            say(words(endOfInput ? "plain.eof.saved" : "plain.quit.saved", ["path": session.draftPath]))
        }
        return endOfInput ? .endOfInput(draftKept: true) : .quit(draftKept: true)
    }

    /// A terminating signal: the draft saved as on `!`, one line saying
    /// so, and the signal's exit status, as the full-screen wizard does.
    mutating func stop(signal signo: Int32) -> PlainOutcome {
        guard state.touched else {
            say(words("plain.signal.nothing"))
            return .interrupted(signal: signo, draftKept: false)
        }
        session.saveDraftNow()
        if let notice = state.notice, notice.key == "wizard.notice.draftFailed" {
            say(words(notice.key, notice.arguments))
            return .interrupted(signal: signo, draftKept: false)
        }
        say(words("plain.signal.saved", ["path": session.draftPath]))
        return .interrupted(signal: signo, draftKept: true)
    }

    /// The draft written now, and what the save had to say: a draft
    /// deleted meanwhile (`forget`) is not written back, and the questions
    /// start again from the first, with nothing of the deleted answers.
    mutating func saveDraft() {
        let touched = state.touched
        session.saveDraftNow()
        guard touched, !state.touched, let notice = state.draftNotice else { return }
        say(words(notice.key, notice.arguments))
        standing = [:]
    }

    /// The answer to a command that is the same for every question.
    mutating func common(_ reply: PlainReply, help: String) -> Move? {
        switch reply {
        case .answer: return nil
        case .back:
            // The welcome screen asks nothing here: before the first
            // question there is none, and `<` must not leave the questions.
            if state.entry == nil, state.focus == 0,
               state.step.previous(for: state.dossier, rules: context.rules(for: state.dossier)) == .welcome {
                say(words("plain.back.first"))
                return .next
            }
            let before = (state.step, state.entry, state.focus)
            send(.previousQuestion)
            if (state.step, state.entry, state.focus) == before { say(words("plain.back.first")) }
            return .next
        case .help:
            say(help)
            return .next
        case .quit: return .end(stop(endOfInput: false))
        case .endOfInput: return .end(stop(endOfInput: true))
        case .signal(let signo): return .end(stop(signal: signo))
        }
    }

    // MARK: - Saying where we are

    /// "Step 5 of 12 — Treatment" and the screen's explanation, once when a
    /// screen is reached; "Doctor 2" when an entry's questions begin.
    mutating func announce() {
        let step = state.step
        if step != announcedStep {
            announcedStep = step
            announcedEntry = nil
            say("")
            say(step.counter(on: state.dossier.sheet, rules: context.rules(for: state.dossier), words)
                + " — " + words(step.titleKey))
            say(step == .originals ? words("plain.originals.intro") : words(step.introKey))
            if step == .originals { say(FormScreen.panel(state, context)) }
        }
        if case .care(let kind) = step, let entry = state.entry, entry != announcedEntry {
            announcedEntry = entry
            say(ProblemWording.entryName(kind, entry, words))
        } else if state.entry == nil {
            announcedEntry = nil
        }
    }

    /// After an answer: what the screen left says (the eligibility verdict,
    /// the deadline), and the notice the wizard gave (entries removed).
    mutating func sayWhatHappened(since before: WizardState) {
        if before.step != state.step, before.step < state.step {
            let left = before.withDossier(state.dossier)
            switch before.step {
            case .eligibility: say(EligibilityScreen.verdict(left, context, continueKey: "plain.eligibility.continue"))
            case .treatment: say(TreatmentScreen.deadline(left, context))
            case .welcome, .careSheet, .student, .care, .originals, .review, .done: break
            }
        }
        // A line just opened is named before what its notice says of it
        // ("Pharmacy 2", then "A copy of …"), as on the screen its title is.
        if case .care = state.step, state.step == before.step, state.entry != nil { announce() }
        if let notice = state.notice, notice != before.notice { say(words(notice.key, notice.arguments)) }
    }

    // MARK: - Asking

    /// The question of the state as it stands: the focused field, the
    /// entry list's "add one?", the original in the envelope, the review.
    mutating func ask() -> Move {
        announce()
        switch state.step {
        case .welcome:
            send(.startNew)
            return .next
        case .care(let kind) where state.entry == nil:
            return askEntries(kind)
        case .originals:
            return askOriginal()
        case .review:
            return askReview()
        case .done:
            return .next
        case .eligibility, .careSheet, .student, .treatment, .care:
            guard let field = state.focusedField, let path = state.focusedPath else {
                send(.accept)
                return .next
            }
            switch field.kind {
            case .text, .identifier, .date, .amount: return askTyped(field, path)
            case .yesNo: return askYesNo(field)
            case .choice(let source): return askChoice(field, path, source)
            case .disease: return askDisease(field)
            case .checklist: return askOriginal()
            }
        }
    }

    /// Accepts the focused field; a refused value keeps the question, with
    /// the same message the full-screen wizard puts under the field. A
    /// warning is said too, and the questions go on.
    mutating func accept(_ path: String) -> Bool {
        let step = state.step
        let entry = state.entry
        send(.accept)
        if let problem = state.errors[path], !problem.isError {
            say(words("plain.warning", ["message": words.message(problem)]))
            return true
        }
        if state.step == step, state.entry == entry, state.focusedPath == path,
           let problem = state.errors[path], !Navigation.isMissing(problem) {
            say(words.message(problem))
            return false
        }
        return true
    }
}

extension WizardState {
    /// This state (its screen) over another dossier.
    func withDossier(_ dossier: Dossier) -> WizardState {
        var s = self
        s.dossier = dossier
        return s
    }
}
