/// The file names of `check`, taken out of the command line before the
/// argument parser sees it.
///
/// Why: swift-argument-parser 1.x stores each value of an array argument
/// by copying the array parsed so far out of its table of values (held as
/// `Any`), appending one element and storing it back, and does the same
/// with the set of argument positions (`ParsedValues.update`): every file
/// copies all the files before it, so `check` with n files took time in
/// n². The files are collected here in one pass instead, and `main` gives
/// them to the parsed command.
struct CheckArguments: Equatable {
    /// The command line without the files (`check` and its options).
    var arguments: [String]
    /// The files, folders and `-`, in the order typed.
    var files: [String]

    /// `arguments` as typed after the program's name. Only a line whose
    /// first word is `check` is split; an option of `check` that takes a
    /// value keeps it (`--today 2026-02-01`, `--today=2026-02-01`);
    /// after `--` everything is a file. Anything else that starts with `-`
    /// (but `-` itself) is left to the parser, which refuses what it does
    /// not know.
    static func split(_ arguments: [String], optionsWithValue: Set<String>) -> CheckArguments {
        guard arguments.first == "check" else { return CheckArguments(arguments: arguments, files: []) }
        var options = ["check"]
        var files: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                files += arguments[index...]
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                options.append(argument)
                if optionsWithValue.contains(argument), index < arguments.count {
                    options.append(arguments[index])
                    index += 1
                }
            } else {
                files.append(argument)
            }
        }
        return CheckArguments(arguments: options, files: files)
    }
}
