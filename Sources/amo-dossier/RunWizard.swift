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
/// dossiers in `options.dir`.
func runWizard(_ options: WizardLaunchOptions) throws -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let store = DossierStore(folder: options.dir)
    let drafts = DraftStore(folder: DraftStore.defaultFolder(environment: environment))
    var session = WizardSession(language: options.lang, drafts: drafts) { dossier, language, now in
        let saved = try store.save(dossier, language: language, now: now)
        return SavedPaths(jsonPath: saved.jsonPath, summaryPath: saved.summaryPath)
    }
    do {
        _ = try TerminalLoop.run(&session, options: TerminalOptions(environment: environment))
    } catch let error as TerminalError {
        FileHandle.standardError.write(Data((tr(error.messageKey, options.lang, error.arguments) + "\n").utf8))
        return 1
    }
    return 0
}
