import FoundationEssentials

/// A command-line value that was refused. The message is one line that
/// names the option and the value, so that a typo is found at a glance.
public struct CommandLineError: Error, Hashable, Sendable, CustomStringConvertible {
    public let key: String
    public let arguments: [String: String]

    public init(key: String, arguments: [String: String]) {
        self.key = key
        self.arguments = arguments
    }

    /// The values were typed on the command line: shown visibly, cut when long.
    public func message(_ language: Language) -> String {
        tr(key, language, TerminalText.visible(arguments))
    }

    public var description: String { message(.en) }
}

/// Reading option values the same way in every subcommand. Values arrive as
/// text and are checked here, not by the argument parser, so that the error
/// is the program's own one-line message in the user's language.
public enum CommandLineValue {
    /// `2026-01-10` or `10/01/2026`; `2026-02-30` is named as a day that
    /// does not exist.
    public static func date(_ raw: String, option: String) -> Result<CalendarDate, CommandLineError> {
        switch TypedValue.date(raw, path: option) {
        case .success(let date):
            return .success(date)
        case .failure(let problem):
            let key = problem.code == "date.impossible" ? "arg.date.impossible" : "arg.date.format"
            return .failure(CommandLineError(key: key, arguments: ["option": option, "value": raw]))
        }
    }

    /// An optional date option; nil stays nil.
    public static func date(_ raw: String?, option: String) -> Result<CalendarDate?, CommandLineError> {
        guard let raw else { return .success(nil) }
        return date(raw, option: option).map { Optional($0) }
    }

    /// A day to filter on (`--mailed-on`, `--saved-on`): a date, or
    /// `today` for the day of `today`, what an officer types at the end
    /// of the morning.
    public static func day(_ raw: String, option: String, today: CalendarDate) -> Result<CalendarDate, CommandLineError> {
        if raw.trimmingSpaces.lowercased() == "today" { return .success(today) }
        return date(raw, option: option)
    }

    /// `--today`, defaulting to the user's calendar day.
    public static func today(_ raw: String?) -> Result<CalendarDate, CommandLineError> {
        guard let raw else { return .success(CalendarDate.today()) }
        return date(raw, option: "--today")
    }

    /// `--lang fr|ar|en`; without it, the language of the environment
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    public static func language(_ raw: String?, environment: [String: String]) -> Result<Language, CommandLineError> {
        guard let raw else { return .success(Language.fromEnvironment(environment)) }
        guard let language = Language(rawValue: raw.lowercased()) else {
            return .failure(CommandLineError(key: "arg.language", arguments: ["value": raw]))
        }
        return .success(language)
    }

    /// `--sheet ordinary|chronic|dental`.
    public static func sheet(_ raw: String) -> Result<CareSheetKind, CommandLineError> {
        guard let sheet = CareSheetKind(rawValue: raw.lowercased()) else {
            return .failure(CommandLineError(key: "arg.sheet", arguments: ["value": raw]))
        }
        return .success(sheet)
    }
}

extension CommandLineValue {
    /// Longest path the system takes (PATH_MAX): a longer `--dir` or file
    /// name can only be a mistake or an attack, refused before any use.
    public static let maximumPathLength = 4096

    /// A path option, refused when longer than `maximumPathLength` bytes or
    /// holding a NUL (which would cut it short at the system call).
    public static func path(_ raw: String, option: String) -> Result<String, CommandLineError> {
        let bytes = RawFileName.bytes(raw)
        if bytes.count > maximumPathLength || bytes.contains(0) {
            return .failure(CommandLineError(key: "arg.tooLong",
                                             arguments: ["option": option, "max": String(maximumPathLength)]))
        }
        return .success(raw)
    }

    public static func path(_ raw: String?, option: String) -> Result<String?, CommandLineError> {
        guard let raw else { return .success(nil) }
        return path(raw, option: option).map { Optional($0) }
    }

    /// The files given to `check`: each a bounded path. Their number is
    /// not bounded: a faculty's folder may hold tens of thousands, and the
    /// time grows with their number only (`CheckTargets`).
    public static func files(_ raw: [String]) -> Result<[String], CommandLineError> {
        for file in raw {
            if case .failure(let error) = path(file, option: "FILES") { return .failure(error) }
        }
        return .success(raw)
    }

    /// The CNIE given to `forget`, normalised (`ab 123456` → `AB123456`).
    /// The message does not repeat the value: it is a person's number.
    public static func cnie(_ raw: String) -> Result<String, CommandLineError> {
        guard let cnie = DossierEraser.normalizedCNIE(raw) else {
            return .failure(CommandLineError(key: "arg.cnie", arguments: [:]))
        }
        return .success(cnie)
    }
}
