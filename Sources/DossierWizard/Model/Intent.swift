import DossierCore

/// What a person means, whichever front-end they use: the full-screen
/// wizard turns keys into these, the plain mode turns answers into these,
/// and `Wizard.apply` carries them out, so that a navigation rule or a
/// check is written once for both.
public enum Intent: Hashable, Sendable {
    /// Enter: accept the focused field (a wrong value keeps the focus and
    /// says why) and move to the next field, or the next screen.
    case accept
    /// Esc: the screen before (or, in an entry, back to its list).
    case back
    /// The question before: the field above, else the screen before.
    case previousQuestion
    /// The focused typed field now holds this text.
    case setText(String)
    /// The focused yes/no now holds this answer.
    case setFlag(Bool)
    /// The focused choice (an option's id) or disease (its number).
    case choose(String)
    /// The selected row of a checklist is (or is not) in the envelope.
    case setChecked(Bool)
    /// Select a row of the screen's list.
    case selectRow(Int)
    /// A care screen's list: add an entry and open it.
    case addEntry
    /// A care screen's list: add a copy of its last entry, with only who
    /// gave the care in it, and open it at the first field left to type.
    case copyLastEntry
    case openEntry(Int)
    /// A care screen's list: leave it for the next screen.
    case finishList
    /// The Review: go to the field of its `n`-th problem.
    case jumpToProblem(Int)
    /// The Review: go to one of its screens to change it (a complete
    /// reopened dossier has no problem to jump from); leaving it forward,
    /// or F10, comes back to the Review.
    case changeSection(Step)
    /// The Review: save the dossier (asks first if it has problems).
    case save
    /// The welcome screen: a new dossier, or the draft found at start.
    case startNew
    case resume
    /// Kiosk: the draft put aside under this CNIE, if it holds this birth date.
    case resumeKioskDraft(cnie: String, birthDate: CalendarDate)
    /// Answers the question of the open window (save with problems? remove
    /// this entry?).
    case confirm(Bool)
}
