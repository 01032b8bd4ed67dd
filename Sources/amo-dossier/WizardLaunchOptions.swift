import DossierCore

/// What the interactive wizard is started with, once the command line has
/// been read: the dossier folder (`--dir`, else the user's data folder) and
/// the language (`--lang`, else the environment).
struct WizardLaunchOptions: Sendable {
    /// Folder of saved dossiers (created 0700 on first save).
    let dir: String
    let lang: Language
}
