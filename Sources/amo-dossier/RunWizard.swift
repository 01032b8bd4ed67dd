import DossierCore
import DossierWizard
import FoundationEssentials
import TerminalBackend

extension WizardSession: TerminalProgram {
    public mutating func terminate(reason: TerminationReason) {
        saveBeforeExit()
    }

    public func refusedInput() -> Bool { state.refused != nil }
}

/// Starts the full-screen wizard: drafts in the user's data folder, final
/// dossiers in `options.dir`, settings in the user's config folder.
func runWizard(_ options: WizardLaunchOptions) throws -> Int32 {
    let environment = ProcessEnvironment.current
    let store = options.store
    let dataFolder = DataFolder.path(environment: environment)
    let warning = options.secureOwnFolders(dataFolder: dataFolder)
    let drafts = DraftStore.claim(folder: dataFolder)
    let kiosk = options.kioskOptions(dataFolder: dataFolder)
    var session = WizardSession(
        language: options.lang, languageGiven: options.langGiven, drafts: drafts,
        saveDossier: { dossier, language, now, context in
            return try store.save(dossier, language: language, now: now, context: context)
        },
        saveDossierIn: WizardSession.saveElsewhere,
        rulebook: options.rulebook,
        settings: SettingsStore(path: SettingsStore.defaultPath(environment: environment)),
        bidi: options.bidi, kiosk: kiosk, startWarning: warning)
    if let path = options.opening, !session.openSaved(path: path) {
        StandardStream.standardError.write(line: session.openFailure)
        return 2
    }
    do {
        // The draft is already saved by terminate(reason:); the exit status
        // tells a supervising shell or script what ended the program, as
        // shells do (128 + signal number).
        var terminal = TerminalOptions(environment: environment)
        // A kiosk leaves nothing of the student on the screen or in the
        // scrollback, however it ends.
        terminal.clearOnExit = options.kiosk
        switch try TerminalLoop.run(&session, options: terminal) {
        case .signal(let number)?: return 128 + number
        case .terminalLost?: return 129 // as if by SIGHUP: the terminal went away
        case nil: return session.switchesToPlain ? continuePlain(session, options) : 0
        }
    } catch let error as TerminalError {
        StandardStream.standardError.write(line: tr(error.messageKey, options.lang, error.arguments))
        return 1
    }
}
