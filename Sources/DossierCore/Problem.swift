/// One thing that keeps a dossier from being complete, or one typed value
/// that was refused. The code is stable (scripts match on it); the path is the
/// JSON path of the field (`practitioners[1].inpe`); the words come from the
/// translation tables, so every front-end says the same thing.
public struct Problem: Hashable, Sendable, Codable, Error {
    /// Stable identifier, e.g. `cnie.format`; also the translation key
    /// `problem.<code>`.
    public let code: String
    /// JSON path of the field, e.g. `student.cnie`, `practitioners[0].fee`.
    public let path: String
    /// Values placed into the message, e.g. `["typed": "14"]`.
    public let arguments: [String: String]

    public init(code: String, path: String, arguments: [String: String] = [:]) {
        self.code = code
        self.path = path
        self.arguments = arguments
    }

    /// The same problem quoting the text as it was typed. A front-end that
    /// stores the normal form of an identifier (`AB123`) and validates that
    /// still owes the person their own words (`ab 123`) in the message.
    public func quoting(typed: String) -> Problem {
        guard arguments["value"] != nil else { return self }
        var quoted = arguments
        quoted["value"] = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        return Problem(code: code, path: path, arguments: quoted)
    }
}
