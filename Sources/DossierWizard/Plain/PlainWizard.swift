import DossierCore
import Foundation

/// How a plain-mode session ended, for the exit status.
public enum PlainOutcome: Equatable, Sendable {
    /// The dossier and its printable summary were written.
    case saved(SavedDossier)
    /// `!` or end of input: the draft was kept (`draftKept`) or there was
    /// nothing typed to keep.
    case quit(draftKept: Bool)
    case endOfInput(draftKept: Bool)
    /// The dossier or the draft could not be written; the words were shown.
    case writeFailed

    /// 0 when the person got what they asked for (a saved dossier, or a
    /// draft kept on `!`); 1 when input ran out before the end or a file
    /// could not be written, so a script feeding answers can tell.
    public var exitCode: Int32 {
        switch self {
        case .saved, .quit: 0
        case .endOfInput, .writeFailed: 1
        }
    }
}

/// The wizard as line prompts, for screen readers, braille displays, dumb
/// terminals and scripts. It is a second front-end of the same session:
/// each answer becomes an `Intent` sent through `Wizard.update`, so the
/// questions, the checks, the messages and the way from one question to
/// the next are the full-screen wizard's own. What it adds is reading a
/// line and saying things in order. It writes text only: no cursor
/// movement, colour or escape sequence.
public struct PlainWizard {
    public private(set) var session: WizardSession
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

    public var state: WizardState { session.state }
    var language: Language { state.language }
    var context: WizardContext { session.context }
    var words: Words { context.words(state) }
    /// Values as a terminal that does its own bidi gets them: no isolates.
    var writer: ScreenWriter { ScreenWriter(language: language, width: 80, bidi: .terminal) }

    public init(session: WizardSession, console: any PlainConsole, echo: Bool = false) {
        self.session = session
        self.console = console
        self.echo = echo
    }

    public init(language: Language, console: any PlainConsole, drafts: DraftStore,
                saveDossier: @escaping (Dossier, Language, Date, DossierContext) throws -> SavedDossier,
                today: @escaping () -> CalendarDate = { CalendarDate.today() }, rulebook: RuleBook = .builtIn,
                now: @escaping () -> Date = { Date() }, echo: Bool = false) {
        self.init(session: WizardSession(language: language, drafts: drafts, saveDossier: saveDossier, today: today,
                                         rulebook: rulebook, now: now),
                  console: console, echo: echo)
    }

    /// Asks every question until the dossier is saved, the person quits, or
    /// input ends.
    public mutating func run() -> PlainOutcome {
        say(words("wizard.step.welcome.intro"))
        say(words("wizard.welcome.haveAtHand"))
        say(words("plain.intro.keys"))
        if let end = start() { return end }
        while true {
            if state.step == .done, let saved = state.saved { return done(saved) }
            let before = state
            let move = ask()
            if case .end(let outcome) = move { return outcome }
            sayWhatHappened(since: before)
            if state.dossier != before.dossier || state.texts != before.texts { session.saveDraftNow() }
        }
    }

    enum Move {
        case next
        case end(PlainOutcome)
    }

    // MARK: - Output

    func say(_ line: String) { console.write(line + "\n") }

    func say(_ paragraphs: [Paragraph]) { paragraphs.forEach { say(String(repeating: " ", count: $0.indent) + $0.text) } }

    /// Shows the prompt and reads the answer; commands are recognised here
    /// for every question alike.
    mutating func read(_ prompt: String) -> PlainReply {
        console.write(prompt)
        guard let raw = console.readLine(answering: questionID) else {
            console.write("\n")
            return .endOfInput
        }
        let line = PlainInput.clean(raw)
        if echo { console.write(line + "\n") }
        let reply = PlainInput.reply(line)
        if case .answer(let text) = reply, !text.trimmingCharacters(in: .whitespaces).isEmpty { answered = true }
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
        case .review, .done: return "review"
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
        guard let offer = state.draftOffer else {
            send(.startNew)
            return nil
        }
        let question = prompt(words("plain.resume.question", ["n": String(offer.step.number),
                                                               "title": words(offer.step.titleKey)]),
                              format: yesNoFormat, current: yesNoWord(true))
        while true {
            switch read(question) {
            case .endOfInput, .quit:
                return stop(endOfInput: true)
            case .help, .back:
                say(words("wizard.help.screen.welcome"))
            case .answer(let text):
                let yes = text.trimmingCharacters(in: .whitespaces).isEmpty ? true : PlainInput.yesNo(text)
                guard let yes else {
                    say(words("plain.error.yesNo"))
                    continue
                }
                if yes {
                    send(.resume)
                } else {
                    say(words("plain.resume.new"))
                    send(.startNew)
                }
                return nil
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
        say(words(endOfInput ? "plain.eof.saved" : "plain.quit.saved", ["path": session.draftPath]))
        return endOfInput ? .endOfInput(draftKept: true) : .quit(draftKept: true)
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
            say(words("wizard.status.step", ["n": String(step.number), "total": String(Step.count)])
                + " — " + words(step.titleKey))
            say(step == .originals ? words("plain.originals.intro") : words(step.introKey))
            if step == .originals { say(FormScreen.panel(state, context)) }
        }
        if case .care(let kind) = step, let entry = state.entry, entry != announcedEntry {
            announcedEntry = entry
            say(words("wizard.entry.\(kind.rawValue)", ["n": String(entry + 1)]))
        } else if state.entry == nil {
            announcedEntry = nil
        }
    }

    /// After an answer: what the screen left says (the eligibility verdict,
    /// the deadline), and the notice the wizard gave (entries removed).
    mutating func sayWhatHappened(since before: WizardState) {
        if before.step != state.step, before.step < state.step,
           before.step == .eligibility || before.step == .treatment {
            say(FormScreen.panel(before.withDossier(state.dossier), context))
            if before.step == .eligibility, !Eligibility.verdict(for: state.dossier, context: context.core).covered {
                say(words("plain.eligibility.continue"))
            }
        }
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
    /// the same message the full-screen wizard puts under the field.
    mutating func accept(_ path: String) -> Bool {
        let step = state.step
        let entry = state.entry
        send(.accept)
        if state.step == step, state.entry == entry, state.focusedPath == path,
           let problem = state.errors[path], !Navigation.isMissing(problem) {
            say(words.message(problem))
            return false
        }
        return true
    }

    mutating func askTyped(_ field: Field, _ path: String) -> Move {
        if let note = field.noteKey { say(words(note)) }
        let current = FormScreen.text(field, path: path, in: state)
        // The bracket offers what Enter keeps: only a value that stands. A
        // refused answer offered back would make Enter repeat its error.
        var kept = current
        if let problem = field.problem(typing: current, in: state.dossier, entry: state.entry,
                                       rules: context.rules(for: state.dossier), today: context.today),
           !Navigation.isMissing(problem) {
            kept = standing[path] ?? ""
        }
        let shown = field.presentation.review == .masked && !kept.isEmpty ? Identifiers.maskedRIB(kept) : kept
        let reply = read(prompt(words(field.labelKey), format: field.kind.formatKey.map { words($0) }, current: shown))
        if let move = common(reply, help: words(field.helpKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        let text = trimmed.isEmpty ? kept : (trimmed == "-" ? "" : trimmed)
        if text.count > field.maxLength {
            say(words("plain.error.tooLong", ["max": String(field.maxLength)]))
            return .next
        }
        send(.setText(text))
        guard accept(path) else {
            standing[path] = kept
            return .next
        }
        standing[path] = nil
        if field.required, let problem = state.errors[path], Navigation.isMissing(problem) {
            say(words("plain.field.missing"))
        }
        return .next
    }

    mutating func askYesNo(_ field: Field) -> Move {
        let current = field.flag(in: state.dossier, entry: state.entry)
        let reply = read(prompt(words(field.labelKey), format: yesNoFormat, current: yesNoWord(current)))
        if let move = common(reply, help: words(field.helpKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        if !typed.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let value = PlainInput.yesNo(typed) else {
                say(words("plain.error.yesNo"))
                return .next
            }
            send(.setFlag(value))
        }
        send(.accept)
        return .next
    }

    /// The care sheet and a lab's kind: numbered lines, a number picks, a
    /// word filters.
    mutating func askChoice(_ field: Field, _ path: String, _ source: ChoiceSource) -> Move {
        let options = source.options(context.rules(for: state.dossier))
        let items = options.enumerated().map { i, option in
            ChoiceItem(number: i + 1, title: words(option.labelKey),
                       searchTexts: [words(option.labelKey), words.table.text(option.labelKey, .fr)])
        }
        for (i, option) in options.enumerated() {
            let explanation = option.explanationKey.map { " — " + words($0) } ?? ""
            say("\(i + 1). " + words(option.labelKey) + explanation)
        }
        let currentIndex = state.chosen.contains(path)
            ? options.firstIndex { $0.id == field.choice(in: state.dossier, entry: state.entry) } : nil
        switch pick(from: items, label: words(field.labelKey), help: words(field.helpKey),
                    current: currentIndex.map { items[$0] }) {
        case .picked(let item):
            send(.choose(options[item.number - 1].id))
            send(.accept)
        case .kept:
            send(.accept)
        case .other(let move):
            return move
        }
        return .next
    }

    /// The diseases: a word searches the French official name and its
    /// translation ("diab" → 9 Diabète…), a number picks from the official list.
    mutating func askDisease(_ field: Field) -> Move {
        let items = DiseasePicker.items(context.rules(for: state.dossier), language)
        say(words("plain.disease.hint", ["count": String(items.count)]))
        let current = state.dossier.chronicDisease.flatMap { n in items.first { $0.number == n } }
        switch pick(from: items, label: words(field.labelKey), help: words(field.helpKey), current: current) {
        case .picked(let item):
            send(.choose(String(item.number)))
            send(.accept)
        case .kept:
            send(.accept)
        case .other(let move):
            return move
        }
        return .next
    }

    enum Picked {
        case picked(ChoiceItem)
        case kept
        case other(Move)
    }

    func line(_ item: ChoiceItem) -> String { "\(item.number). \(item.title)" }

    mutating func pick(from items: [ChoiceItem], label: String, help: String, current: ChoiceItem?) -> Picked {
        let numbers = items.map(\.number)
        let range = ["first": String(numbers.min() ?? 1), "last": String(numbers.max() ?? 1)]
        let format = words("plain.choice.format", range)
        while true {
            let reply = read(prompt(label, format: format, current: current.map(line)))
            if let move = common(reply, help: help) { return .other(move) }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if current != nil { return .kept }
                // Nothing chosen yet: never take the first line silently.
                say(words("plain.choice.required"))
                if items.count > 5 { items.forEach { say(line($0)) } }
                continue
            }
            if let n = PlainInput.number(trimmed) {
                if let item = items.first(where: { $0.number == n }) {
                    say(words("plain.choice.chosen", ["choice": line(item)]))
                    return .picked(item)
                }
                say(words("plain.choice.outOfRange", range))
                continue
            }
            let matches = ChoiceSearch.filter(items, query: trimmed)
            if matches.isEmpty {
                say(words("plain.choice.noMatch", ["query": trimmed]))
                continue
            }
            if matches.count > 1 {
                say(words("plain.choice.several", ["count": String(matches.count)]))
                matches.forEach { say(line($0)) }
                continue
            }
            switch confirm(words("plain.choice.confirm", ["choice": line(matches[0])]), help: help) {
            case .yes:
                say(words("plain.choice.chosen", ["choice": line(matches[0])]))
                return .picked(matches[0])
            case .no, .other(.next):
                continue
            case .other(let move):
                return .other(move)
            }
        }
    }

    enum Confirmation {
        case yes, no
        case other(Move)
    }

    /// A yes/no question whose Enter means yes (the one match of a search).
    mutating func confirm(_ question: String, help: String) -> Confirmation {
        while true {
            let reply = read(prompt(question, format: yesNoFormat, current: yesNoWord(true)))
            switch reply {
            case .back, .help: return .other(.next)
            case .quit, .endOfInput:
                if let move = common(reply, help: help) { return .other(move) }
            case .answer(let typed):
                if typed.trimmingCharacters(in: .whitespaces).isEmpty { return .yes }
                guard let value = PlainInput.yesNo(typed) else {
                    say(words("plain.error.yesNo"))
                    continue
                }
                return value ? .yes : .no
            }
        }
    }

    /// A care screen: "Add a doctor?" until the answer is no. Enter alone
    /// picks nothing: adding or not is the student's decision.
    mutating func askEntries(_ kind: CareKind) -> Move {
        let summaries = CareListScreen.summaries(kind, state.dossier, words, context.rules(for: state.dossier))
        if !summaries.isEmpty {
            say(words("plain.entries.list"))
            for (i, summary) in summaries.enumerated() { say("\(i + 1). \(summary)") }
        }
        let question = words((summaries.isEmpty ? "plain.entries.add." : "plain.entries.addAnother.") + kind.rawValue)
        let reply = read(prompt(question, format: yesNoFormat, current: nil))
        if let move = common(reply, help: words(Step.care(kind).introKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard let value = trimmed.isEmpty ? nil : PlainInput.yesNo(trimmed) else {
            say(words(trimmed.isEmpty ? "plain.entries.required" : "plain.error.yesNo"))
            return .next
        }
        send(value ? .addEntry : .finishList)
        return .next
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
        if !typed.trimmingCharacters(in: .whitespaces).isEmpty {
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
        let question: String
        let format: String
        if problems.isEmpty {
            say(words("wizard.review.complete"))
            question = words("plain.review.save")
            format = yesNoFormat
        } else {
            say(words("plain.review.problems", ["count": String(problems.count)]))
            for (i, problem) in problems.enumerated() { say("\(i + 1). " + ReviewScreen.problemText(problem, words)) }
            question = words("wizard.saveIncomplete.question", ["count": String(problems.count)])
            format = words("plain.review.format", ["yesNo": yesNoFormat])
        }
        while true {
            let reply = read(prompt(question, format: format, current: nil))
            if let move = common(reply, help: words("plain.help.review")) { return move }
            guard case .answer(let typed) = reply else { continue }
            if !problems.isEmpty, let n = PlainInput.number(typed), (1...problems.count).contains(n) {
                send(.jumpToProblem(n - 1))
                return .next
            }
            switch PlainInput.yesNo(typed) {
            case true?:
                return save()
            case false?:
                say(words("plain.review.notSaved"))
            case nil:
                say(words(problems.isEmpty ? "plain.error.yesNo" : "plain.review.error", ["count": String(problems.count)]))
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
        say("")
        console.write(EnvelopeSummary.text(for: state.dossier, language: language, context: context.core))
        say("")
        say(DoneScreen.contents(state, context, writer).prefix { !$0.text.isEmpty })
        return .saved(saved)
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
