import ArgumentParser
import DossierCore
import FoundationEssentials

extension AmoDossier {
    /// `check FILE|DIR|-…`: whether each dossier is ready to mail.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("help.check.abstract"))

        /// Never filled by the argument parser: `CheckArguments` takes the
        /// files out of the command line before it runs (see there why),
        /// and `main` puts them here. Declared for the help screen.
        @Argument(help: ArgumentHelp(helpText("help.check.filesOrFolders")), completion: .file())
        var files: [String] = []

        @Option(help: ArgumentHelp(helpText("help.check.today")))
        var today: String?

        @Flag(help: ArgumentHelp(helpText("help.check.json")))
        var json = false

        @OptionGroup var common: CommonOptions

        /// The options of `check` that take a value, for `CheckArguments`:
        /// one added above must be added here, or its value would be taken
        /// for a file.
        static let optionsWithValue: Set<String> = ["--today", "--dir", "--lang", "--bidi"]

        func run() throws {
            let lang = try common.language()
            let day = try CommandLineValue.today(today).orExit(lang)
            // `--dir D` checks the dossiers of D, as `check D` does, beside
            // any file named: the option every other register command takes.
            let dir = try CommandLineValue.path(common.dir, option: "--dir").orExit(lang)
            let named = try CommandLineValue.files(files + (dir.map { [$0] } ?? [])).orExit(lang)
            let files = try CheckTargets.expand(named, standardInput: {
                StandardStream.standardInput.readDataToEndOfFile()
            }).orExit(lang)
            let dataFolder = DataFolder.path(environment: ProcessEnvironment.current)
            // By folder, not by file: `check DIR` names 50 000 files of one
            // folder, and making each an URL cost more than checking it.
            let folders = Set(files.map { file in file.lastIndex(of: "/").map { String(file[...$0]) } ?? "./" })
            if folders.contains(where: { folder in
                let path = URL(fileURLWithPath: folder).standardizedFileURL.path
                return path == dataFolder || path.hasPrefix(dataFolder + "/")
            }) {
                try common.secureDataFolder(lang)
            }
            let report = CheckReport(files: files, context: try common.context(lang, today: day))
            if json { try StandardOutput.write(report.json(lang), lang) } else { try common.emit(report.text(lang), lang) }
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }
    }
}
