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

/// The wizard as numbered line prompts, for screen readers, braille
/// displays, dumb terminals and scripts. It asks the fields of `Screens`
/// with their labels and help, judges answers with `FieldValues` and
/// `DossierValidator`, changes the state with the wizard's own functions,
/// and keeps the same `WizardState` in the same `DraftStore`: a draft left
/// here is resumed by the full-screen wizard, and the other way round.
/// It writes text only: no cursor movement, colour or escape sequence.
public struct PlainWizard {
    public private(set) var state: WizardState
    let console: any PlainConsole
    let drafts: DraftStore
    let saveDossier: (Dossier, Language, Date) throws -> SavedDossier
    let today: () -> CalendarDate
    let now: () -> Date
    /// Write each answer after its prompt: when input comes from a pipe the
    /// terminal echoes nothing, and the transcript would be unreadable.
    let echo: Bool
    /// The questions answered on the way to this one, newest last: `<`.
    var asked: [PlainQuestion] = []
    /// Choice fields that hold a value someone chose. A fresh dossier's sheet
    /// and a new lab's kind have a value in the model, but nobody picked it:
    /// Enter must not take it silently.
    var chosen: Set<String> = []
    /// Something was typed, even if every answer was refused: the goodbye
    /// must not then say that nothing was typed.
    var answered = false
    var announcedStep: Step?
    var announcedEntry: Int?

    var language: Language { state.language }

    public init(language: Language, console: any PlainConsole, drafts: DraftStore,
                saveDossier: @escaping (Dossier, Language, Date) throws -> SavedDossier,
                today: @escaping () -> CalendarDate = { CalendarDate.today() },
                now: @escaping () -> Date = { Date() }, echo: Bool = false) {
        state = WizardState(language: language)
        self.console = console
        self.drafts = drafts
        self.saveDossier = saveDossier
        self.today = today
        self.now = now
        self.echo = echo
    }

    /// Asks every question until the dossier is saved, the person quits, or
    /// input ends.
    public mutating func run() -> PlainOutcome {
        say(tr("wizard.step.welcome.intro", language))
        say(tr("wizard.welcome.haveAtHand", language))
        say(t("plain.intro.keys"))
        guard var question = start() else { return stop(true) }
        while true {
            let before = state
            let step = ask(question)
            if state.dossier != before.dossier || state.texts != before.texts { state.touched = true }
            switch step {
            case .stay:
                continue
            case .next(let next):
                asked.append(question)
                question = leave(question, to: next)
            case .back:
                question = leave(question, to: previous(from: question))
            case .end(let outcome):
                return outcome
            }
            if isValid(question) { place(question) }
            keepDraft()
        }
    }

    enum Move {
        case stay
        case next(PlainQuestion)
        case back
        case end(PlainOutcome)
    }

    // MARK: - Output

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String { tr(key, language, arguments) }

    func say(_ line: String) { console.write(line + "\n") }

    /// Shows the prompt and reads the answer; commands are recognised here
    /// for every question alike.
    mutating func read(_ prompt: String) -> PlainReply {
        console.write(prompt)
        guard let raw = console.readLine() else {
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
        let question = format.map { t("plain.question.format", ["label": label, "format": $0]) } ?? label
        if let current, !current.isEmpty {
            return t("plain.prompt.current", ["question": question, "current": current])
        }
        return t("plain.prompt.empty", ["question": question])
    }

    var yesNoFormat: String { t("plain.yesNo.format") }

    func yesNoWord(_ value: Bool) -> String { tr(value ? "wizard.yes" : "wizard.no", language) }

    // MARK: - Drafts

    /// After every answer, as the wizard does after every field: an
    /// interrupted student loses at most the line being typed.
    mutating func keepDraft() {
        guard state.touched else { return }
        do {
            try drafts.save(state)
        } catch {
            say(t("wizard.notice.draftFailed", ["reason": String(describing: error)]))
        }
    }

    mutating func stop(_ endOfInput: Bool) -> PlainOutcome {
        guard state.touched else {
            let kind = answered ? "nothingKept" : "nothing"
            say(t(endOfInput ? "plain.eof.\(kind)" : "plain.quit.\(kind)"))
            return endOfInput ? .endOfInput(draftKept: false) : .quit(draftKept: false)
        }
        do {
            try drafts.save(state)
        } catch {
            say(t("wizard.notice.draftFailed", ["reason": String(describing: error)]))
            return .writeFailed
        }
        say(t(endOfInput ? "plain.eof.saved" : "plain.quit.saved", ["path": drafts.path]))
        return endOfInput ? .endOfInput(draftKept: true) : .quit(draftKept: true)
    }

    /// The answer to a command that is the same for every question.
    mutating func common(_ reply: PlainReply, help: String) -> Move? {
        switch reply {
        case .answer: return nil
        case .back: return .back
        case .help:
            say(help)
            return .stay
        case .quit: return .end(stop(false))
        case .endOfInput: return .end(stop(true))
        }
    }

    // MARK: - Where to start

    /// The first question, after offering the draft found at start; nil
    /// when input ends before an answer (the draft stays as it was).
    mutating func start() -> PlainQuestion? {
        if let draft = drafts.load(), draft.touched {
            var question = t("plain.resume.question", ["n": String(draft.step.number),
                                                        "title": tr(draft.step.titleKey, language)])
            question = prompt(question, format: yesNoFormat, current: yesNoWord(true))
            while true {
                let reply = read(question)
                switch reply {
                case .endOfInput, .quit:
                    return nil
                case .help, .back:
                    say(tr("wizard.help.screen.welcome", language))
                    continue
                case .answer(let text):
                    let yes = text.trimmingCharacters(in: .whitespaces).isEmpty ? true : PlainInput.yesNo(text)
                    guard let yes else {
                        say(t("plain.error.yesNo"))
                        continue
                    }
                    if yes { return resume(draft) }
                    say(t("plain.resume.new"))
                    return .field(step: .eligibility, entry: nil, path: firstPath(.eligibility))
                }
            }
        }
        return .field(step: .eligibility, entry: nil, path: firstPath(.eligibility))
    }

    mutating func resume(_ draft: WizardState) -> PlainQuestion {
        var resumed = draft
        resumed.language = language
        resumed.overlay = nil
        resumed.draftOffer = nil
        state = resumed
        if draft.step > .careSheet { chosen.insert("sheet") }
        for i in draft.dossier.labs.indices where !(draft.step == .labs && draft.entry == i && draft.focus == 0) {
            chosen.insert("labs[\(i)].kind")
        }
        return question(at: state)
    }

    func firstPath(_ step: Step) -> String {
        Screens.fields(for: step, entry: nil, dossier: state.dossier).first?.path ?? ""
    }

    /// The question for where a state stands: a resumed draft, or the field
    /// the review jumps to.
    func question(at s: WizardState) -> PlainQuestion {
        let step = s.step
        if step == .welcome || step == .done { return first(of: .eligibility) }
        if step == .review { return .review }
        if step == .originals {
            let count = RequiredOriginals.documents(for: s.dossier).count
            return count == 0 ? .review : .original(index: min(max(0, s.listSelection), count - 1))
        }
        if step.isEntryList {
            if let entry = s.entry {
                let fields = Screens.fields(for: step, entry: entry, dossier: s.dossier)
                if fields.indices.contains(s.focus) { return .field(step: step, entry: entry, path: fields[s.focus].path) }
            }
            return .entry(step: step, index: Screens.entryCount(step, in: s.dossier))
        }
        let fields = Screens.fields(for: step, entry: nil, dossier: s.dossier)
        guard !fields.isEmpty else { return first(of: step) }
        return .field(step: step, entry: nil, path: fields[min(max(0, s.focus), fields.count - 1)].path)
    }

    // MARK: - Moving

    func first(of step: Step) -> PlainQuestion {
        switch step {
        case .welcome, .eligibility: .field(step: .eligibility, entry: nil, path: firstPath(.eligibility))
        case .careSheet, .student, .treatment: .field(step: step, entry: nil, path: firstPath(step))
        case .practitioners, .pharmacies, .labs, .dentists: .entry(step: step, index: 0)
        case .originals: .original(index: 0)
        case .review, .done: .review
        }
    }

    /// The question after the last field of a screen: the next screen that
    /// fits the sheet, as the wizard's `Step.next(for:)` says.
    mutating func afterScreen(_ step: Step) -> PlainQuestion {
        if step == .eligibility { sayEligibility() }
        if step == .treatment { sayDeadline() }
        guard let next = step.next(for: state.dossier.sheet) else { return .review }
        return first(of: next)
    }

    func isValid(_ q: PlainQuestion) -> Bool {
        let sheet = state.dossier.sheet
        switch q {
        case .field(let step, let entry, let path):
            guard step.applies(to: sheet) else { return false }
            if let entry, entry >= Screens.entryCount(step, in: state.dossier) { return false }
            return Screens.fields(for: step, entry: entry, dossier: state.dossier)
                .contains { $0.path == path && $0.kind != .checklist }
        case .entry(let step, let index):
            return step.applies(to: sheet) && index <= Screens.entryCount(step, in: state.dossier)
        case .original(let index):
            return index < RequiredOriginals.documents(for: state.dossier).count
        case .review:
            return true
        }
    }

    /// `<`: the question answered before this one, wherever it was; one that
    /// no longer applies (a screen the new sheet skips) is passed over.
    mutating func previous(from q: PlainQuestion) -> PlainQuestion {
        while let last = asked.popLast() {
            if isValid(last) { return last }
        }
        // A resumed draft has no history: the screen before, from its start.
        var step = q.step
        while let before = step.previous(for: state.dossier.sheet), before != .welcome {
            let candidate = first(of: before)
            if isValid(candidate) { return candidate }
            step = before
        }
        say(t("plain.back.first"))
        return q
    }

    /// Leaving an entry's last question closes the entry the way the wizard
    /// does (an entry added by mistake and left blank is dropped), and the
    /// question that follows is adjusted if that moved the later entries.
    mutating func leave(_ from: PlainQuestion, to next: PlainQuestion) -> PlainQuestion {
        guard case .field(let step, let entry?, _) = from else { return next }
        if case .field(step, entry, _) = next { return next }
        let before = Screens.entryCount(step, in: state.dossier)
        guard entry < before else { return next }
        state.step = step
        Wizard.closeEntry(entry, &state)
        guard Screens.entryCount(step, in: state.dossier) < before else { return next }
        chosen = chosen.filter { !$0.hasPrefix("\(step.rawValue)[") }
        if case .entry(step, let index) = next, index > entry { return .entry(step: step, index: index - 1) }
        return next
    }

    /// Keeps the state where the question is, so a draft opens there in
    /// either front-end.
    mutating func place(_ q: PlainQuestion) {
        state.listQuery = ""
        state.overlay = nil
        switch q {
        case .field(let step, let entry, let path):
            state.step = step
            state.entry = entry
            state.focus = Screens.fields(for: step, entry: entry, dossier: state.dossier)
                .firstIndex { $0.path == path } ?? 0
        case .entry(let step, let index):
            state.step = step
            state.entry = nil
            state.focus = 0
            state.listSelection = index
        case .original(let index):
            state.step = .originals
            state.entry = nil
            state.focus = 0
            state.listSelection = index
        case .review:
            state.step = .review
            state.entry = nil
            state.focus = 0
            state.listSelection = 0
            state.reviewScroll = -1
        }
    }

    /// "Step 5 of 12 — Treatment" and the screen's explanation, once when a
    /// screen is reached; "Doctor 2" when an entry's questions begin.
    mutating func announce(_ q: PlainQuestion) {
        let step = q.step
        if step != announcedStep {
            announcedStep = step
            announcedEntry = nil
            say("")
            say(tr("wizard.status.step", language, ["n": String(step.number), "total": String(Step.count)])
                + " — " + tr(step.titleKey, language))
            say(step == .originals ? t("plain.originals.intro") : tr(step.introKey, language))
            if step == .originals, state.dossier.sheet == .dental {
                say(tr("wizard.originals.dentalReminder", language))
            }
        }
        if case .field(_, let entry?, _) = q, entry != announcedEntry {
            announcedEntry = entry
            say(tr("wizard.entry.\(step.rawValue)", language, ["n": String(entry + 1)]))
        } else if case .entry = q {
            announcedEntry = nil
        }
    }

    // MARK: - Asking

    mutating func ask(_ q: PlainQuestion) -> Move {
        guard isValid(q) else {
            // A question that vanished (its entry was removed): move on.
            return .next(afterScreen(q.step))
        }
        place(q)
        announce(q)
        switch q {
        case .field(let step, let entry, let path):
            let fields = Screens.fields(for: step, entry: entry, dossier: state.dossier)
            let index = fields.firstIndex { $0.path == path }!
            let spec = fields[index]
            let result: FieldResult
            switch spec.kind {
            case .text, .identifier, .date, .amount: result = askTyped(spec)
            case .yesNo: result = askYesNo(spec)
            case .choice(let options): result = askChoice(spec, options)
            case .diseaseList: result = askDisease(spec)
            case .checklist: result = .done
            }
            switch result {
            case .done:
                // Fields can appear on answering (the end date, the disease).
                let now = Screens.fields(for: step, entry: entry, dossier: state.dossier)
                if let i = now.firstIndex(where: { $0.path == path }), i + 1 < now.count {
                    return .next(.field(step: step, entry: entry, path: now[i + 1].path))
                }
                if let entry { return .next(.entry(step: step, index: entry + 1)) }
                return .next(afterScreen(step))
            case .other(let other):
                return other
            }
        case .entry(let step, let index):
            return askEntry(step, index)
        case .original(let index):
            return askOriginal(index)
        case .review:
            return askReview()
        }
    }

    enum FieldResult {
        case done
        case other(Move)
    }

    mutating func askTyped(_ spec: FieldSpec) -> FieldResult {
        let label = tr(spec.labelKey, language)
        let format: String? = switch spec.kind {
        case .date: tr("wizard.format.date", language)
        case .amount: tr("wizard.format.amount", language)
        default: nil
        }
        if spec.path == "student.rib" { say(tr("wizard.rib.consequence", language)) }
        // The bracket offers what Enter keeps: only a value that stands. A
        // refused answer offered back would make Enter repeat its error.
        var kept = FieldValues.text(spec, in: state)
        if let problem = FieldValues.problem(spec, text: kept, dossier: state.dossier, today: today()),
           !FieldValues.isMissing(problem) {
            kept = ""
        }
        while true {
            let reply = read(prompt(label, format: format, current: kept))
            if let other = common(reply, help: tr(spec.helpKey, language)) { return .other(other) }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            let text = trimmed.isEmpty ? kept : (trimmed == "-" ? "" : trimmed)
            if text.count > spec.maxLength {
                say(t("plain.error.tooLong", ["max": String(spec.maxLength)]))
                continue
            }
            if text != FieldValues.text(spec, in: state) {
                Wizard.setText(spec, text, &state)
                // Kept in the draft even when refused: nothing typed is lost.
                state.touched = true
            }
            if let problem = FieldValues.problem(spec, text: text, dossier: state.dossier, today: today()) {
                if !FieldValues.isMissing(problem) {
                    state.errors[spec.path] = problem
                    say(problem.quoting(typed: text).message(language))
                    continue
                }
                if spec.required {
                    state.errors[spec.path] = problem
                    say(t("plain.field.missing"))
                }
            } else {
                state.errors[spec.path] = nil
            }
            return .done
        }
    }

    mutating func askYesNo(_ spec: FieldSpec) -> FieldResult {
        guard case .flag(let keyPath) = spec.binding else { return .done }
        while true {
            let current = state.dossier[keyPath: keyPath]
            let reply = read(prompt(tr(spec.labelKey, language), format: yesNoFormat, current: yesNoWord(current)))
            if let other = common(reply, help: tr(spec.helpKey, language)) { return .other(other) }
            guard case .answer(let typed) = reply else { continue }
            if typed.trimmingCharacters(in: .whitespaces).isEmpty { return .done }
            guard let value = PlainInput.yesNo(typed) else {
                say(t("plain.error.yesNo"))
                continue
            }
            state.dossier[keyPath: keyPath] = value
            return .done
        }
    }

    /// The care sheet and a lab's kind: numbered lines, a number picks, a
    /// word filters.
    mutating func askChoice(_ spec: FieldSpec, _ options: [ChoiceOption]) -> FieldResult {
        let items = options.enumerated().map { i, option in
            ChoiceItem(number: i + 1, title: tr(option.labelKey, language),
                       searchTexts: [tr(option.labelKey, language), tr(option.labelKey, .fr)])
        }
        for (i, option) in options.enumerated() {
            let explanation = option.explanationKey.map { " — " + tr($0, language) } ?? ""
            say("\(i + 1). " + tr(option.labelKey, language) + explanation)
        }
        let currentIndex = chosen.contains(spec.path)
            ? options.firstIndex { $0.id == Wizard.choiceValue(spec, state.dossier) } : nil
        let picked = pick(from: items, label: tr(spec.labelKey, language), help: tr(spec.helpKey, language),
                          current: currentIndex.map { items[$0] }, listAllOnEmpty: true)
        switch picked {
        case .picked(let item):
            Wizard.setChoice(spec, options[item.number - 1].id, &state)
            if case .sheet = spec.binding {
                // A pick here is deliberate: what the new sheet cannot hold
                // goes now, and the student is told how many lines went.
                let removed = Wizard.settleSheet(&state)
                if removed > 0 {
                    let sheet = tr("wizard.sheet.\(state.dossier.sheet.rawValue).name", language)
                    say(tr(removed == 1 ? "plain.sheet.entriesRemoved.one" : "plain.sheet.entriesRemoved", language,
                           ["count": String(removed), "sheet": sheet]))
                }
            }
            chosen.insert(spec.path)
            return .done
        case .kept:
            return .done
        case .other(let other):
            return .other(other)
        }
    }

    /// The 42 diseases: a word searches the French official name and its
    /// translation ("diab" → 9 Diabète…), a number picks from the official list.
    mutating func askDisease(_ spec: FieldSpec) -> FieldResult {
        let items = Screens.diseaseItems(language)
        say(t("plain.disease.hint", ["count": String(items.count)]))
        let current = state.dossier.chronicDisease.flatMap { n in items.first { $0.number == n } }
        let picked = pick(from: items, label: tr(spec.labelKey, language), help: tr(spec.helpKey, language),
                          current: current, listAllOnEmpty: true)
        switch picked {
        case .picked(let item):
            state.dossier.chronicDisease = item.number
            state.errors[spec.path] = nil
            return .done
        case .kept:
            return .done
        case .other(let other):
            return .other(other)
        }
    }

    enum Picked {
        case picked(ChoiceItem)
        case kept
        case other(Move)
    }

    func line(_ item: ChoiceItem) -> String { "\(item.number). \(item.title)" }

    mutating func pick(from items: [ChoiceItem], label: String, help: String, current: ChoiceItem?,
                       listAllOnEmpty: Bool) -> Picked {
        let numbers = items.map(\.number)
        let format = t("plain.choice.format", ["first": String(numbers.min() ?? 1), "last": String(numbers.max() ?? 1)])
        while true {
            let reply = read(prompt(label, format: format, current: current.map(line)))
            if let other = common(reply, help: help) { return .other(other) }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if current != nil { return .kept }
                // Nothing chosen yet: never take the first line silently.
                say(t("plain.choice.required"))
                if listAllOnEmpty && items.count > 5 { items.forEach { say(line($0)) } }
                continue
            }
            if let n = PlainInput.number(trimmed) {
                if let item = items.first(where: { $0.number == n }) {
                    say(t("plain.choice.chosen", ["choice": line(item)]))
                    return .picked(item)
                }
                say(t("plain.choice.outOfRange", ["first": String(numbers.min() ?? 1),
                                                  "last": String(numbers.max() ?? 1)]))
                continue
            }
            let matches = ChoiceSearch.filter(items, query: trimmed)
            if matches.isEmpty {
                say(t("plain.choice.noMatch", ["query": trimmed]))
                continue
            }
            if matches.count > 1 {
                say(t("plain.choice.several", ["count": String(matches.count)]))
                matches.forEach { say(line($0)) }
                continue
            }
            switch confirm(t("plain.choice.confirm", ["choice": line(matches[0])]), help: help) {
            case .yes:
                say(t("plain.choice.chosen", ["choice": line(matches[0])]))
                return .picked(matches[0])
            case .no:
                continue
            case .other(let other):
                if case .back = other { continue }
                return .other(other)
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
            if let other = common(reply, help: help) { return .other(other) }
            guard case .answer(let typed) = reply else { continue }
            if typed.trimmingCharacters(in: .whitespaces).isEmpty { return .yes }
            guard let value = PlainInput.yesNo(typed) else {
                say(t("plain.error.yesNo"))
                continue
            }
            return value ? .yes : .no
        }
    }

    /// Screens 6–9: "Add a doctor?" until the answer is no. Enter alone
    /// picks nothing: adding or not is the student's decision.
    mutating func askEntry(_ step: Step, _ index: Int) -> Move {
        let count = Screens.entryCount(step, in: state.dossier)
        let summaries = Wizard.entrySummaries(step, state.dossier, language)
        let question: String
        if index < count {
            question = t("plain.entries.revisit", [
                "entry": tr("wizard.entry.\(step.rawValue)", language, ["n": String(index + 1)]),
                "summary": summaries[index]])
        } else {
            if count > 0 {
                say(t("plain.entries.list"))
                for (i, summary) in summaries.enumerated() { say("\(i + 1). \(summary)") }
            }
            question = t((count == 0 ? "plain.entries.add." : "plain.entries.addAnother.") + step.rawValue)
        }
        let current: String? = index < count ? yesNoWord(false) : nil
        while true {
            let reply = read(prompt(question, format: yesNoFormat, current: current))
            if let other = common(reply, help: tr(step.introKey, language)) { return other }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            let value: Bool? = trimmed.isEmpty ? (index < count ? false : nil) : PlainInput.yesNo(trimmed)
            guard let value else {
                say(t(trimmed.isEmpty ? "plain.entries.required" : "plain.error.yesNo"))
                continue
            }
            if !value {
                if index < count { return .next(.entry(step: step, index: index + 1)) }
                return .next(afterScreen(step))
            }
            if index >= count {
                state.step = step
                Wizard.addEntry(&state)
            }
            let entry = min(index, Screens.entryCount(step, in: state.dossier) - 1)
            let first = Screens.fields(for: step, entry: entry, dossier: state.dossier)[0].path
            return .next(.field(step: step, entry: entry, path: first))
        }
    }

    func WizardView_entrySummaries(_ step: Step) -> [String] {
        Wizard.entrySummaries(step, state.dossier, language)
    }

    /// Each required original, with what it must show: in the envelope?
    mutating func askOriginal(_ index: Int) -> Move {
        let documents = RequiredOriginals.documents(for: state.dossier)
        let document = documents[index]
        while true {
            let question = t("plain.original.question", ["document": tr("wizard.original.\(document.rawValue)", language)])
            let reply = read(prompt(question, format: yesNoFormat, current: yesNoWord(state.dossier.originals[document])))
            if let other = common(reply, help: tr("wizard.help.originals", language)) { return other }
            guard case .answer(let typed) = reply else { continue }
            if !typed.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let value = PlainInput.yesNo(typed) else {
                    say(t("plain.error.yesNo"))
                    continue
                }
                state.dossier.originals[document] = value
            }
            return .next(index + 1 < documents.count ? .original(index: index + 1) : .review)
        }
    }

    // MARK: - Review, save, done

    mutating func askReview() -> Move {
        let problems = DossierValidator.problems(in: state.dossier, today: today())
        say(tr("wizard.review.total", language, ["amount": state.dossier.total.formatted(language)]))
        sayDeadline()
        let saveQuestion: String
        let format: String
        if problems.isEmpty {
            say(tr("wizard.review.complete", language))
            saveQuestion = t("plain.review.save")
            format = yesNoFormat
        } else {
            say(t("plain.review.problems", ["count": String(problems.count)]))
            for (i, problem) in problems.enumerated() {
                say("\(i + 1). " + Wizard.problemText(problem, language))
            }
            saveQuestion = tr("wizard.saveIncomplete.question", language, ["count": String(problems.count)])
            format = t("plain.review.format", ["yesNo": yesNoFormat])
        }
        while true {
            let reply = read(prompt(saveQuestion, format: format, current: nil))
            if let other = common(reply, help: t("plain.help.review")) { return other }
            guard case .answer(let typed) = reply else { continue }
            if !problems.isEmpty, let n = PlainInput.number(typed), (1...problems.count).contains(n) {
                Wizard.jump(to: problems[n - 1], &state)
                return .next(question(at: state))
            }
            switch PlainInput.yesNo(typed) {
            case true?:
                return .end(save())
            case false?:
                say(t("plain.review.notSaved"))
            case nil:
                say(t(problems.isEmpty ? "plain.error.yesNo" : "plain.review.error",
                      ["count": String(problems.count)]))
            }
        }
    }

    mutating func save() -> PlainOutcome {
        let paths: SavedDossier
        do {
            paths = try saveDossier(state.dossier, language, now())
        } catch {
            say(t("plain.saveFailed", ["reason": String(describing: error)]))
            state.touched = true
            try? drafts.save(state)
            return .writeFailed
        }
        drafts.delete()
        state.saved = paths
        state.step = .done
        say("")
        say(tr("wizard.status.step", language, ["n": String(Step.done.number), "total": String(Step.count)])
            + " — " + tr(Step.done.titleKey, language))
        say(tr("wizard.done.saved", language) + " " + paths.jsonPath)
        say(tr("wizard.done.summary", language) + " " + paths.summaryPath)
        say("")
        console.write(EnvelopeSummary.text(for: state.dossier, language: language, today: today()))
        say("")
        if let deadline = MailingDeadline(treatment: state.dossier.treatment) {
            say(tr("wizard.done.send", language, ["date": deadline.lastMailingDay.dayMonthYear]))
        } else {
            say(tr("wizard.done.sendNoDate", language))
        }
        ReferenceData.shared.addressLines(language).forEach { say($0) }
        return .saved(paths)
    }

    // MARK: - What a screen shows beside its fields

    /// After the eligibility questions: covered or not, and why, in the
    /// words of `Eligibility` (judged at the first act once it is known).
    func sayEligibility() {
        let dossier = state.dossier
        let day = dossier.treatment.firstActDate ?? today()
        let problems = Eligibility.problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate,
                                            firstAct: day)
        if problems.isEmpty {
            if dossier.student.birthDate != nil { say(tr("wizard.eligibility.ok", language)) }
            return
        }
        say(tr("wizard.eligibility.notCovered", language))
        problems.forEach { say("- " + $0.message(language)) }
        say(t("plain.eligibility.continue"))
    }

    /// The last mailing day and the days left, once the dates allow it.
    func sayDeadline() {
        guard let deadline = MailingDeadline(treatment: state.dossier.treatment) else {
            say(tr("wizard.deadline.waiting", language))
            return
        }
        let words = Wizard.deadlineWords(deadline.daysLeft(today: today()), language).0
        say(tr("wizard.deadline.lastDay", language, ["date": deadline.lastMailingDay.dayMonthYear]) + " — " + words)
        say(tr("wizard.deadline.basis.\(deadline.basis.rawValue)", language,
               ["days": String(ReferenceData.shared.mailingDeadlineDays), "date": deadline.startDate.dayMonthYear]))
    }
}
