import DossierCore
import Foundation

/// The thin shell around the pure wizard: it holds the state, runs
/// `update`, performs the effects (draft file, final save) and feeds their
/// results back. It has the shape of the terminal loop's `TerminalProgram`,
/// so the executable only declares the conformance.
public struct WizardSession {
    public private(set) var state: WizardState
    let drafts: DraftStore
    let saveDossier: (Dossier, Language, Date) throws -> SavedPaths
    let today: () -> CalendarDate
    /// The draft found at start, until the student resumes it or starts anew.
    var pendingDraft: WizardState?
    var lastDay: CalendarDate

    /// `saveDossier` writes the final dossier and its printable summary
    /// (the executable passes `DossierStore.save`).
    public init(language: Language, drafts: DraftStore,
                saveDossier: @escaping (Dossier, Language, Date) throws -> SavedPaths,
                today: @escaping () -> CalendarDate = { CalendarDate.today() }) {
        state = WizardState(language: language)
        self.drafts = drafts
        self.saveDossier = saveDossier
        self.today = today
        lastDay = today()
        if let draft = drafts.load(), draft.touched {
            pendingDraft = draft
            state.draftOffer = DraftOffer(step: draft.step, sheet: draft.dossier.sheet)
        }
    }

    var context: WizardContext { WizardContext(today: today()) }

    /// Handles one event; false when the wizard wants to end.
    public mutating func handle(_ event: Event) -> Bool {
        let (next, effects) = Wizard.update(state, event, context: context)
        state = next
        return perform(effects)
    }

    public func view(width: Int, height: Int) -> Frame {
        Wizard.view(state, width: width, height: height, context: context)
    }

    /// The day can change while the wizard is open (days left, "late"):
    /// redraw then.
    public mutating func tick() -> Bool {
        let day = today()
        defer { lastDay = day }
        return day != lastDay
    }

    /// A signal or a lost terminal: keep what was typed.
    public mutating func saveBeforeExit() {
        if state.touched && state.step != .done && state.saved == nil {
            try? drafts.save(state)
        }
    }

    mutating func perform(_ effects: [WizardEffect]) -> Bool {
        var running = true
        for effect in effects {
            switch effect {
            case .saveDraft:
                do {
                    try drafts.save(state)
                } catch {
                    receive(.draftSaveFailed(reason: String(describing: error)))
                }
            case .deleteDraft:
                drafts.delete()
            case .resumeDraft:
                guard var draft = pendingDraft else { break }
                // The language chosen on the welcome screen wins.
                draft.language = state.language
                draft.draftOffer = nil
                draft.overlay = nil
                state = draft
                pendingDraft = nil
            case .saveDossier:
                do {
                    let paths = try saveDossier(state.dossier, state.language, Date())
                    running = receive(.dossierSaved(paths)) && running
                } catch {
                    receive(.dossierSaveFailed(reason: String(describing: error)))
                }
            case .quit:
                running = false
            }
        }
        return running
    }

    @discardableResult
    mutating func receive(_ outcome: WizardOutcome) -> Bool {
        let (next, effects) = Wizard.receive(state, outcome, context: context)
        state = next
        return perform(effects)
    }
}
