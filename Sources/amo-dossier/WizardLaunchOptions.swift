import DossierCore
import DossierWizard

/// What the interactive wizard is started with, once the command line has
/// been read: the dossier folder (`--dir`, else the user's data folder) and
/// the language (`--lang`, else the environment).
struct WizardLaunchOptions: Sendable {
    /// Folder of saved dossiers (created 0700 on first save).
    let dir: String
    let lang: Language
    /// Whether `--lang` was given: else the language last chosen in the
    /// wizard (the settings file) wins over the environment's.
    var langGiven = true
    /// `--bidi app|terminal`; nil: the user's config file, else the check screen.
    var bidi: BidiMode? = nil
    /// Kiosk mode: `--kiosk`, or the help desk's config file (which no
    /// flag or user config turns off).
    var kiosk = false
    /// `--idle MINUTES` (kiosk): put the draft aside and clear the screen;
    /// never longer than the help desk's `idleMinutes`.
    var idleMinutes = 10
    /// The help desk's `draftDays`: how long a put-aside draft is kept.
    var draftDays = DraftVault.defaultLifetimeDays
    /// Whether `--dir` was given (a folder chosen on purpose is not re-moded).
    var dirGiven = false
    /// The insurer's rules: the built-in editions and a help desk's.
    var rulebook: RuleBook = .builtIn
    /// `open FILE`: the saved dossier to start with, at its review.
    var opening: String?

    /// Where dossiers are saved: a folder given with `--dir` keeps its mode.
    var store: DossierStore { DossierStore(folder: dir, chosenByUser: dirGiven) }

    /// The check both front-ends make at start, before the draft is claimed
    /// (claiming makes the folder private too, and the student would then
    /// never be told it had been open): the user's own folders are made
    /// private again; a folder chosen with `--dir` may be shared on purpose
    /// and is left as it is. The line to show, when something was put right.
    func secureOwnFolders(dataFolder: String) -> Notice? {
        var folders = [dataFolder]
        if !dirGiven { folders.append(dir) }
        return PermissionNotice.secure(folders: folders)
    }

    /// What kiosk mode adds, for either front-end; nil outside it.
    func kioskOptions(dataFolder: String) -> KioskOptions? {
        guard kiosk else { return nil }
        return KioskOptions(vault: DraftVault(dataFolder: dataFolder, lifetimeDays: draftDays),
                            idleLimit: .seconds(idleMinutes * 60))
    }
}
