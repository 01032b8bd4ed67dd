import ArgumentParser
import DossierCore
import DossierWizard
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The command line: parsing and hand-over only. What each subcommand
/// computes and prints lives in `DossierCore/Reports`, where it is tested
/// without this binary.
struct AmoDossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amo-dossier",
        abstract: helpText("help.root.abstract"),
        version: ProgramVersion.current,
        subcommands: [Deadline.self, Check.self, Address.self, List.self, Forget.self, Open.self, Summary.self,
                      Mailed.self, Reimbursed.self, Returned.self]
    )

    @OptionGroup var wizard: WizardOptions

    func run() throws {
        try wizard.launch(opening: nil)
    }
}

/// How the wizard is started, without a subcommand or with `open`.
struct WizardOptions: ParsableArguments {
    @OptionGroup var common: CommonOptions

    @Flag(help: ArgumentHelp(helpText("help.root.plain")))
    var plain = false

    @Flag(help: ArgumentHelp(helpText("help.root.kiosk")))
    var kiosk = false

    @Option(help: ArgumentHelp(helpText("help.root.idle")))
    var idle: Int?

    /// The options as the parser gives them for an empty command line,
    /// set one by one without it: `main` starts the wizard with these when
    /// nothing is typed after the program's name (the common case at a
    /// help desk), so that the first screen does not wait for the parser
    /// to reflect over every command (a fifth of the time to it; see bench/).
    static func withoutArguments() -> WizardOptions {
        var common = CommonOptions()
        common.dir = nil
        common.lang = nil
        common.bidi = nil
        var options = WizardOptions()
        options.common = common
        options.plain = false
        options.kiosk = false
        options.idle = nil
        return options
    }

    /// Starts either front-end; `opening`: the saved dossier `open` names.
    func launch(opening: String?) throws {
        let lang = try common.language()
        var options = WizardLaunchOptions(dir: common.folder(), lang: lang)
        options.opening = opening
        options.langGiven = common.lang != nil
        options.bidi = try common.bidiMode(lang)
        if let idle {
            guard HelpDeskConfig.idleRange.contains(idle) else {
                StandardStream.standardError.write(line: "amo-dossier: " + tr("wizard.cli.badIdle", lang))
                throw ExitCode(64)
            }
        }
        // The help desk's config turns kiosk mode on for every account;
        // nothing here can turn it off or lengthen its idle time.
        let desk = try common.helpDesk(lang)
        options.kiosk = kiosk || desk.kiosk
        options.idleMinutes = [idle, desk.idleMinutes].compactMap { $0 }.min() ?? options.idleMinutes
        options.draftDays = desk.draftDays ?? DraftVault.defaultLifetimeDays
        options.dirGiven = common.dir != nil
        let context = try common.context(lang, today: CalendarDate.today(), kiosk: options.kiosk)
        options.rulebook = context.rulebook
        DataFolder.tidy(dataFolder: try common.ownDataFolder(lang), dossierFolder: options.dir, language: lang, context: context)
        if wantsPlainMode(flag: plain, environment: ProcessEnvironment.current) {
            let code = runPlain(options)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let code = try runWizard(options)
        if code != 0 { throw ExitCode(code) }
    }
}

/// Options every command understands.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(helpText("help.common.dir")), completion: .directory)
    var dir: String?

    @Option(name: .long, help: ArgumentHelp(helpText("help.common.lang")), completion: .choices(Language.self))
    var lang: String?

    @Option(help: ArgumentHelp(helpText("help.root.bidi")), completion: .choices(BidiMode.self))
    var bidi: String?

    /// `--bidi app|terminal`, refused (exit 64) when it is neither.
    func bidiMode(_ language: Language) throws -> BidiMode? {
        guard let bidi else { return nil }
        guard let mode = BidiMode(rawValue: bidi.lowercased()) else {
            StandardStream.standardError.write(line: "amo-dossier: " + tr("wizard.cli.badBidi", language, ["value": String(bidi.prefix(40))]))
            throw ExitCode(64)
        }
        return mode
    }

    /// A subcommand's text on standard output: on a terminal, Arabic follows
    /// `--bidi` or else the config file's choice; to a pipe or a file it
    /// stays in logical order (`TerminalOutput`).
    func emit(_ text: String, _ language: Language) throws {
        let mode = try bidiMode(language) ?? SettingsStore(path: SettingsStore.defaultPath(
            environment: ProcessEnvironment.current)).loadBidi()
        try StandardOutput.write(TerminalOutput.shown(text, language: language, bidi: mode,
                                                      toTerminal: isatty(STDOUT_FILENO) == 1, width: terminalColumns()),
                                 language)
    }

    func language() throws -> Language {
        let env = ProcessEnvironment.current
        return try CommandLineValue.language(lang, environment: env).orExit(Language.fromEnvironment(env))
    }

    /// The day, the insurer's rules (built-in editions and a help desk's)
    /// and the words, for one command. A broken edition stops every
    /// command here: one line naming the file and the place, exit 78.
    /// In kiosk mode (`--kiosk` or the help desk's config) the account's own
    /// editions are not read: only the help desk's.
    func context(_ language: Language, today: CalendarDate, kiosk: Bool = false) throws -> DossierContext {
        let desk = try helpDesk(language)
        do {
            let rulebook = try RuleBook.load(environment: ProcessEnvironment.current,
                                             userEditions: !(kiosk || desk.kiosk))
            return DossierContext(today: today, rulebook: rulebook, words: .shared)
        } catch {
            StandardStream.standardError.write(line: "amo-dossier: " + error.message(language))
            throw ExitCode(EditionError.exitCode)
        }
    }

    /// The help desk's config file(s); a broken one stops every command
    /// here: one line naming the file and the key, exit 78.
    func helpDesk(_ language: Language) throws -> HelpDeskConfig {
        do {
            return try HelpDeskConfig.load(environment: ProcessEnvironment.current)
        } catch {
            StandardStream.standardError.write(line: "amo-dossier: " + error.message(language))
            throw ExitCode(HelpDeskConfigError.exitCode)
        }
    }

    /// `--dir` on a command that reads no saved dossier (`deadline`,
    /// `address`) would be taken and ignored: refused, exit 64, so that
    /// nobody believes it was used.
    func refuseDir(_ command: String, _ language: Language) throws {
        guard dir != nil else { return }
        throw usageFailure(CommandLineError(key: "arg.dirUnused", arguments: ["command": command]), language)
    }

    func folder() -> String {
        dir ?? DossierStore.defaultFolder(environment: ProcessEnvironment.current)
    }

    /// `folder()`, with `--dir` refused when longer than a path can be.
    func checkedFolder(_ language: Language) throws -> String {
        _ = try CommandLineValue.path(dir, option: "--dir").orExit(language)
        return folder()
    }

    /// The user's data folder, refused when it is not theirs alone (it,
    /// `dossiers/` or `drafts/` is a link or another account's): one line
    /// on standard error and exit 77, before anything in it is read or written.
    func ownDataFolder(_ language: Language) throws -> String {
        let folder = DataFolder.path(environment: ProcessEnvironment.current)
        if let refusal = UnsafeDataFolder.check(dataFolder: folder) {
            StandardStream.standardError.write(line: refusal.message(language))
            throw ExitCode(UnsafeDataFolder.exitCode)
        }
        return folder
    }

    /// The user's own data folder (draft, kiosk drafts, default dossiers),
    /// once known to be theirs, made private again if it was opened up,
    /// with a one-line warning on standard error. A folder chosen with
    /// `--dir` is left as it is: it may be shared on purpose (a coverage
    /// office's folder).
    @discardableResult
    func secureDataFolder(_ language: Language) throws -> String {
        let data = try ownDataFolder(language)
        let folders = [data, DataFolder.dossiersFolder(in: data)]
        if let warning = PrivateFiles.secureAtStart(folders: folders, language: language) {
            StandardStream.standardError.write(line: warning)
        }
        return data
    }
}

extension AmoDossier {
    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.deadline.abstract"))

        @Option(name: .customLong("first-act"), help: ArgumentHelp(helpText("help.deadline.firstAct")))
        var firstAct: String

        @Option(name: .customLong("treatment-end"), help: ArgumentHelp(helpText("help.deadline.treatmentEnd")))
        var treatmentEnd: String?

        @Option(help: ArgumentHelp(helpText("help.today")))
        var today: String?

        @Flag(help: ArgumentHelp(helpText("help.deadline.json")))
        var json = false

        @OptionGroup var common: CommonOptions

        func run() throws {
            let lang = try common.language()
            try common.refuseDir("deadline", lang)
            let first = try CommandLineValue.date(firstAct, option: "--first-act").orExit(lang)
            let end = try CommandLineValue.date(treatmentEnd, option: "--treatment-end").orExit(lang)
            let day = try CommandLineValue.today(today).orExit(lang)
            let context = try common.context(lang, today: day)
            let report: DeadlineReport
            do {
                report = try DeadlineReport(firstAct: first, treatmentEnd: end, context: context)
            } catch {
                throw usageFailure(error, lang)
            }
            if json { try StandardOutput.write(report.json(), lang) } else { try common.emit(report.text(lang), lang) }
        }
    }

    struct Address: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.address.abstract"))

        @Option(help: ArgumentHelp(helpText("help.address.on")))
        var on: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let lang = try common.language()
            try common.refuseDir("address", lang)
            let day = try CommandLineValue.date(on, option: "--on").orExit(lang)
            let context = try common.context(lang, today: try CommandLineValue.today(nil).orExit(lang))
            try common.emit(AddressBlock.text(lang, context: context, on: day), lang)
        }
    }
}

/// The width of the terminal standard output goes to, if it is one.
func terminalColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// A refused value: its one-line message on standard error, exit 64
/// (EX_USAGE), no usage screen to bury it.
func usageFailure(_ error: CommandLineError, _ language: Language) -> ExitCode {
    StandardStream.standardError.write(line: "amo-dossier: " + error.message(language))
    return ExitCode(64)
}

extension Result where Failure == CommandLineError {
    func orExit(_ language: Language) throws -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw usageFailure(error, language)
        }
    }
}
