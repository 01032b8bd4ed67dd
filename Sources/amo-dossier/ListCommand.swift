import ArgumentParser
import DossierCore
import DossierWizard
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension AmoDossier {
    /// `list`: the officer's register of a dossier folder (`DossierListReport`).
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("help.list.abstract"))

        @Option(help: ArgumentHelp(helpText("help.today")))
        var today: String?

        @Option(help: ArgumentHelp(helpText("help.list.sheet")), completion: .choices(CareSheetKind.self))
        var sheet: String?

        @Option(help: ArgumentHelp(helpText("help.list.find")))
        var find: String?

        @Option(help: ArgumentHelp(helpText("help.list.status")),
                completion: .list(CommandLineValue.statusChoices.map(\.rawValue)))
        var status: String?

        @Option(help: ArgumentHelp(helpText("help.list.due")))
        var due: String?

        @Flag(help: ArgumentHelp(helpText("help.list.late")))
        var late = false

        @Option(name: .customLong("mailed-on"), help: ArgumentHelp(helpText("help.list.mailedOn")))
        var mailedOn: String?

        @Option(name: .customLong("saved-on"), help: ArgumentHelp(helpText("help.list.savedOn")))
        var savedOn: String?

        @Flag(help: ArgumentHelp(helpText("help.list.json")))
        var json = false

        @Flag(help: ArgumentHelp(helpText("help.list.csv")))
        var csv = false

        @OptionGroup var common: CommonOptions

        func run() throws {
            let lang = try common.language()
            let day = try CommandLineValue.today(today).orExit(lang)
            if json && csv { throw usageFailure(CommandLineError(key: "arg.oneFormat", arguments: [:]), lang) }
            var filter = RegisterFilter(late: late)
            filter.sheet = try sheet.map { try CommandLineValue.sheet($0).orExit(lang) }
            filter.status = try status.map { try CommandLineValue.status($0).orExit(lang) }
            filter.due = try due.map { try CommandLineValue.days($0, option: "--due").orExit(lang) }
            filter.mailedOn = try mailedOn.map { try CommandLineValue.day($0, option: "--mailed-on", today: day).orExit(lang) }
            filter.savedOn = try savedOn.map { try CommandLineValue.day($0, option: "--saved-on", today: day).orExit(lang) }
            // A --find of spaces only looks for nothing: every dossier.
            filter.find = try find.map { try CommandLineValue.text($0, option: "--find").orExit(lang) }.flatMap(RegisterSearch.init)
            let store = DossierStore(folder: try common.checkedFolder(lang))
            try refuseMissingFolder(store, lang)
            let data = common.dir == nil ? try common.secureDataFolder(lang) : nil
            let context = try common.context(lang, today: day)
            // A dossier saved by a program killed before its summary gets it now.
            DataFolder.tidy(dataFolder: data, dossierFolder: store.folder, language: lang, context: context)
            // Put-aside kiosk drafts past their lifetime go whenever the
            // user's files are listed.
            if let data {
                let days = try common.helpDesk(lang).draftDays ?? DraftVault.defaultLifetimeDays
                DraftVault(dataFolder: data, lifetimeDays: days).removeExpired()
            }
            let report = DossierListReport(listings: store.list(), context: context, filter: filter)
            if json || csv {
                try StandardOutput.write(json ? report.json() : report.csv(), lang)
            } else {
                // On a terminal the table fits its width; to a file, whole rows.
                let columns = isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
                let width = columns.map { lang.isRightToLeft ? $0 - 1 : $0 }
                try common.emit(report.text(lang, folder: store.folder, width: width, measure: DisplayWidth.of), lang)
            }
            StandardStream.standardError.write(Data(report.unreadableText(lang).utf8))
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }

        /// A folder named with `--dir` must be one: a typo in its name is
        /// not "no saved dossier" (exit 66, EX_NOINPUT). The default folder
        /// may not exist yet: nothing has been saved.
        func refuseMissingFolder(_ store: DossierStore, _ lang: Language) throws {
            guard common.dir != nil else { return }
            let key: String
            switch store.folderState {
            case .folder: return
            case .missing: key = "register.dir.missing"
            case .notAFolder: key = "register.dir.notAFolder"
            case .unreadable: key = "register.dir.unreadable"
            }
            StandardStream.standardError.write(line: "amo-dossier: " + tr(key, lang, ["folder": TerminalText.visible(store.folder, limit: TerminalText.messageLimit)]))
            throw ExitCode(66)
        }
    }
}
