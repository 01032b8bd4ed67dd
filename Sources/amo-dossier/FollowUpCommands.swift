import ArgumentParser
import DossierCore
import FoundationEssentials

extension AmoDossier {
    /// `mailed FILE… --on DATE [--tracking CODE]`: the envelope went.
    struct Mailed: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.mailed.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.followUp.files")), completion: .file(extensions: ["json"]))
        var files: [String]

        @Option(help: ArgumentHelp(helpText("help.mailed.tracking")))
        var tracking: String?

        @OptionGroup var followUp: FollowUpOptions

        func run() throws {
            let (lang, day) = try followUp.languageAndDay()
            let number = try tracking.map { try CommandLineValue.trackingNumber($0).orExit(lang) }
            try followUp.record(.mailing(Mailing(mailedOn: day, trackingNumber: number)), files: files, lang)
        }
    }

    /// `reimbursed FILE --on DATE --amount AMOUNT`: the fund paid.
    struct Reimbursed: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.reimbursed.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.followUp.file")), completion: .file(extensions: ["json"]))
        var file: String

        @Option(help: ArgumentHelp(helpText("help.reimbursed.amount")))
        var amount: String

        @OptionGroup var followUp: FollowUpOptions

        func run() throws {
            let (lang, day) = try followUp.languageAndDay()
            let money = try CommandLineValue.amount(amount).orExit(lang)
            try followUp.record(.outcome(.reimbursed(on: day, amount: money)), files: [file], lang)
        }
    }

    /// `returned FILE --on DATE [--reason TEXT]`: the fund sent it back.
    struct Returned: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.returned.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.followUp.file")), completion: .file(extensions: ["json"]))
        var file: String

        @Option(help: ArgumentHelp(helpText("help.returned.reason")))
        var reason: String?

        @OptionGroup var followUp: FollowUpOptions

        func run() throws {
            let (lang, day) = try followUp.languageAndDay()
            let text = try CommandLineValue.reason(reason).orExit(lang)
            try followUp.record(.outcome(.returned(on: day, reason: text)), files: [file], lang)
        }
    }

    /// `summary FILE…`: the printable summary written again from its dossier.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.summary.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.followUp.files")), completion: .file(extensions: ["json"]))
        var files: [String]

        @OptionGroup var followUp: FollowUpOptions

        func run() throws {
            let lang = try followUp.common.language()
            let files = try CommandLineValue.files(files).orExit(lang)
            let context = try followUp.context(lang)
            var failed = false
            for file in files {
                do {
                    let dossier = try DossierStore(folder: "").load(path: file)
                    let written = try DossierRewrite.writeSummary(of: dossier, at: file, language: lang, context: context)
                    print(tr("cli.summary.written", lang, TerminalText.visible(["file": file, "summary": written.summaryPath,
                                                                                "command": EnvelopeSummary.printCommand(written.summaryPath)])))
                } catch let error as DossierLoadError {
                    StandardStream.standardError.write(line: error.message(lang))
                    failed = true
                } catch {
                    let text = (error as? PrivateFiles.WriteError)?.message(lang) ?? String(describing: error)
                    StandardStream.standardError.write(line: text)
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }
        }
    }
}

/// What the commands that record a follow-up share: `--on`, `--today`
/// (tests and scripts that replay a day), `--dir`, `--lang`.
struct FollowUpOptions: ParsableArguments {
    @Option(help: ArgumentHelp(helpText("help.followUp.on")))
    var on: String?

    @Option(help: ArgumentHelp(helpText("help.today")))
    var today: String?

    @OptionGroup var common: CommonOptions

    /// The language, and the day of `--on`, which `mailed`, `reimbursed`
    /// and `returned` require (`today` as `list --saved-on` takes it).
    func languageAndDay() throws -> (Language, CalendarDate) {
        let lang = try common.language()
        guard let on else { throw usageFailure(CommandLineError(key: "arg.missingOn", arguments: [:]), lang) }
        let day = try CommandLineValue.today(today).orExit(lang)
        return (lang, try CommandLineValue.day(on, option: "--on", today: day).orExit(lang))
    }

    func context(_ lang: Language) throws -> DossierContext {
        try common.context(lang, today: try CommandLineValue.today(today).orExit(lang))
    }

    /// Records `change` in each file, prints what was done, exits 1 when
    /// one was refused, 2 when one could not be read or written.
    func record(_ change: FollowUpReport.Change, files raw: [String], _ lang: Language) throws {
        let files = try CommandLineValue.files(raw).orExit(lang)
        let report = FollowUpReport(change, files: files, language: lang, now: Date(), context: try context(lang))
        for line in report.output { print(line) }
        for line in report.errors { StandardStream.standardError.write(line: line) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

extension AmoDossier {
    /// `open FILE`: the wizard (full-screen or plain, as without a
    /// subcommand) on a saved dossier, at its review.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.open.abstract"))

        @Argument(help: ArgumentHelp(helpText("help.open.file")), completion: .file(extensions: ["json"]))
        var file: String

        @OptionGroup var wizard: WizardOptions

        func run() throws {
            let lang = try wizard.common.language()
            _ = try CommandLineValue.path(file, option: "FILE").orExit(lang)
            try wizard.launch(opening: file)
        }
    }
}
