import ArgumentParser

extension CompletionKind {
    /// Every value of a domain enum, for the shell completions of an option
    /// that is read as text (`--lang`, `--bidi`, `--sheet`): the option keeps
    /// its own message in the user's language for a wrong value
    /// (`CommandLineValue`), which an `ExpressibleByArgument` type would give
    /// to the argument parser, in English; the values offered still come
    /// from the enum, so a case added there is offered without a change here.
    static func choices<Value: CaseIterable & RawRepresentable>(_ type: Value.Type) -> CompletionKind
        where Value.RawValue == String {
        .list(Value.allCases.map(\.rawValue))
    }
}
