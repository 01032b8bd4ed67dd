import ArgumentParser
import DossierCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

extension AmoDossier {
    /// `forget CNIE`: the law 09-08 request to remove a person's data. What
    /// is deleted is decided by `DossierEraser`; this only asks and prints.
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("help.forget.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.forget.cnie")))
        var cnie: String?

        @Flag(help: ArgumentHelp(helpText("help.forget.yes")))
        var yes = false

        @OptionGroup var common: CommonOptions

        func run() throws {
            let lang = try common.language()
            let typed = (cnie == nil || cnie == "-") ? Self.readCNIE(lang) : cnie!
            let number = try CommandLineValue.cnie(typed).orExit(lang)
            let eraser = DossierEraser(dossierFolder: try common.checkedFolder(lang),
                                       dataFolder: try common.ownDataFolder(lang))
            let targets = eraser.targets(cnie: number)
            if targets.isEmpty {
                print(ForgetReport.outcome(DossierEraser.Outcome(deleted: 0, failed: 0), lang), terminator: "")
                return
            }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    StandardStream.standardError.write(line: tr("cli.forget.noTerminal", lang))
                    throw ExitCode(1)
                }
                print(ForgetReport.plan(targets, lang), terminator: "")
                print(tr("cli.forget.confirm", lang), terminator: "")
                fflush(nil) // every C stream: the question must show before the answer is read
                guard ForgetReport.isYes(readLine(strippingNewline: true)) else {
                    print(tr("cli.forget.cancelled", lang))
                    throw ExitCode(1)
                }
            }
            let outcome = eraser.erase(targets)
            print(ForgetReport.outcome(outcome, lang), terminator: "")
            if outcome.failed > 0 { throw ExitCode(1) }
        }

        /// Without an argument (or with `-`) the CNIE is read from standard
        /// input, asked for on a terminal: a number given as an argument can
        /// be seen by other users of the machine in the list of processes.
        static func readCNIE(_ lang: Language) -> String {
            if isatty(STDIN_FILENO) == 1 {
                print(tr("cli.forget.askCNIE", lang), terminator: "")
                fflush(nil)
            }
            return readLine(strippingNewline: true) ?? ""
        }
    }
}
