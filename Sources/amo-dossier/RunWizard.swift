import DossierCore
import Foundation

/// Starts the interactive wizard. Until the wizard lands (issue 4) it says
/// so and points to the subcommands.
func runWizard(_ options: WizardLaunchOptions) throws -> Int32 {
    FileHandle.standardError.write(Data((tr("cli.wizard.notYet", options.lang) + "\n").utf8))
    return 1
}
