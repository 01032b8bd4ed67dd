import ArgumentParser

// `check`'s files go around the argument parser (see `CheckArguments`).
let split = CheckArguments.split(Array(CommandLine.arguments.dropFirst()),
                                 optionsWithValue: AmoDossier.Check.optionsWithValue)
do {
    var command = try AmoDossier.parseAsRoot(split.arguments)
    if var check = command as? AmoDossier.Check {
        check.files = split.files
        command = check
    }
    try command.run()
} catch {
    AmoDossier.exit(withError: error)
}
