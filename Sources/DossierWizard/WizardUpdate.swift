import DossierCore
import Foundation

/// The wizard's logic: a pure function from a state and an event to the
/// next state and the effects to perform.
public enum Wizard {
    public static func update(_ state: WizardState, _ event: Event,
                              context: WizardContext) -> (WizardState, [WizardEffect]) {
        var s = state
        var effects: [WizardEffect] = []
        var typedInto: String?
        switch event {
        case .resize:
            return (state, [])
        case .paste(let text) where !acceptsPaste(state):
            return pasteAsKeys(text, state, context: context)
        case .paste(let text):
            typedInto = paste(text, into: &s)
            if s.step != .review && s.step != .done { s.reviewScroll = -1 }
        case .key(.character(let c)) where c.isNumber && yesNoHintShown(state):
            // The rest of a date typed into a yes/no question: "2" of
            // "15/02" must not answer Non.
            return (state, [])
        case .key(let key):
            s.notice = nil
            s.inputNote = nil
            if case .control("z") = key {
                return undo(state)
            }
            typedInto = handle(key, &s, &effects, context)
        }
        if state.step == .careSheet && s.step != .careSheet {
            settleSheet(&s)
        }
        s.lastEdited = typedInto
        let contentChanged = s.dossier != state.dossier || s.texts != state.texts
        // A new dossier after Done keeps no way back into the last one.
        let startedAnew = state.step == .done && (s.step == .welcome || s.step == .eligibility)
        if contentChanged && !startedAnew {
            s.touched = true
            if typedInto == nil || typedInto != state.lastEdited {
                var snapshot = state
                snapshot.history = []
                s.history.append(snapshot)
                if s.history.count > WizardState.historyLimit {
                    s.history.removeFirst(s.history.count - WizardState.historyLimit)
                }
            }
        }
        let moved = s.step != state.step || s.entry != state.entry || s.focus != state.focus
        if s.touched, s.step != .done, s.step != .welcome, !effects.contains(.saveDossier),
           !effects.contains(.deleteDraft), !effects.contains(.saveDraft),
           moved || (contentChanged && typedInto == nil) {
            effects.insert(.saveDraft, at: 0)
        }
        return (s, effects)
    }

    /// Feeds back what the session did with an effect.
    public static func receive(_ state: WizardState, _ outcome: WizardOutcome,
                               context: WizardContext) -> (WizardState, [WizardEffect]) {
        var s = state
        switch outcome {
        case .dossierSaved(let paths):
            s.saved = paths
            s.overlay = nil
            s.saveFailure = nil
            enter(.done, &s)
            return (s, [.deleteDraft])
        case .dossierSaveFailed(let reason):
            // The data stays; the Review keeps saying why, and F10 offers
            // another folder.
            s.saveFailure = reason
            s.notice = Notice("wizard.notice.notSaved", kind: .error)
        case .noDraftForCNIE:
            s.notice = Notice("wizard.kiosk.noDraft", kind: .error)
        case .draftSaveFailed(let reason):
            s.notice = Notice("wizard.notice.draftFailed", ["reason": reason], kind: .error)
        }
        return (s, [])
    }

    // MARK: - Keys

    /// Returns the path of the field typed into, if the key was typing.
    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        if let overlay = s.overlay {
            handleOverlay(overlay, key, &s, &effects)
            return nil
        }
        switch key {
        case .function(2):
            s.overlay = .settings(row: 0)
            return nil
        case .control("q"), .control("c"):
            if s.touched && s.step != .done {
                s.overlay = .quit
            } else {
                effects.append(.quit)
            }
            return nil
        case .function(10), .control("s"):
            if s.step == .review && s.saveFailure != nil {
                s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
                s.overlay = .saveElsewhere
            } else if s.step == .review {
                requestFinalSave(&s, &effects, context)
            } else if s.step != .welcome && s.step != .done {
                effects.append(.saveDraft)
                s.notice = Notice("wizard.notice.draftSaved", kind: .success)
            }
            return nil
        case .function(1):
            s.overlay = .help(key: helpKey(s))
            return nil
        default:
            break
        }
        let opensAtTop = s.step != .review && s.step != .done && s.reviewScroll >= 0
        if opensAtTop && focusBelowTop(s, context) {
            // A screen opens at its first line; on a small terminal the
            // question may be below it. ↓, PgDn or Enter first bring it
            // into view, so that nothing is answered unseen.
            switch key {
            case .down, .pageDown, .enter:
                s.reviewScroll = -1
                return nil
            default:
                break
            }
        }
        let stepBefore = s.step
        let entryBefore = s.entry
        defer {
            // Once the student acts on the screen, the view follows the focus.
            if opensAtTop && s.step == stepBefore && s.entry == entryBefore { s.reviewScroll = -1 }
        }
        if s.step.isEntryList && s.entry == nil {
            handleEntryList(key, &s)
            return nil
        }
        switch s.step {
        case .welcome: handleWelcome(key, &s, &effects)
        case .review: handleReview(key, &s, &effects, context)
        case .done: handleDone(key, &s, &effects, context)
        default:
            return handleForm(key, &s, context)
        }
        return nil
    }

    /// Whether the focused field (or the selected row) is below the first
    /// screenful at the terminal's size.
    static func focusBelowTop(_ s: WizardState, _ context: WizardContext) -> Bool {
        let width = max(minimumWidth, context.screenWidth)
        let bodyHeight = max(minimumHeight, context.screenHeight) - 4
        let writer = ScreenWriter(language: s.language, width: width, bidi: s.bidi)
        let lines = body(s, writer, context, bodyHeight: bodyHeight)
        return windowStart(lines, height: bodyHeight, focus: s.focus, scroll: -1) > 0
    }

    /// The yes/no question with the focus says which keys answer it.
    static func yesNoHintShown(_ s: WizardState) -> Bool {
        guard s.overlay == nil, let field = s.focusedField, case .yesNo = field.kind,
              let note = s.inputNote else { return false }
        return note.path == field.path && note.notice.key == "wizard.yesNo.hint"
    }

    static func helpKey(_ s: WizardState) -> String {
        if let field = s.focusedField { return field.helpKey }
        return "wizard.help.screen.\(s.step.rawValue)"
    }

    static func isYes(_ key: Key) -> Bool {
        switch key {
        case .character(let c): "oOyY1ن".contains(c)
        default: false
        }
    }

    static func handleOverlay(_ overlay: Overlay, _ key: Key, _ s: inout WizardState,
                              _ effects: inout [WizardEffect]) {
        switch overlay {
        case .help:
            s.overlay = nil
        case .quit:
            switch key {
            case .character("1"):
                s.overlay = nil
                effects += [.saveDraft, .quit]
            case .character("2"):
                s.overlay = nil
                effects += [.deleteDraft, .quit]
            case .escape, .character("3"):
                s.overlay = nil
            default:
                break
            }
        case .removeEntry(let index):
            s.overlay = nil
            if isYes(key) { removeEntry(index, &s) }
        case .saveIncomplete:
            s.overlay = nil
            if isYes(key) { effects.append(.saveDossier) }
        case .settings(let row):
            handleSettings(row: row, key, &s, &effects)
        case .bidiCheck(let choice):
            handleBidiCheck(choice: choice, key, &s, &effects)
        case .saveElsewhere, .resumeByCNIE:
            handlePrompt(overlay, key, &s, &effects)
        }
    }

    // MARK: - Language and bidi

    /// Every way of choosing a language ends here: the first time Arabic is
    /// chosen with no bidi mode known, the check screen comes up.
    static func setLanguage(_ language: Language, _ s: inout WizardState) {
        s.language = language
        if language.isRightToLeft && !s.bidiKnown && s.overlay == nil {
            s.overlay = .bidiCheck(choice: 0)
        }
    }

    static func cycledLanguage(_ language: Language, by step: Int) -> Language {
        let all = Language.allCases
        let index = all.firstIndex(of: language)!
        return all[(index + step + all.count) % all.count]
    }

    static func handleSettings(row: Int, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .escape, .enter, .function(2):
            s.overlay = nil
            setLanguage(s.language, &s)
        case .up, .backTab:
            s.overlay = .settings(row: 0)
        case .down, .tab:
            s.overlay = .settings(row: 1)
        case .left, .right, .character(" "):
            if row == 0 {
                s.language = cycledLanguage(s.language, by: key == .left ? -1 : 1)
            } else {
                s.bidi = s.bidi == .app ? .terminal : .app
                s.bidiKnown = true
                effects.append(.saveSettings)
            }
        case .character(let c) where row == 0 && ("1"..."3").contains(c):
            s.language = Language.allCases[Int(String(c))! - 1]
        default:
            break
        }
    }

    static func handleBidiCheck(choice: Int, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        func answer(_ mode: BidiMode) {
            s.bidi = mode
            s.bidiKnown = true
            s.overlay = nil
            effects.append(.saveSettings)
        }
        switch key {
        case .character("1"): answer(.app)
        case .character("2"): answer(.terminal)
        case .enter: answer(choice == 0 ? .app : .terminal)
        case .up, .down, .left, .right, .tab, .backTab: s.overlay = .bidiCheck(choice: 1 - choice)
        // Not answered: asked again the next time Arabic is chosen.
        case .escape: s.overlay = nil
        default: break
        }
    }

    /// The one-line prompts: another folder after a failed save, a CNIE
    /// at the kiosk.
    static func handlePrompt(_ overlay: Overlay, _ key: Key, _ s: inout WizardState,
                             _ effects: inout [WizardEffect]) {
        switch key {
        case .escape:
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        case .enter:
            let text = s.prompt.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
            effects.append(overlay == .saveElsewhere ? .saveDossierIn(folder: text) : .resumeByCNIE(text))
        case .character(let c) where TextInput.isRefused(c):
            s.inputNote = FieldNote(path: promptPath, notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
        default:
            _ = s.prompt.handle(key)
        }
    }

    /// The `FieldNote` path of a prompt overlay's field.
    static let promptPath = "prompt"

    /// The kiosk's next student, or a new dossier: nothing of the previous
    /// state survives, not even the undo history, only the terminal's settings.
    static func freshStart(_ s: WizardState) -> WizardState {
        WizardState(language: s.language).withSettings(of: s)
    }

    // MARK: - Welcome

    /// The choices of the welcome screen. At a kiosk the draft of whoever
    /// used the terminal before is never offered: a student finds their own
    /// by typing their CNIE.
    public enum WelcomeRow: Equatable, Sendable {
        case resume, start, resumeByCNIE, language
    }

    public static func welcomeRows(_ s: WizardState) -> [WelcomeRow] {
        var rows: [WelcomeRow] = []
        if s.draftOffer != nil && !s.kiosk { rows.append(.resume) }
        rows.append(.start)
        if s.kiosk { rows.append(.resumeByCNIE) }
        rows.append(.language)
        return rows
    }

    static func handleWelcome(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        let rows = welcomeRows(s)
        let row = rows[min(max(0, s.listSelection), rows.count - 1)]
        func start() {
            s.draftOffer = nil
            enter(.eligibility, &s)
        }
        switch key {
        case .up, .backTab: s.listSelection = max(0, s.listSelection - 1)
        case .down, .tab: s.listSelection = min(rows.count - 1, s.listSelection + 1)
        case .character("r") where rows.contains(.resume):
            effects.append(.resumeDraft)
        case .character("n"):
            start()
        case .left where row == .language:
            setLanguage(cycledLanguage(s.language, by: -1), &s)
        case .right where row == .language, .character(" ") where row == .language:
            setLanguage(cycledLanguage(s.language, by: 1), &s)
        case .character(let c) where row == .language && ("1"..."3").contains(c):
            setLanguage(Language.allCases[Int(String(c))! - 1], &s)
        case .enter:
            switch row {
            case .resume: effects.append(.resumeDraft)
            case .start: start()
            case .resumeByCNIE:
                s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
                s.overlay = .resumeByCNIE
            case .language: setLanguage(cycledLanguage(s.language, by: 1), &s)
            }
        default:
            break
        }
    }

    // MARK: - Moving between screens and fields

    /// Goes to a screen, focus on its first field.
    static func enter(_ step: Step, _ s: inout WizardState) {
        s.step = step
        s.entry = nil
        s.reviewReturn = nil
        // Review, Done and the entry lists follow their selection; every
        // other screen opens at its first line (see `focusBelowTop`).
        s.reviewScroll = step == .review || step == .done || step.isEntryList ? -1 : 0
        s.listQuery = ""
        if step.isEntryList {
            let count = Screens.entryCount(step, in: s.dossier)
            // An empty list: Enter skips the screen (the "continue" row).
            s.listSelection = count == 0 ? count + 1 : 0
            s.focus = 0
        } else if step == .review {
            s.listSelection = 0
        } else {
            focusField(0, &s)
        }
    }

    static func goForward(_ s: inout WizardState) {
        if let next = s.step.next(for: s.dossier.sheet) { enter(next, &s) }
    }

    static func goBack(_ s: inout WizardState) {
        if s.step.isEntryList, let index = s.entry {
            closeEntry(index, &s)
            return
        }
        if let previous = s.step.previous(for: s.dossier.sheet) {
            enter(previous, &s)
        }
    }

    static func focusField(_ index: Int, _ s: inout WizardState) {
        let fields = s.fields
        s.focus = fields.isEmpty ? 0 : min(max(0, index), fields.count - 1)
        s.listQuery = ""
        s.listSelection = 0
        guard let field = s.focusedField else { return }
        switch field.kind {
        case .choice(let options):
            let current = choiceValue(field, s.dossier)
            s.listSelection = options.firstIndex { $0.id == current } ?? 0
        case .diseaseList:
            let numbers = ReferenceData.shared.chronicDiseases.map(\.number)
            s.listSelection = s.dossier.chronicDisease.flatMap { numbers.firstIndex(of: $0) } ?? 0
        default:
            s.cursor = FieldValues.text(field, in: s).count
        }
    }

    /// Leaving a field: a wrong value is shown under it and, when moving
    /// forward, keeps the focus there; an empty required field is only marked.
    /// Returns false when the focus must stay.
    static func leaveField(_ s: inout WizardState, forward: Bool, _ context: WizardContext) -> Bool {
        guard let field = s.focusedField, field.kind.isTyped else { return true }
        let text = FieldValues.text(field, in: s)
        if let problem = FieldValues.problem(field, text: text, dossier: s.dossier, today: context.today) {
            if FieldValues.isMissing(problem) {
                if field.required { s.errors[field.path] = problem } else { s.errors[field.path] = nil }
                return true
            }
            s.errors[field.path] = problem
            return !forward
        }
        s.errors[field.path] = nil
        return true
    }

    static func nextField(_ s: inout WizardState, _ context: WizardContext, screenEnd: Bool) {
        guard leaveField(&s, forward: true, context) else { return }
        if s.focus + 1 < s.fields.count {
            focusField(s.focus + 1, &s)
        } else if screenEnd {
            if s.step.isEntryList, let index = s.entry {
                closeEntry(index, &s)
            } else {
                goForward(&s)
            }
        }
    }

    static func previousField(_ s: inout WizardState, _ context: WizardContext) {
        _ = leaveField(&s, forward: false, context)
        if s.focus > 0 { focusField(s.focus - 1, &s) }
    }

    // MARK: - Forms

    static func handleForm(_ key: Key, _ s: inout WizardState, _ context: WizardContext) -> String? {
        guard let field = s.focusedField else {
            switch key {
            case .escape: goBack(&s)
            case .enter: goForward(&s)
            default: break
            }
            return nil
        }
        switch key {
        case .escape:
            _ = leaveField(&s, forward: false, context)
            goBack(&s)
            return nil
        case .enter:
            if case .diseaseList = field.kind { pickDisease(&s) }
            if s.reviewReturn == field.path {
                // Fixed what the Review pointed at: back to the Review.
                guard leaveField(&s, forward: true, context) else { return nil }
                enter(.review, &s)
                return nil
            }
            nextField(&s, context, screenEnd: true)
            return nil
        case .tab:
            nextField(&s, context, screenEnd: false)
            return nil
        case .backTab:
            previousField(&s, context)
            return nil
        default:
            break
        }
        switch field.kind {
        case .text, .identifier, .date, .amount:
            switch key {
            case .down:
                nextField(&s, context, screenEnd: false)
                return nil
            case .up:
                previousField(&s, context)
                return nil
            case .character("?") where FieldValues.text(field, in: s).isEmpty:
                s.overlay = .help(key: field.helpKey)
                return nil
            case .character(let c) where TextInput.isRefused(c):
                s.inputNote = FieldNote(path: field.path,
                                        notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
                return nil
            default:
                var input = TextInput(text: FieldValues.text(field, in: s), cursor: s.cursor,
                                      maxLength: field.maxLength)
                let before = input.text
                if case .character = key, before.count >= field.maxLength {
                    s.inputNote = FieldNote(path: field.path,
                                            notice: Notice("wizard.input.full", ["limit": String(field.maxLength)]))
                    return nil
                }
                guard input.handle(key) else { return nil }
                s.cursor = input.cursor
                guard input.text != before else { return nil }
                setText(field, input.text, &s)
                return field.path
            }
        case .yesNo:
            guard case .flag(let kp) = field.binding else { return nil }
            switch key {
            case .down: nextField(&s, context, screenEnd: false)
            case .up: previousField(&s, context)
            case .left, .right, .character(" "): s.dossier[keyPath: kp].toggle()
            case .character(let c) where "oOyY1".contains(c): s.dossier[keyPath: kp] = true
            case .character(let c) where "nN2".contains(c): s.dossier[keyPath: kp] = false
            case .character("?"): s.overlay = .help(key: field.helpKey)
            case .character:
                // A date typed here by mistake must not answer the question:
                // any other key changes nothing and says which ones do.
                s.inputNote = FieldNote(path: field.path, notice: Notice("wizard.yesNo.hint", kind: .error))
            default: break
            }
            return nil
        case .choice(let options):
            var selection = s.listSelection
            switch key {
            case .up, .left: selection = max(0, selection - 1)
            case .down, .right: selection = min(options.count - 1, selection + 1)
            case .home: selection = 0
            case .end: selection = options.count - 1
            case .character(let c) where c.isASCII && c.isNumber:
                let n = Int(String(c))!
                if (1...options.count).contains(n) { selection = n - 1 }
            case .character("?"):
                s.overlay = .help(key: field.helpKey)
            default:
                break
            }
            s.listSelection = selection
            setChoice(field, options[selection].id, &s)
            return nil
        case .diseaseList:
            let filtered = ChoiceSearch.filter(Screens.diseaseItems(s.language), query: s.listQuery)
            let last = max(0, filtered.count - 1)
            switch key {
            case .up: s.listSelection = max(0, s.listSelection - 1)
            case .down: s.listSelection = min(last, s.listSelection + 1)
            case .pageUp: s.listSelection = max(0, s.listSelection - pageSize)
            case .pageDown: s.listSelection = min(last, s.listSelection + pageSize)
            case .home: s.listSelection = 0
            case .end: s.listSelection = last
            case .backspace:
                if !s.listQuery.isEmpty {
                    s.listQuery.removeLast()
                    s.listSelection = 0
                }
            case .character("?") where s.listQuery.isEmpty:
                s.overlay = .help(key: field.helpKey)
            case .character(let c) where !c.isNewline:
                if s.listQuery.count < 40 {
                    s.listQuery.append(c)
                    s.listSelection = 0
                }
            default:
                break
            }
            return nil
        case .checklist:
            let documents = RequiredOriginals.documents(for: s.dossier)
            let last = max(0, documents.count - 1)
            switch key {
            case .up: s.listSelection = max(0, s.listSelection - 1)
            case .down: s.listSelection = min(last, s.listSelection + 1)
            case .home, .pageUp: s.listSelection = 0
            case .end, .pageDown: s.listSelection = last
            case .character(" "):
                if documents.indices.contains(s.listSelection) {
                    s.dossier.originals[documents[s.listSelection]].toggle()
                }
            case .character("?"):
                s.overlay = .help(key: field.helpKey)
            default:
                break
            }
            return nil
        }
    }

    static let pageSize = 8

    static func setText(_ field: FieldSpec, _ text: String, _ s: inout WizardState) {
        s.texts[field.path] = text
        FieldValues.commit(field, text: text, into: &s.dossier)
        // A corrected value clears its message at once; a new one waits for
        // the field to be left, so the student is not scolded mid-typing.
        s.errors[field.path] = nil
    }

    /// Whether a paste can go straight into a text: a typed field has the
    /// focus, or a prompt is open.
    static func acceptsPaste(_ s: WizardState) -> Bool {
        if s.overlay == .saveElsewhere || s.overlay == .resumeByCNIE { return true }
        return s.overlay == nil && s.focusedField?.kind.isTyped == true
    }

    /// Keys that arrive in one burst (a slow SSH link, a fast typist: `a`
    /// then a doctor's name) reach the terminal as one paste. Where no text
    /// has the focus they are what they were, keys, one at a time, until a
    /// text takes the focus and the rest goes into it: nothing typed is lost.
    static func pasteAsKeys(_ text: String, _ state: WizardState,
                            context: WizardContext) -> (WizardState, [WizardEffect]) {
        var current = state
        var effects: [WizardEffect] = []
        var index = text.startIndex
        while index < text.endIndex && !acceptsPaste(current) {
            let (next, more) = update(current, .key(.character(text[index])), context: context)
            current = next
            effects += more
            index = text.index(after: index)
            if more.contains(.quit) { return (current, effects) }
        }
        if index < text.endIndex {
            let (next, more) = update(current, .paste(String(text[index...])), context: context)
            current = next
            effects += more
        }
        return (current, effects)
    }

    /// A paste goes into the focused field (or an open prompt), cut at the
    /// field's limit; what was cut or refused is said next to the field.
    static func paste(_ text: String, into s: inout WizardState) -> String? {
        if s.overlay == .saveElsewhere || s.overlay == .resumeByCNIE {
            let report = s.prompt.insert(text)
            s.inputNote = note(report, path: promptPath, limit: s.prompt.maxLength)
            return nil
        }
        guard s.overlay == nil, let field = s.focusedField, field.kind.isTyped else { return nil }
        var input = TextInput(text: FieldValues.text(field, in: s), cursor: s.cursor, maxLength: field.maxLength)
        let before = input.text
        let report = input.insert(text)
        s.inputNote = note(report, path: field.path, limit: field.maxLength)
        s.cursor = input.cursor
        guard input.text != before else { return nil }
        setText(field, input.text, &s)
        return field.path
    }

    static func note(_ report: TextInput.InsertReport, path: String, limit: Int) -> FieldNote? {
        let notice: Notice
        switch (report.cut, report.refused > 0) {
        case (true, true):
            notice = Notice("wizard.input.cutAndRefused", ["kept": String(report.kept), "limit": String(limit),
                                                           "count": String(report.refused)], kind: .error)
        case (true, false):
            notice = Notice("wizard.input.pasteCut", ["kept": String(report.kept), "limit": String(limit)],
                            kind: .error)
        case (false, true):
            notice = Notice("wizard.input.refused", ["count": String(report.refused)], kind: .error)
        case (false, false):
            return nil
        }
        return FieldNote(path: path, notice: notice)
    }

    static func choiceValue(_ field: FieldSpec, _ dossier: Dossier) -> String {
        switch field.binding {
        case .sheet: dossier.sheet.rawValue
        case .labKind(let i): dossier.labs.indices.contains(i) ? dossier.labs[i].kind.rawValue : ""
        default: ""
        }
    }

    static func setChoice(_ field: FieldSpec, _ id: String, _ s: inout WizardState) {
        switch field.binding {
        case .sheet:
            guard let sheet = CareSheetKind(rawValue: id), sheet != s.dossier.sheet else { return }
            // Only the choice moves here: what the new sheet cannot hold is
            // let go when the screen is left (`settleSheet`), so arrowing
            // past "dental" or "ordinary" on the way loses nothing.
            s.dossier.sheet = sheet
        case .labKind(let i):
            guard let kind = LabExam.Kind(rawValue: id), s.dossier.labs.indices.contains(i) else { return }
            s.dossier.labs[i].kind = kind
        default:
            break
        }
    }

    /// On leaving the care-sheet screen, the dossier keeps only what the
    /// chosen sheet holds: the disease belongs to the chronic sheet, and
    /// entries the sheet has no screen for (a pharmacy purchase on a dental
    /// sheet) could be neither seen nor removed, yet the Review would count
    /// them. They leave the dossier with their texts and messages, the
    /// student is told, and one Ctrl-Z brings everything back.
    /// Returns how many entries went (the notice says it too).
    @discardableResult
    static func settleSheet(_ s: inout WizardState) -> Int {
        let sheet = s.dossier.sheet
        if sheet != .chronic { s.dossier.chronicDisease = nil }
        var removed = 0
        for step in Step.allCases where step.isEntryList && !step.applies(to: sheet) {
            removed += Screens.entryCount(step, in: s.dossier)
            switch step {
            case .practitioners: s.dossier.practitioners = []
            case .pharmacies: s.dossier.pharmacies = []
            case .labs: s.dossier.labs = []
            case .dentists: s.dossier.dentists = []
            default: break
            }
            let prefix = "\(step.rawValue)["
            s.texts = s.texts.filter { !$0.key.hasPrefix(prefix) }
            s.errors = s.errors.filter { !$0.key.hasPrefix(prefix) }
        }
        if removed > 0 {
            s.notice = Notice(removed == 1 ? "wizard.sheet.entriesRemoved.one" : "wizard.sheet.entriesRemoved",
                              ["count": String(removed), "sheet": tr("wizard.sheet.\(sheet.rawValue).name", s.language)],
                              kind: .error)
        }
        return removed
    }

    static func pickDisease(_ s: inout WizardState) {
        let filtered = ChoiceSearch.filter(Screens.diseaseItems(s.language), query: s.listQuery)
        guard filtered.indices.contains(s.listSelection) else { return }
        s.dossier.chronicDisease = filtered[s.listSelection].number
        s.errors["chronicDisease"] = nil
    }

    // MARK: - Entry lists (screens 6–9)

    static func handleEntryList(_ key: Key, _ s: inout WizardState) {
        let count = Screens.entryCount(s.step, in: s.dossier)
        let addRow = count
        let continueRow = count + 1
        switch key {
        case .escape:
            goBack(&s)
        case .up, .backTab:
            s.listSelection = max(0, s.listSelection - 1)
        case .down, .tab:
            s.listSelection = min(continueRow, s.listSelection + 1)
        case .home, .pageUp:
            s.listSelection = 0
        case .end, .pageDown:
            s.listSelection = continueRow
        case .character("a"), .character("A"), .insert, .character("+"):
            addEntry(&s)
        case .character("n"), .character("N"):
            goForward(&s)
        case .delete, .character("d"), .character("D"):
            if s.listSelection < count { s.overlay = .removeEntry(index: s.listSelection) }
        case .character("?"):
            s.overlay = .help(key: "wizard.help.screen.\(s.step.rawValue)")
        case .enter:
            if s.listSelection < count {
                s.entry = s.listSelection
                focusField(0, &s)
            } else if s.listSelection == addRow {
                addEntry(&s)
            } else {
                goForward(&s)
            }
        default:
            break
        }
    }

    static func addEntry(_ s: inout WizardState) {
        let index: Int
        switch s.step {
        case .practitioners:
            index = s.dossier.practitioners.count
            s.dossier.practitioners.append(Practitioner())
        case .pharmacies:
            index = s.dossier.pharmacies.count
            s.dossier.pharmacies.append(PharmacyPurchase())
        case .labs:
            index = s.dossier.labs.count
            s.dossier.labs.append(LabExam())
        case .dentists:
            index = s.dossier.dentists.count
            s.dossier.dentists.append(DentalCare())
        default:
            return
        }
        s.entry = index
        focusField(0, &s)
    }

    /// Back from an entry form to its list. An entry left entirely blank
    /// (added by mistake) is dropped: nothing typed is lost by that.
    static func closeEntry(_ index: Int, _ s: inout WizardState) {
        let prefix = "\(s.step.rawValue)[\(index)]."
        let typedSomething = s.texts.contains { $0.key.hasPrefix(prefix) && !$0.value.isEmpty }
        let blank: Bool
        switch s.step {
        case .practitioners: blank = s.dossier.practitioners[index] == Practitioner()
        case .pharmacies: blank = s.dossier.pharmacies[index] == PharmacyPurchase()
        case .labs: blank = s.dossier.labs[index] == LabExam()
        case .dentists: blank = s.dossier.dentists[index] == DentalCare()
        default: blank = false
        }
        s.entry = nil
        s.focus = 0
        if blank && !typedSomething {
            removeEntry(index, &s)
        } else {
            s.listSelection = index
        }
    }

    static func removeEntry(_ index: Int, _ s: inout WizardState) {
        switch s.step {
        case .practitioners where s.dossier.practitioners.indices.contains(index):
            s.dossier.practitioners.remove(at: index)
        case .pharmacies where s.dossier.pharmacies.indices.contains(index):
            s.dossier.pharmacies.remove(at: index)
        case .labs where s.dossier.labs.indices.contains(index):
            s.dossier.labs.remove(at: index)
        case .dentists where s.dossier.dentists.indices.contains(index):
            s.dossier.dentists.remove(at: index)
        default:
            return
        }
        let array = s.step.rawValue
        s.texts = reindex(s.texts, array: array, removed: index)
        s.errors = reindex(s.errors, array: array, removed: index)
        let count = Screens.entryCount(s.step, in: s.dossier)
        s.listSelection = count == 0 ? count + 1 : min(index, count - 1)
    }

    /// After removing entry `removed`, the texts and messages of the entries
    /// after it move down by one, so each stays with its entry.
    static func reindex<V>(_ values: [String: V], array: String, removed: Int) -> [String: V] {
        var result: [String: V] = [:]
        for (path, value) in values {
            guard let location = ProblemLocation.entryIndex(path, array: array) else {
                result[path] = value
                continue
            }
            if location.index == removed { continue }
            let newIndex = location.index > removed ? location.index - 1 : location.index
            result["\(array)[\(newIndex)]\(location.rest)"] = value
        }
        return result
    }

    // MARK: - Review and Done

    /// The selectable rows of the Review: each remaining problem, then "save".
    public static func reviewProblems(_ s: WizardState, _ context: WizardContext) -> [Problem] {
        DossierValidator.problems(in: s.dossier, today: context.today)
    }

    static func handleReview(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                             _ context: WizardContext) {
        let problems = reviewProblems(s, context)
        let saveRow = problems.count
        switch key {
        case .escape:
            goBack(&s)
        // Where the selection cannot move further (only "Save" left, or
        // the first problem), the arrows scroll the Review instead.
        case .up where s.listSelection == 0:
            s.reviewScroll = max(0, reviewStart(s, context) - 1)
        case .down where s.listSelection >= saveRow:
            s.reviewScroll = min(maxScroll(s, context), reviewStart(s, context) + 1)
        case .up, .backTab:
            s.listSelection = max(0, s.listSelection - 1)
            s.reviewScroll = -1
        case .down, .tab:
            s.listSelection = min(saveRow, s.listSelection + 1)
            s.reviewScroll = -1
        case .pageUp:
            s.reviewScroll = max(0, (s.reviewScroll < 0 ? 0 : s.reviewScroll) - pageSize)
        case .pageDown:
            s.reviewScroll = min(maxScroll(s, context), (s.reviewScroll < 0 ? 0 : s.reviewScroll) + pageSize)
        case .home:
            s.reviewScroll = 0
        case .end:
            s.listSelection = saveRow
            s.reviewScroll = -1
        case .character("?"):
            s.overlay = .help(key: "wizard.help.screen.review")
        case .enter:
            if s.listSelection < saveRow {
                jump(to: problems[s.listSelection], &s)
            } else {
                requestFinalSave(&s, &effects, context)
            }
        default:
            break
        }
    }

    static func requestFinalSave(_ s: inout WizardState, _ effects: inout [WizardEffect],
                                 _ context: WizardContext) {
        let problems = reviewProblems(s, context)
        if problems.isEmpty {
            effects.append(.saveDossier)
        } else {
            s.overlay = .saveIncomplete(problemCount: problems.count)
        }
    }

    /// Takes the student to the field a problem is about.
    public static func jump(to problem: Problem, _ s: inout WizardState) {
        let location = ProblemLocation.locate(problem.path, sheet: s.dossier.sheet)
        enter(location.step, &s)
        if let entry = location.entry {
            s.entry = entry
            focusField(0, &s)
        }
        if let path = location.field, let index = s.fields.firstIndex(where: { $0.path == path }) {
            focusField(index, &s)
        }
        if location.step == .originals, let document = Originals.Document(rawValue: location.document ?? "") {
            s.listSelection = RequiredOriginals.documents(for: s.dossier).firstIndex(of: document) ?? 0
        }
        if location.step.isEntryList && location.entry == nil {
            s.listSelection = Screens.entryCount(location.step, in: s.dossier)
        }
        // Straight to the field the problem is about, not to the screen's top.
        s.reviewScroll = -1
        s.reviewReturn = s.focusedField.map(\.path).flatMap { $0 == location.field ? $0 : nil }
    }

    static func handleDone(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                           _ context: WizardContext) {
        // Scrolling stops at the last line, so Up answers at once however
        // many times Down was pressed.
        let last = maxScroll(s, context)
        let scroll = min(max(0, s.reviewScroll), last)
        switch key {
        case .enter where s.kiosk, .character("n") where s.kiosk, .character("N") where s.kiosk:
            // The next student: a clean screen, no scrollback, no draft,
            // no undo history leading back into this dossier.
            s = freshStart(s)
            effects += [.deleteDraft, .clearScreen]
        case .enter, .character("q"), .character("Q"):
            effects.append(.quit)
        case .character("n"), .character("N"):
            s = freshStart(s)
            enter(.eligibility, &s)
        case .escape:
            enter(.review, &s)
        case .down:
            s.reviewScroll = min(last, scroll + 1)
        case .up:
            s.reviewScroll = max(0, scroll - 1)
        case .pageDown:
            s.reviewScroll = min(last, scroll + pageSize)
        case .pageUp:
            s.reviewScroll = max(0, scroll - pageSize)
        case .home:
            s.reviewScroll = 0
        default:
            break
        }
    }

    /// The first line of the Review shown now, at the screen size of the context.
    static func reviewStart(_ s: WizardState, _ context: WizardContext) -> Int {
        let width = max(minimumWidth, context.screenWidth)
        let bodyHeight = max(minimumHeight, context.screenHeight) - 4
        let writer = ScreenWriter(language: s.language, width: width, bidi: s.bidi)
        let lines = body(s, writer, context, bodyHeight: bodyHeight)
        return windowStart(lines, height: bodyHeight, focus: s.focus, scroll: s.reviewScroll)
    }

    /// The last first line of a scrolled screen (Review, Done) at the
    /// screen size of the context.
    static func maxScroll(_ s: WizardState, _ context: WizardContext) -> Int {
        let width = max(minimumWidth, context.screenWidth)
        let bodyHeight = max(minimumHeight, context.screenHeight) - 4
        let writer = ScreenWriter(language: s.language, width: width, bidi: s.bidi)
        let lines = body(s, writer, context, bodyHeight: bodyHeight)
        return max(0, lines.count - bodyHeight)
    }

    // MARK: - Undo

    static func undo(_ state: WizardState) -> (WizardState, [WizardEffect]) {
        guard var previous = state.history.last else {
            var s = state
            s.notice = Notice("wizard.notice.nothingToUndo")
            return (s, [])
        }
        previous.history = Array(state.history.dropLast())
        previous = previous.withSettings(of: state)
        previous.startWarning = state.startWarning
        previous.saveFailure = state.saveFailure
        previous.overlay = nil
        previous.lastEdited = nil
        previous.touched = true
        previous.notice = Notice("wizard.notice.undone")
        return (previous, [.saveDraft])
    }
}
