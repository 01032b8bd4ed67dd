import ArgumentParser
import DossierCore
import DossierWizard
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// As `AmoDossier.main()`, except that `check`'s files go around the
// argument parser (see `CheckArguments`), that an option of one value
// typed twice is refused (`RepeatedOption`), that an empty command line
// starts the wizard without it, and that `--help` on a terminal
// follows the Arabic rendering setting like every other output
// (`TerminalOutput`). The arguments are read from `argv` as bytes: a file
// name that is not UTF-8 keeps its bytes (`RawFileName`), where
// `CommandLine.arguments` has replaced them with U+FFFD.
let typed = (1..<Int(CommandLine.argc)).map { RawFileName.string(cString: CommandLine.unsafeArgv[$0]!) }
let split = CheckArguments.split(typed,
                                 optionsWithValue: AmoDossier.Check.optionsWithValue)
if let repeated = RepeatedOption.first(in: split.arguments) {
    StandardStream.standardError.write(line: "amo-dossier: " + RepeatedOption.error(repeated).message(helpLanguage))
    exit(64)
}
do {
    if split.arguments.isEmpty {
        // Nothing typed: the wizard, without the parser (`WizardOptions.withoutArguments`).
        try WizardOptions.withoutArguments().launch(opening: nil)
    } else {
        var command = try AmoDossier.parseAsRoot(split.arguments)
        if var check = command as? AmoDossier.Check {
            check.files = split.files
            command = check
        }
        try command.run()
    }
} catch {
    if AmoDossier.exitCode(for: error) == .success, helpLanguage.isRightToLeft {
        let mode = helpBidi ?? SettingsStore(path: SettingsStore.defaultPath(
            environment: ProcessEnvironment.current)).loadBidi()
        print(TerminalOutput.shown(AmoDossier.fullMessage(for: error) + "\n", language: helpLanguage, bidi: mode,
                                   toTerminal: isatty(STDOUT_FILENO) == 1, width: terminalColumns()), terminator: "")
        exit(0)
    }
    AmoDossier.exit(withError: error)
}
