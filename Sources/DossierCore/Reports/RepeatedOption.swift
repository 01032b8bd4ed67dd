/// An option that takes one value, typed twice. The argument parser keeps
/// the last one silently: `list --today 2026-02-01 … --today 2026-03-01`
/// would judge every deadline by a day the officer may not have meant.
/// Typed twice, it is refused, with its name.
public enum RepeatedOption {
    /// The options of one value, every command's.
    public static let singleValued: Set<String> = [
        "--today", "--on", "--dir", "--lang", "--bidi", "--idle", "--first-act", "--treatment-end", "--tracking",
        "--amount", "--reason", "--find", "--status", "--due", "--sheet", "--mailed-on", "--saved-on",
    ]

    /// The first of `singleValued` given twice in `arguments` (as
    /// `--today D` or `--today=D`), nil when none is; after `--` nothing
    /// is an option.
    public static func first(in arguments: [String]) -> String? {
        var seen: Set<String> = []
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("--") else { continue }
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard singleValued.contains(name) else { continue }
            if !seen.insert(name).inserted { return name }
        }
        return nil
    }

    /// The refusal, for `usageFailure`.
    public static func error(_ option: String) -> CommandLineError {
        CommandLineError(key: "arg.repeated", arguments: ["option": option])
    }
}
