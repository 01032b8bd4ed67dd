import DossierCore
import DossierWizard

/// What the interactive wizard is started with, once the command line has
/// been read: the dossier folder (`--dir`, else the user's data folder) and
/// the language (`--lang`, else the environment).
struct WizardLaunchOptions: Sendable {
    /// Folder of saved dossiers (created 0700 on first save).
    let dir: String
    let lang: Language
    /// `--bidi app|terminal`; nil: the user's config file, else the check screen.
    var bidi: BidiMode? = nil
    /// `--kiosk`: a shared help-desk terminal.
    var kiosk = false
    /// `--idle MINUTES` (kiosk): put the draft aside and clear the screen.
    var idleMinutes = 10
    /// Whether `--dir` was given (a folder chosen on purpose is not re-moded).
    var dirGiven = false
    /// The insurer's rules: the built-in editions and a help desk's.
    var rulebook: RuleBook = .builtIn
    /// `open FILE`: the saved dossier to start with, at its review.
    var opening: String?
}
