/// A window over the screen that takes the keys until it is closed.
public enum Overlay: Codable, Equatable, Sendable {
    /// Help for a field (its help key) or for the screen.
    case help(key: String)
    /// Ctrl-Q / Ctrl-C: keep the draft, delete it, or stay.
    case quit
    /// "Start a new dossier" while a draft is offered: what would be
    /// replaced (whose draft, at which screen), answered no by default.
    case startOverDraft
    /// Delete an entry of a care screen: one key to confirm.
    case removeEntry(index: Int)
    /// The entry list's "remove a line" row: which one (`selected`), with
    /// the arrows and Enter, then `removeEntry` asks to confirm.
    case chooseRemoval(selected: Int)
    /// Enter on "continue" of a care list with no line: is there really
    /// none? A student who pressed Enter to start typing would otherwise
    /// lose the screen unnoticed; one who has none answers with one key.
    case emptyList
    /// Saving a dossier that still has problems: says what is missing.
    case saveIncomplete(problemCount: Int)
    /// F2: language and bidi mode; `row` is the line in focus.
    case settings(row: Int)
    /// The first time Arabic is chosen: the same word shaped by the program
    /// and in logical order; the student says which one reads correctly.
    case bidiCheck(choice: Int)
    /// After a failed save, F10: the path of another folder (in `prompt`).
    case saveElsewhere
    /// Kiosk: a student finds their put-aside draft by typing their CNIE,
    case resumeByCNIE
    /// then the birth date it holds (the CNIE typed is in `resumeCNIE`).
    case resumeBirthDate
    /// The welcome screen: the file of a saved dossier to open (in `prompt`).
    case openSaved
    /// The Done screen: one question of what happened next (in `prompt`).
    case followUp(FollowUpQuestion)

    /// A one-line prompt that takes typing and pastes.
    var isPrompt: Bool {
        switch self {
        case .saveElsewhere, .resumeByCNIE, .resumeBirthDate, .openSaved, .followUp: true
        case .help, .quit, .startOverDraft, .removeEntry, .chooseRemoval, .emptyList, .saveIncomplete, .settings,
             .bidiCheck: false
        }
    }
}
