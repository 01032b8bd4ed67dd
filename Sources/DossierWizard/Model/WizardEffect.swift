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
    /// Write the settings (the bidi mode) to the user's config file.
    case saveSettings
    /// Clear the screen and the terminal's scrollback (`\e[3J`): the kiosk's
    /// next student must not scroll back into the previous one's dossier.
    case clearScreen
    /// Kiosk: load the draft put aside under this CNIE, if it holds this
    /// birth date too.
    case resumeByCNIE(cnie: String, birthDate: CalendarDate)
    /// Save the final dossier in this folder instead (after a failed save).
    case saveDossierIn(folder: String)
    /// Open the saved dossier of this file at its review.
    case openSaved(path: String)
    /// Write the saved dossier again in its own file, with what was
    /// recorded on the Done screen (mailed, reimbursed, returned).
    case rewriteSaved
    /// Leave the full screen for the plain mode of line prompts (a screen
    /// reader, a braille display), with everything typed so far.
    case switchToPlain
}

/// What happened when the session performed an effect.
public enum WizardOutcome: Equatable, Sendable {
    case dossierSaved(SavedDossier)
    /// The dossier could not be written (disk full, read-only folder): the
    /// reason in words; the data stays in memory.
    case dossierSaveFailed(reason: String)
    case draftSaveFailed(reason: String)
    /// The draft file was deleted while the wizard was open (`forget`): it
    /// is not written back, and the wizard starts afresh.
    case draftForgotten
    /// Kiosk: no draft put aside holds the CNIE and the birth date typed
    /// (which of the two is not said); the next try is checked after
    /// `waitSeconds`.
    case noDraftForCNIE(waitSeconds: Int)
    /// Kiosk: a try before the wait after the last wrong one was over; not checked.
    case resumeTooSoon(seconds: Int)
    /// The saved dossier could not be opened (the reason in words).
    case openFailed(reason: String)
    /// What was recorded after saving is written in the file again.
    case followUpSaved(SavedDossier)
    /// ... and could not be: the reason in words.
    case followUpFailed(reason: String)
}
