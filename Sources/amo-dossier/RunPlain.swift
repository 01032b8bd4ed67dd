import DossierCore
import DossierWizard
import FoundationEssentials
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

/// Plain mode is the only one that works without a real terminal: asked
/// for with `--plain`, and chosen when the full-screen wizard could not
/// work (TERM=dumb or unset: Emacs shells, braille setups, serial lines) or
/// when standard input or output is a pipe (a script, a screen reader's
/// own console).
func wantsPlainMode(flag: Bool, environment: [String: String]) -> Bool {
    if flag { return true }
    let term = environment["TERM"] ?? ""
    if term.isEmpty || term == "dumb" { return true }
    return isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0
}

/// Runs the wizard as line prompts; drafts in the same place as the
/// full-screen wizard's, so either can resume the other's. Kiosk mode holds
/// here too, however plain mode was chosen (`--plain`, TERM=dumb, a pipe).
func runPlain(_ options: WizardLaunchOptions) -> Int32 {
    let environment = ProcessEnvironment.current
    let store = options.store
    let dataFolder = DraftStore.defaultFolder(environment: environment)
    let warning = options.secureOwnFolders(dataFolder: dataFolder)
    // Signals are caught from here on: the draft is saved on HUP, TERM,
    // INT and QUIT (Ctrl-\ never opens the runtime's crash prompt). At a
    // kiosk a session nobody types into ends, its draft put aside.
    let console = plainConsole(options)
    let drafts = DraftStore.claim(folder: dataFolder)
    var wizard = PlainWizard(language: options.lang, languageGiven: options.langGiven, console: console, drafts: drafts,
                             saveDossier: { dossier, language, now, context in
                                 return try store.save(dossier, language: language, now: now, context: context)
                             },
                             rulebook: options.rulebook,
                             settings: SettingsStore(path: SettingsStore.defaultPath(environment: environment)),
                             kiosk: options.kioskOptions(dataFolder: dataFolder),
                             echo: isatty(STDIN_FILENO) == 0, startWarning: warning)
    if let path = options.opening, !wizard.openSaved(path: path) {
        StandardStream.standardError.write(line: wizard.session.openFailure)
        return 2
    }
    return wizard.run().exitCode
}

/// The console of the plain mode: at a kiosk a line not begun within the
/// idle limit ends the session.
func plainConsole(_ options: WizardLaunchOptions) -> LineConsole {
    LineConsole(idleLimit: options.kiosk ? .seconds(options.idleMinutes * 60) : nil)
}

/// The full screen was left for the plain mode (Ctrl-T): the questions go
/// on from where the student was, with everything typed so far, over the
/// same session (its drafts, its settings, its kiosk).
func continuePlain(_ session: WizardSession, _ options: WizardLaunchOptions) -> Int32 {
    var wizard = PlainWizard(session: session, console: plainConsole(options), echo: isatty(STDIN_FILENO) == 0)
    return wizard.run().exitCode
}
