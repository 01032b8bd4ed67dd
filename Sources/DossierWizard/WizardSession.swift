import DossierCore
import FoundationEssentials

/// The size and the viewport of the last frame asked for: `view` is not
/// mutating, yet `update` needs to know where scrolling stops.
final class ScreenSizeMemo {
    var width = 80
    var height = 24
    var viewport: Viewport?
}

/// The thin shell around the pure wizard: it holds the state, runs
/// `update`, performs the effects (draft file, final save, settings file,
/// kiosk vault) and feeds their results back. It has the shape of the
/// terminal loop's `TerminalProgram`, so the executable only declares the
/// conformance.
public struct WizardSession {
    public internal(set) var state: WizardState
    let drafts: DraftStore
    let saveDossier: (Dossier, Language, Date, DossierContext) throws -> SavedDossier
    let saveDossierIn: ((Dossier, Language, Date, DossierContext, String) throws -> SavedDossier)?
    let today: () -> CalendarDate
    /// The insurer's rules (built-in and a help desk's editions) and the words.
    let rulebook: RuleBook
    let words: L10n
    let settings: SettingsStore?
    let kiosk: KioskOptions?
    let clock: () -> ContinuousClock.Instant
    /// The instant a dossier is saved at (its file name, `updatedAt`).
    let now: () -> Date
    let size = ScreenSizeMemo()
    let watch = DraftWatch()
    /// The draft found at start, until the student resumes it or starts anew.
    var pendingDraft: WizardState?
    var lastDay: CalendarDate
    var lastActivity: ContinuousClock.Instant
    var clearRequested = false
    /// The person asked for the plain mode (Ctrl-T, the welcome screen's
    /// or the settings' row): the full screen ends and the caller goes on
    /// with `PlainWizard` over this same session.
    public private(set) var switchesToPlain = false

    /// `saveDossier` writes the final dossier and its printable summary
    /// (the executable passes `DossierStore.save`); `saveDossierIn` does
    /// the same in another folder, after a failed save. `bidi` is the
    /// command line's `--bidi`, which wins over the settings file; so does
    /// `language` over the language last chosen, unless `languageGiven` is
    /// false (no `--lang`: the environment's).
    public init(language: Language, languageGiven: Bool = true, drafts: DraftStore,
                saveDossier: @escaping (Dossier, Language, Date, DossierContext) throws -> SavedDossier,
                saveDossierIn: ((Dossier, Language, Date, DossierContext, String) throws -> SavedDossier)? = nil,
                today: @escaping () -> CalendarDate = { CalendarDate.today() },
                rulebook: RuleBook = .builtIn, words: L10n = .shared,
                settings: SettingsStore? = nil, bidi: BidiMode? = nil, kiosk: KioskOptions? = nil,
                startWarning: Notice? = nil,
                clock: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now },
                now: @escaping () -> Date = { Date() }) {
        state = WizardState(dossier: Dossier(createdAt: now()), language: language)
        self.drafts = drafts
        self.saveDossier = saveDossier
        self.saveDossierIn = saveDossierIn
        self.today = today
        self.rulebook = rulebook
        self.words = words
        self.settings = settings
        self.kiosk = kiosk
        self.clock = clock
        self.now = now
        lastDay = today()
        lastActivity = clock()
        // A kiosk starts every student in its own language.
        if !languageGiven, kiosk == nil, let remembered = settings?.loadLanguage() {
            state.language = remembered
            state.startLanguage = remembered
        }
        if let mode = bidi ?? settings?.loadBidi() {
            state.bidi = mode
            state.bidiKnown = true
        }
        state.kiosk = kiosk != nil
        state.startWarning = startWarning
        // Put-aside drafts past their lifetime go before anything is offered.
        kiosk?.vault.removeExpired(now: now())
        // At a kiosk the last person's draft is never offered to the next.
        switch drafts.inspect() {
        case .draft(let draft, let identity) where kiosk == nil && draft.touched:
            pendingDraft = draft
            state.draftOffer = DraftOffer(step: draft.step, sheet: draft.dossier.sheet,
                                          studentName: draft.dossier.student.fullName)
            watch.saw(identity, at: drafts.path, of: draft.dossier)
        case .keptAside(let aside):
            state.draftNotice = Notice("wizard.notice.draftKeptAside", ["path": aside], kind: .error)
        case .notYours(let path):
            state.draftNotice = Notice("wizard.notice.draftPassedOver", ["path": path], kind: .error)
        case .draft, .none:
            if let path = drafts.passedOver {
                state.draftNotice = Notice("wizard.notice.draftPassedOver", ["path": path], kind: .error)
            }
        }
        if state.language.isRightToLeft && !state.bidiKnown {
            state.overlay = .bidiCheck(choice: BidiCheckOverlay.askAgain)
        }
    }

    public var context: WizardContext {
        WizardContext(core: DossierContext(today: today(), rulebook: rulebook, words: words),
                      screenWidth: size.width, screenHeight: size.height, viewport: size.viewport, now: now())
    }

    /// Handles one event; false when the wizard wants to end.
    public mutating func handle(_ event: Event) -> Bool {
        lastActivity = clock()
        if case .resize(let width, let height) = event {
            size.width = width
            size.height = height
            size.viewport = nil
        }
        let (next, effects) = Wizard.update(state, event, context: context)
        state = next
        return perform(effects)
    }

    public func view(width: Int, height: Int) -> Frame {
        size.width = width
        size.height = height
        let frame = Wizard.view(state, width: width, height: height, context: context)
        size.viewport = frame.viewport
        return frame
    }

    /// About once a second with no key: the day can change while the
    /// wizard is open (days left, "late"), and at a kiosk a student who
    /// walked away has their draft put aside and the screen cleared.
    /// True when the screen must be redrawn.
    public mutating func tick() -> Bool {
        let day = today()
        defer { lastDay = day }
        var redraw = day != lastDay
        if let kiosk, lastActivity.duration(to: clock()) >= kiosk.idleLimit(on: state.step), !isIdleClean {
            lastActivity = clock()
            if putAside() {
                state = Wizard.freshStart(state, context)
                clearRequested = true
            }
            redraw = true
        }
        return redraw
    }

    /// The welcome screen with nothing on it: nothing to put aside.
    var isIdleClean: Bool {
        state.step == .welcome && !state.touched && state.overlay == nil && state.notice == nil
    }

    /// True once, after the wizard asked for the screen and the scrollback
    /// to be cleared (the kiosk's next student, the idle timeout).
    public mutating func takeScreenClearRequest() -> Bool {
        defer { clearRequested = false }
        return clearRequested
    }

    /// A signal or a lost terminal: keep what was typed.
    public mutating func saveBeforeExit() {
        if state.touched && state.step != .done && state.saved == nil {
            if kiosk != nil {
                _ = putAside()
            } else {
                try? saveDraft(state)
            }
        }
    }

    /// The kiosk's draft file for this state: under the student's CNIE once
    /// it is a valid one and a birth date is known, else the user's one draft (a half-typed CNIE must
    /// not name a file).
    /// Without a birth date it would be a draft nobody could ever prove
    /// theirs, so it needs one too.
    func vaultCNIE(_ state: WizardState) -> String? {
        guard kiosk != nil, state.canBePutAside else { return nil }
        return state.dossier.student.cnie
    }

    /// Writes the draft now, whatever `update` asked (the plain mode after
    /// every answer, even a refused one: nothing typed is lost).
    public mutating func saveDraftNow() {
        guard state.touched, state.saved == nil, state.step != .done else { return }
        _ = perform([.saveDraft])
    }

    /// Where this session's draft is written.
    public var draftPath: String { drafts.path }

    /// Writes the draft, unless the file last written was deleted since
    /// (`DraftWatch.Removed`).
    func saveDraft(_ state: WizardState) throws {
        if let kiosk, let cnie = vaultCNIE(state), let path = kiosk.vault.path(cnie: cnie) {
            guard !watch.wasRemoved(path, of: state.dossier) else { throw DraftWatch.Removed() }
            try kiosk.vault.save(state, cnie: cnie)
            watch.saw(PrivateFiles.identity(of: path), at: path, of: state.dossier)
            drafts.delete()
        } else {
            guard !watch.wasRemoved(drafts.path, of: state.dossier) else { throw DraftWatch.Removed() }
            watch.saw(try drafts.save(state), at: drafts.path, of: state.dossier)
        }
    }

    /// Saves the work of the student who walked away; false when it could
    /// not be saved (then the state stays, with the reason on screen,
    /// rather than be lost).
    mutating func putAside() -> Bool {
        guard state.touched, state.saved == nil else { return true }
        do {
            try saveDraft(state)
            return true
        } catch is DraftWatch.Removed {
            receive(.draftForgotten)
            return false
        } catch {
            receive(.draftSaveFailed(reason: reason(error)))
            return false
        }
    }

    func reason(_ error: Error) -> String {
        if let write = error as? PrivateFiles.WriteError { return write.message(state.language) }
        return String(describing: error)
    }

    mutating func perform(_ effects: [WizardEffect]) -> Bool {
        var running = true
        for effect in effects {
            switch effect {
            case .saveDraft:
                // At a kiosk a dossier once saved never gets a draft again.
                if kiosk != nil && state.saved != nil { break }
                do {
                    try saveDraft(state)
                } catch is DraftWatch.Removed {
                    receive(.draftForgotten)
                } catch {
                    receive(.draftSaveFailed(reason: reason(error)))
                }
            case .deleteDraft:
                drafts.delete()
                watch.clear()
                if let kiosk, let cnie = vaultCNIE(state) { kiosk.vault.remove(cnie: cnie) }
            case .resumeDraft:
                guard var draft = pendingDraft else { break }
                guard !watch.wasRemoved(drafts.path, of: draft.dossier) else {
                    pendingDraft = nil
                    receive(.draftForgotten)
                    break
                }
                // The language and bidi mode chosen here win.
                draft = draft.withSettings(of: state)
                draft.startWarning = state.startWarning
                draft.draftNotice = state.draftNotice
                draft.draftOffer = nil
                draft.overlay = nil
                state = draft
                pendingDraft = nil
            case .resumeByCNIE(let cnie, let birthDate):
                // The same proof opens a saved dossier at a kiosk.
                if let path = state.openingPath {
                    running = openProven(path: path, cnie: cnie, birthDate: birthDate) && running
                } else {
                    running = resumeKioskDraft(cnie: cnie, birthDate: birthDate) && running
                }
            case .openSaved(let path):
                openSaved(path: path)
            case .rewriteSaved:
                guard let saved = state.saved else { break }
                do {
                    let written = try DossierRewrite.write(state.dossier, at: saved.jsonPath, language: state.language,
                                                           now: now(), context: context.core)
                    running = receive(.followUpSaved(written.paths)) && running
                } catch {
                    running = receive(.followUpFailed(reason: reason(error))) && running
                }
            case .saveDossier:
                do {
                    if let path = state.openedFrom {
                        let written = try DossierRewrite.write(state.dossier, at: path, language: state.language,
                                                               now: now(), context: context.core)
                        running = receive(.dossierSaved(written.paths)) && running
                        break
                    }
                    let paths = try saveDossier(state.dossier, state.language, now(), context.core)
                    running = receive(.dossierSaved(paths)) && running
                } catch {
                    receive(.dossierSaveFailed(reason: reason(error)))
                }
            case .saveDossierIn(let folder):
                do {
                    guard let saveDossierIn else { throw PrivateFiles.WriteError.notAFolder(path: folder) }
                    let paths = try saveDossierIn(state.dossier, state.language, now(), context.core, expandHome(folder))
                    running = receive(.dossierSaved(paths)) && running
                } catch {
                    receive(.dossierSaveFailed(reason: reason(error)))
                }
            case .saveSettings:
                do {
                    try settings?.save(bidi: state.bidi)
                } catch {
                    state.notice = Notice("wizard.notice.settingsFailed", ["reason": reason(error)], kind: .error)
                }
            case .saveLanguage:
                guard kiosk == nil else { break }
                do {
                    try settings?.save(language: state.language)
                } catch {
                    state.notice = Notice("wizard.notice.settingsFailed", ["reason": reason(error)], kind: .error)
                }
            case .clearScreen:
                clearRequested = true
            case .quit:
                running = false
            case .switchToPlain:
                switchesToPlain = true
                running = false
            }
        }
        return running
    }

    /// `~/dossiers` as people type it.
    func expandHome(_ folder: String) -> String {
        guard folder == "~" || folder.hasPrefix("~/") else { return folder }
        return AccountHome.path + folder.dropFirst()
    }

    @discardableResult
    mutating func receive(_ outcome: WizardOutcome) -> Bool {
        let (next, effects) = Wizard.receive(state, outcome, context: context)
        state = next
        return perform(effects)
    }
}

extension WizardSession {
    /// Opens the saved dossier in `path` at its review (`amo-dossier open`,
    /// the welcome screen's "open a saved dossier"): saving then writes
    /// that file again. False, with the reason on screen, when it cannot
    /// be read. At a kiosk nothing is opened without the student's proof
    /// (`openProven`).
    @discardableResult
    public mutating func openSaved(path: String) -> Bool {
        guard kiosk == nil else {
            receive(.openFailed(reason: words.text("wizard.open.kioskRefused", state.language)))
            return false
        }
        // The one draft file would be written over by the opened dossier's
        // edits: the unfinished one is finished (or let go) first.
        guard pendingDraft == nil else {
            receive(.openFailed(reason: words.text("wizard.open.draftPending", state.language)))
            return false
        }
        do {
            open(try DossierStore(folder: "").load(path: path), path: path)
            return true
        } catch let error as DossierLoadError {
            receive(.openFailed(reason: error.message(state.language, words)))
            return false
        } catch {
            receive(.openFailed(reason: reason(error)))
            return false
        }
    }

    /// Kiosk: the saved dossier in `path`, opened only when the CNIE and
    /// the birth date typed are both its student's, with the same one
    /// message and growing wait as a put-aside draft's proof: a file that
    /// cannot be read is answered as a wrong try, so nothing is told about
    /// it. False when the wizard ends.
    mutating func openProven(path: String, cnie: String, birthDate: CalendarDate) -> Bool {
        guard let kiosk else { return true }
        let wait = kiosk.throttle.secondsLeft(now: now())
        if wait > 0 { return receive(.resumeTooSoon(seconds: wait)) }
        guard let dossier = try? DossierStore(folder: "").load(path: path),
              dossier.student.birthDate == birthDate,
              Identifiers.normalize(dossier.student.cnie) == Identifiers.normalize(cnie) else {
            return receive(.noDraftForCNIE(waitSeconds: kiosk.throttle.recordFailure(now: now())))
        }
        kiosk.throttle.reset()
        open(dossier, path: path)
        return true
    }

    /// The wizard on `dossier`, at its review, saving into `path`.
    mutating func open(_ dossier: Dossier, path: String) {
        var opened = WizardState(dossier: dossier, language: state.language).withSettings(of: state)
        opened.startWarning = state.startWarning
        opened.openedFrom = path
        Navigation.enter(.review, &opened, context)
        state = opened
        pendingDraft = nil
    }
}

extension WizardSession {
    /// Plain mode's Done: records what happened next in the saved dossier,
    /// judged as the Done screen's window judges it, and writes the file
    /// again. The warnings, or the errors that refused it.
    mutating func recordFollowUp(_ change: FollowUpReport.Change) -> Result<[Problem], AfterMailing.Refusal> {
        AfterMailing.recording(change, in: state.dossier, context: context.core).map { done in
            state.dossier = done.dossier
            _ = perform([.rewriteSaved])
            return done.warnings
        }
    }
}

extension WizardSession {
    /// Why the last `openSaved` failed, in words, for standard error.
    public var openFailure: String {
        guard let notice = state.notice else { return "" }
        return context.words(state)(notice.key, notice.arguments)
    }
}
