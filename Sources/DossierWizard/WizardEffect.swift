import DossierCore

/// What `update` asks the outside world to do; the session performs it and
/// reports back with a `WizardOutcome`. Effects are data so that tests can
/// assert "this key saves the draft" without touching a disk.
public enum WizardEffect: Equatable, Sendable {
    /// Write the draft (the state) atomically.
    case saveDraft
    /// Remove the draft: the dossier was saved, or the user chose not to keep it.
    case deleteDraft
    /// Replace the state with the draft found at start.
    case resumeDraft
    /// Save the final dossier (JSON and printable summary).
    case saveDossier
    /// End the program.
    case quit
}

/// What happened when the session performed an effect.
public enum WizardOutcome: Equatable, Sendable {
    case dossierSaved(SavedPaths)
    /// The dossier could not be written (disk full, read-only folder): the
    /// reason in words; the data stays in memory.
    case dossierSaveFailed(reason: String)
    case draftSaveFailed(reason: String)
}

/// What the world supplies to the pure functions.
public struct WizardContext: Sendable {
    /// The student's day, for ages, deadlines and "not in the future".
    public let today: CalendarDate

    public init(today: CalendarDate) {
        self.today = today
    }
}
