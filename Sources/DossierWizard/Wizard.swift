import DossierCore

/// The wizard's logic: a pure function from a state and an event to the
/// next state and the effects to perform. Keys are read by the screen that
/// has them (`WelcomeScreen`, `FormScreen`, `CareListScreen`, …), which
/// turns them into `Intent`s; the plain mode sends intents directly. Either
/// way `apply` carries them out, so both front-ends follow the same rules.
public enum Wizard {
    public static func update(_ state: WizardState, _ event: Event,
                              context: WizardContext) -> (WizardState, [WizardEffect]) {
        var s = state
        s.refused = nil
        // Only a 1 or a 2 carries on a run of digits answering a yes/no.
        if case .key(.character(let c)) = event, c == "1" || c == "2" {} else { s.digitAnswers = nil }
        if case .key(.character(let c)) = event, let digits = state.digitAnswers, DigitAnswers.continuesADate(c),
           digits.path == state.focusedPath, let field = state.focusedField, case .yesNo = field.kind {
            // "2" of "22/08/2004" answered Non until "/" showed it was a date.
            field.setFlag(digits.before, in: &s.dossier, entry: s.entry)
        }
        var effects: [WizardEffect] = []
        var typedInto: String?
        switch event {
        case .resize:
            return (state, [])
        case .invalidText(let count):
            TextFieldWidget.refuseInvalidText(count: count, &s)
            return (s, [])
        case .paste(let text) where !TextFieldWidget.acceptsPaste(state):
            return pasteAsKeys(text, state, context: context)
        case .paste(let text):
            typedInto = TextFieldWidget.paste(text, into: &s)
            if s.step != .review && s.step != .done { s.scroll = .followFocus }
        case .key(.character(let c)) where c.isNumber && YesNoWidget.hintShown(state):
            // The rest of a date typed into a yes/no question: "2" of
            // "15/02" must not answer Non.
            return (state, [])
        case .key(let key):
            s.notice = nil
            s.inputNote = nil
            switch key {
            case .control("z") where state.overlay != nil, .control("y") where state.overlay != nil:
                // In a dialog, undo only closes the dialog, as Esc does:
                // it never reaches back into the dossier behind it.
                _ = handle(.escape, &s, &effects, context)
                return (s, effects)
            case .control("z"):
                return undo(state, context)
            case .control("y"):
                return redo(state, context)
            default:
                break
            }
            typedInto = handle(key, &s, &effects, context)
        case .intent(let intent):
            s.notice = nil
            s.inputNote = nil
            typedInto = apply(intent, &s, &effects, context)
        }
        if state.step == .careSheet && s.step != .careSheet {
            CareSheetScreen.settle(&s, context)
        }
        s.lastEdited = typedInto
        let contentChanged = s.dossier != state.dossier || s.texts != state.texts
        // A new dossier after Done, or from the welcome in place of the
        // one begun, keeps no way back into the last one, and is no draft
        // until something is typed into it.
        let startedAnew = (state.step == .done && (s.step == .welcome || s.step == .eligibility))
            || (state.step == .welcome && s.dossier.id != state.dossier.id)
        if contentChanged && !startedAnew {
            s.touched = true
            if typedInto == nil || typedInto != state.lastEdited {
                var snapshot = state
                snapshot.history = []
                snapshot.future = []
                s.history.append(snapshot)
                s.future = []
                if s.history.count > WizardState.historyLimit {
                    s.history.removeFirst(s.history.count - WizardState.historyLimit)
                }
            }
        }
        // The language chosen is the next start's too; a kiosk's belongs
        // to one student and is never written.
        if s.language != state.language && !s.kiosk { effects.append(.saveLanguage) }
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
            // At a kiosk no undo leads back into a saved dossier.
            if s.kiosk { s.history = []; s.future = [] }
            Navigation.enter(.done, &s, context)
            return (s, [.deleteDraft])
        case .dossierSaveFailed(let reason):
            // The data stays; the Review keeps saying why, and F10 offers
            // another folder.
            s.saveFailure = reason
            s.notice = Notice("wizard.notice.notSaved", kind: .error)
        case .noDraftForCNIE(let wait):
            PromptOverlay.askAgain(.resumeByCNIE, Notice("wizard.kiosk.noDraft", ["seconds": String(wait)], kind: .error), &s)
        case .resumeTooSoon(let seconds):
            PromptOverlay.askAgain(.resumeByCNIE, Notice("wizard.kiosk.wait", ["seconds": String(seconds)], kind: .error), &s)
        case .openFailed(let reason):
            s.notice = Notice("wizard.open.unreadable", ["reason": reason], kind: .error)
            if s.overlay == .openSaved { s.inputNote = FieldNote(path: PromptOverlay.path, notice: s.notice!) }
        case .followUpSaved(let paths):
            s.saved = paths
        case .followUpFailed(let reason):
            s.notice = Notice("wizard.followUp.failed", ["reason": reason], kind: .error)
        case .draftSaveFailed(let reason):
            s.notice = Notice("wizard.notice.draftFailed", ["reason": reason], kind: .error)
        case .draftForgotten:
            // What is on screen is the data that was deleted: it goes too.
            s = freshStart(state, context)
            s.startWarning = state.startWarning
            s.draftNotice = Notice("wizard.notice.draftForgotten", kind: .error)
        }
        return (s, [])
    }

    // MARK: - Keys

    /// The keys every screen shares, then the screen's own. Returns the
    /// path of the field typed into, if the key was typing.
    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        // The plain mode for screen readers, whatever is open: the first
        // thing the welcome screen says is this key.
        if key == Wizard.plainModeKey {
            effects.append(.switchToPlain)
            return nil
        }
        if let overlay = s.overlay {
            OverlayKeys.handle(overlay, key, &s, &effects, context)
            return nil
        }
        switch key {
        case .function(2), Wizard.settingsControlKey:
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
                ReviewScreen.requestSave(&s, &effects, context)
            } else if let back = s.reviewReturn, back == Navigation.screenReturn(s.step) || back == s.focusedPath {
                // Sent from the Review to change a screen: F10 is "done
                // here", back to the Review once the field typed stands.
                guard Navigation.leaveField(&s, forward: true, context) else { return nil }
                if case .care(let kind) = s.step, let index = s.entry { CareListScreen.closeEntry(kind, index, &s) }
                Navigation.enter(.review, &s, context)
            } else if s.step != .welcome && s.step != .done {
                effects.append(.saveDraft)
                // A reopened saved dossier: its file changes only when it is
                // saved from the Review, which "draft saved" alone left unsaid.
                s.notice = Notice(s.openedFrom == nil ? "wizard.notice.draftSaved" : "wizard.notice.draftSavedOpened",
                                  kind: .success)
            }
            return nil
        case .function(1):
            s.overlay = .help(key: helpKey(s))
            return nil
        default:
            break
        }
        if s.scroll == .top, context.viewport?.focusHidden == true {
            // A screen opens at its first line; on a small terminal the
            // question may be below it. ↓, PgDn or Enter first bring it
            // into view, so that nothing is answered unseen.
            switch key {
            case .down, .pageDown, .enter:
                s.scroll = .followFocus
                return nil
            default:
                break
            }
        }
        if Navigation.goesBackWithoutEscape(key, s) {
            return handle(.escape, &s, &effects, context)
        }
        let stepBefore = s.step
        let entryBefore = s.entry
        defer {
            // Once the student acts on the screen, the view follows the focus.
            if s.scroll == .top && s.step == stepBefore && s.entry == entryBefore { s.scroll = .followFocus }
        }
        switch s.step {
        case .welcome:
            return WelcomeScreen.handle(key, &s, &effects, context)
        case .care(let kind) where s.entry == nil:
            return CareListScreen.handle(key, kind, &s, &effects, context)
        case .review:
            return ReviewScreen.handle(key, &s, &effects, context)
        case .done:
            return DoneScreen.handle(key, &s, &effects, context)
        case .eligibility, .careSheet, .student, .treatment, .care, .originals:
            return FormScreen.handle(key, &s, &effects, context)
        }
    }

    /// Ctrl-T ("text"): to the plain mode. A control key every terminal
    /// passes through (no flow control, no signal), free everywhere.
    static let plainModeKey = Key.control("t")
    /// Ctrl-O ("options"): the settings, as F2, for keyboards without
    /// function keys (a phone's, many SSH apps').
    static let settingsControlKey = Key.control("o")

    static func helpKey(_ s: WizardState) -> String {
        if let field = s.focusedField { return field.helpKey }
        return "wizard.help.screen.\(s.step.rawValue)"
    }

    // MARK: - Intents

    /// Carries out what the person means, on whatever screen is shown.
    /// Returns the path of the field whose text changed, if any.
    @discardableResult
    public static func apply(_ intent: Intent, _ s: inout WizardState, _ effects: inout [WizardEffect],
                             _ context: WizardContext) -> String? {
        switch intent {
        case .accept:
            Navigation.accept(&s, context)
        case .back:
            Navigation.back(&s, context)
        case .previousQuestion:
            Navigation.previousQuestion(&s, context)
        case .setText(let text):
            guard let field = s.focusedField, field.kind.isTyped else { return nil }
            let path = s.focusedPath ?? field.id
            let before = FormScreen.text(field, path: path, in: s)
            guard text != before else { return nil }
            FormScreen.setText(field, path: path, text, &s)
            s.cursor = text.count
            return path
        case .setFlag(let value):
            guard let field = s.focusedField, case .yesNo = field.kind else { return nil }
            field.setFlag(value, in: &s.dossier, entry: s.entry)
        case .choose(let id):
            guard let field = s.focusedField else { return nil }
            FormScreen.choose(field, id, &s, context)
        case .setChecked(let value):
            OriginalsScreen.setChecked(value, &s)
        case .selectRow(let row):
            Navigation.selectRow(row, &s, context)
        case .addEntry:
            if case .care(let kind) = s.step { CareListScreen.addEntry(kind, &s, context) }
        case .copyLastEntry:
            if case .care(let kind) = s.step, s.entry == nil { CareListScreen.copyLastEntry(kind, &s, context) }
        case .openEntry(let index):
            if case .care(let kind) = s.step, index < s.dossier.entryCount(kind) {
                CareListScreen.openEntry(kind, index, &s, context)
            }
        case .finishList:
            Navigation.goForward(&s, context)
        case .jumpToProblem(let index):
            let problems = ReviewScreen.problems(s, context)
            if problems.indices.contains(index) { Navigation.jump(to: problems[index], &s, context) }
        case .changeSection(let step):
            if s.step == .review, ReviewScreen.sections(s, context).contains(step) {
                Navigation.enter(step, &s, context)
                s.reviewReturn = Navigation.screenReturn(step)
            }
        case .save:
            ReviewScreen.requestSave(&s, &effects, context)
        case .startNew:
            // A draft is never let go unasked: the window says whose it is.
            if s.draftOffer != nil {
                s.overlay = .startOverDraft
            } else {
                startNew(&s, context)
            }
        case .resume:
            guard let offer = s.draftOffer else { break }
            if s.touched {
                // The dossier left for the welcome in this session, not a file.
                s.draftOffer = nil
                Navigation.enter(offer.step, &s, context)
            } else {
                effects.append(.resumeDraft)
            }
        case .resumeKioskDraft(let cnie, let birthDate):
            if s.kiosk && s.step == .welcome { effects.append(.resumeByCNIE(cnie: cnie, birthDate: birthDate)) }
        case .confirm(let yes):
            if let overlay = s.overlay { OverlayKeys.confirm(overlay, yes, &s, &effects, context) }
        }
        return nil
    }

    /// A new dossier from the welcome screen. The draft offered stays in
    /// its file until the new dossier's first field is saved over it
    /// (`update` saves only once something is typed or chosen): quitting
    /// before that keeps it for the next start.
    static func startNew(_ s: inout WizardState, _ context: WizardContext) {
        // The dossier begun in this session goes (its draft file stays
        // until the new one's first field is saved over it).
        if s.touched { s = freshStart(s, context) }
        s.draftOffer = nil
        s.overlay = nil
        Navigation.enter(.eligibility, &s, context)
    }

    /// The kiosk's next student, or a new dossier: nothing of the previous
    /// state survives, not even the undo history, only the terminal's
    /// settings; at a kiosk not even the language the last student chose.
    static func freshStart(_ s: WizardState, _ context: WizardContext) -> WizardState {
        var fresh = WizardState(dossier: Dossier(createdAt: context.now), language: s.language).withSettings(of: s)
        if s.kiosk { fresh.language = s.startLanguage }
        return fresh
    }

    // MARK: - Paste

    /// Keys that arrive in one burst (a slow SSH link, a fast typist: `a`
    /// then a doctor's name) reach the terminal as one paste. Where no text
    /// has the focus they are what they were, keys, one at a time, until a
    /// text takes the focus and the rest goes into it: nothing typed is
    /// lost, but what follows a refused value (`WizardState.refused`).
    static func pasteAsKeys(_ text: String, _ state: WizardState,
                            context: WizardContext) -> (WizardState, [WizardEffect]) {
        var current = state
        var effects: [WizardEffect] = []
        var index = text.startIndex
        while index < text.endIndex && !TextFieldWidget.acceptsPaste(current) {
            let (next, more) = update(current, .key(.character(text[index])), context: context)
            current = next
            effects += more
            index = text.index(after: index)
            if more.contains(.quit) || current.refused != nil { return (current, effects) }
        }
        if index < text.endIndex {
            let (next, more) = update(current, .paste(String(text[index...])), context: context)
            current = next
            effects += more
        }
        return (current, effects)
    }

    // MARK: - Undo

    static func undo(_ state: WizardState, _ context: WizardContext) -> (WizardState, [WizardEffect]) {
        guard let previous = state.history.last else {
            var s = state
            s.notice = Notice("wizard.notice.nothingToUndo")
            return (s, [])
        }
        var restored = restore(previous, over: state)
        restored.history = Array(state.history.dropLast())
        restored.future = state.future + [stripped(state)]
        restored.notice = UndoNotice.notice(.undo, from: state, to: restored, context)
        return (restored, [.saveDraft])
    }

    /// Ctrl-Y: what the last Ctrl-Z undid, done again.
    static func redo(_ state: WizardState, _ context: WizardContext) -> (WizardState, [WizardEffect]) {
        guard let next = state.future.last else {
            var s = state
            s.notice = Notice("wizard.notice.nothingToRedo")
            return (s, [])
        }
        var restored = restore(next, over: state)
        restored.history = state.history + [stripped(state)]
        restored.future = Array(state.future.dropLast())
        restored.notice = UndoNotice.notice(.redo, from: state, to: restored, context)
        return (restored, [.saveDraft])
    }

    /// A state of the history brought back: the dossier and screen it had,
    /// with this terminal's settings and what is still true now.
    static func restore(_ kept: WizardState, over state: WizardState) -> WizardState {
        var s = kept.withSettings(of: state)
        s.startWarning = state.startWarning
        s.saveFailure = state.saveFailure
        s.overlay = nil
        s.lastEdited = nil
        s.touched = true
        return s
    }

    /// A state as the history keeps it: without histories of its own.
    static func stripped(_ state: WizardState) -> WizardState {
        var s = state
        s.history = []
        s.future = []
        return s
    }
}

extension WizardState {
    /// The fields of the current screen (or entry form), those that apply
    /// to the dossier as it is (the end date only for a continuous treatment).
    public var fields: [Field] {
        switch step {
        case .care(let kind):
            guard let entry, entry < dossier.entryCount(kind) else { return [] }
            return kind.fields
        case .eligibility, .careSheet, .student, .treatment, .originals:
            return FieldRegistry.fields(on: step.page!).filter { $0.applies(to: dossier) }
        case .welcome, .review, .done:
            return []
        }
    }

    public var focusedField: Field? {
        let all = fields
        return all.indices.contains(focus) ? all[focus] : nil
    }

    /// The JSON path of the focused field (`practitioners[1].inpe`).
    public var focusedPath: String? { focusedField?.path(entry: entry) }
}
