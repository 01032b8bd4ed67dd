import DossierCore
import DossierWizard
import Foundation
import TerminalBackend

extension WizardSession: TerminalProgram {
    public mutating func terminate(reason: TerminationReason) {
        saveBeforeExit()
    }
}

/// Starts the full-screen wizard: drafts in the user's data folder, final
/// dossiers in `options.dir`, settings in the user's config folder.
func runWizard(_ options: WizardLaunchOptions) throws -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let store = DossierStore(folder: options.dir)
    let dataFolder = DataFolder.path(environment: environment)
    // The user's own folders are checked and made private again; a folder
    // chosen with --dir may be shared on purpose and is left as it is.
    // Before the draft is claimed: claiming makes the folder private too,
    // and the student would then never be told it had been open.
    var folders = [dataFolder]
    if !options.dirGiven { folders.append(options.dir) }
    let warning = PermissionNotice.secure(folders: folders)
    let drafts = DraftStore.claim(folder: dataFolder)
    let kiosk = options.kioskOptions(dataFolder: dataFolder)
    var session = WizardSession(
        language: options.lang, drafts: drafts,
        saveDossier: { dossier, language, now, context in
            return try store.save(dossier, language: language, now: now, context: context)
        },
        saveDossierIn: WizardSession.saveElsewhere,
        rulebook: options.rulebook,
        settings: SettingsStore(path: SettingsStore.defaultPath(environment: environment)),
        bidi: options.bidi, kiosk: kiosk, startWarning: warning)
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
        case nil: return 0
        }
    } catch let error as TerminalError {
        FileHandle.standardError.write(Data((tr(error.messageKey, options.lang, error.arguments) + "\n").utf8))
        return 1
    }
}
