import DossierCore

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
        case .paste(let text):
            typedInto = paste(text, into: &s)
        case .key(let key):
            s.notice = nil
            if case .control("z") = key {
                return undo(state)
            }
            typedInto = handle(key, &s, &effects, context)
        }
        s.lastEdited = typedInto
        let contentChanged = s.dossier != state.dossier || s.texts != state.texts
        if contentChanged {
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
            enter(.done, &s)
            return (s, [.deleteDraft])
        case .dossierSaveFailed(let reason):
            s.notice = Notice("wizard.notice.saveFailed", ["reason": reason], kind: .error)
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
            let all = Language.allCases
            s.language = all[(all.firstIndex(of: s.language)! + 1) % all.count]
            return nil
        case .control("q"), .control("c"):
            if s.touched && s.step != .done {
                s.overlay = .quit
            } else {
                effects.append(.quit)
            }
            return nil
        case .function(10), .control("s"):
            if s.step == .review {
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
        if s.step.isEntryList && s.entry == nil {
            handleEntryList(key, &s)
            return nil
        }
        switch s.step {
        case .welcome: handleWelcome(key, &s, &effects)
        case .review: handleReview(key, &s, &effects, context)
        case .done: handleDone(key, &s, &effects)
        default:
            return handleForm(key, &s, context)
        }
        return nil
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
        }
    }

    // MARK: - Welcome

    static func welcomeOptions(_ s: WizardState) -> Int { s.draftOffer == nil ? 1 : 2 }

    static func handleWelcome(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        let count = welcomeOptions(s)
        switch key {
        case .up: s.listSelection = max(0, s.listSelection - 1)
        case .down, .tab: s.listSelection = min(count - 1, s.listSelection + 1)
        case .character("r") where s.draftOffer != nil:
            effects.append(.resumeDraft)
        case .character("n"):
            s.draftOffer = nil
            enter(.eligibility, &s)
        case .enter:
            if s.draftOffer != nil && s.listSelection == 0 {
                effects.append(.resumeDraft)
            } else {
                s.draftOffer = nil
                enter(.eligibility, &s)
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
        s.reviewScroll = -1
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
            default:
                var input = TextInput(text: FieldValues.text(field, in: s), cursor: s.cursor,
                                      maxLength: field.maxLength)
                let before = input.text
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

    static func paste(_ text: String, into s: inout WizardState) -> String? {
        guard s.overlay == nil, let field = s.focusedField, field.kind.isTyped else { return nil }
        var input = TextInput(text: FieldValues.text(field, in: s), cursor: s.cursor, maxLength: field.maxLength)
        input.insert(text)
        s.cursor = input.cursor
        setText(field, input.text, &s)
        return field.path
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
            s.dossier.sheet = sheet
            // The disease belongs to the chronic sheet only.
            if sheet != .chronic { s.dossier.chronicDisease = nil }
        case .labKind(let i):
            guard let kind = LabExam.Kind(rawValue: id), s.dossier.labs.indices.contains(i) else { return }
            s.dossier.labs[i].kind = kind
        default:
            break
        }
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
        case .up, .backTab:
            s.listSelection = max(0, s.listSelection - 1)
            s.reviewScroll = -1
        case .down, .tab:
            s.listSelection = min(saveRow, s.listSelection + 1)
            s.reviewScroll = -1
        case .pageUp:
            s.reviewScroll = max(0, (s.reviewScroll < 0 ? 0 : s.reviewScroll) - pageSize)
        case .pageDown:
            s.reviewScroll = (s.reviewScroll < 0 ? 0 : s.reviewScroll) + pageSize
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
    }

    static func handleDone(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .enter, .character("q"), .character("Q"):
            effects.append(.quit)
        case .character("n"), .character("N"):
            let language = s.language
            s = WizardState(language: language)
            enter(.eligibility, &s)
        case .escape:
            enter(.review, &s)
        case .down:
            s.reviewScroll = max(0, s.reviewScroll) + 1
        case .up:
            s.reviewScroll = max(0, s.reviewScroll - 1)
        case .pageDown:
            s.reviewScroll = max(0, s.reviewScroll) + pageSize
        case .pageUp:
            s.reviewScroll = max(0, s.reviewScroll - pageSize)
        case .home:
            s.reviewScroll = 0
        default:
            break
        }
    }

    // MARK: - Undo

    static func undo(_ state: WizardState) -> (WizardState, [WizardEffect]) {
        guard var previous = state.history.last else {
            var s = state
            s.notice = Notice("wizard.notice.nothingToUndo")
            return (s, [])
        }
        previous.history = Array(state.history.dropLast())
        previous.language = state.language
        previous.overlay = nil
        previous.lastEdited = nil
        previous.touched = true
        previous.notice = Notice("wizard.notice.undone")
        return (previous, [.saveDraft])
    }
}
