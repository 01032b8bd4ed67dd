import DossierCore
import DossierWizard
import FoundationEssentials

/// `--help` is written before the arguments are parsed, so its language is
/// read from the raw arguments (`--lang ar`, `--lang=ar`) or else from the
/// environment, as for every other output.
let helpLanguage: Language = {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
        if argument == "--lang", index + 1 < arguments.count,
           let language = Language(rawValue: arguments[index + 1].lowercased()) {
            return language
        }
        if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7)).lowercased()) {
            return language
        }
    }
    return Language.fromEnvironment(ProcessEnvironment.current)
}()

/// `--bidi` read the same way, for `--help` on a terminal.
let helpBidi: BidiMode? = {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
        if argument == "--bidi", index + 1 < arguments.count { return BidiMode(rawValue: arguments[index + 1].lowercased()) }
        if argument.hasPrefix("--bidi=") { return BidiMode(rawValue: String(argument.dropFirst(7)).lowercased()) }
    }
    return nil
}()

/// A help line from the translation tables (`Resources/l10n/help.json`).
func helpText(_ key: String) -> String {
    tr(key, helpLanguage)
}
