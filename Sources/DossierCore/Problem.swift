/// One thing that keeps a dossier from being complete, one thing worth
/// fixing before mailing, or one typed value that was refused. The code is
/// stable (scripts match on it); the path is the JSON path of the field
/// (`practitioners[1].inpe`); the words come from the translation tables,
/// so every front-end says the same thing.
public struct Problem: Hashable, Sendable, Error {
    /// How much a problem weighs: an error leaves the dossier incomplete;
    /// a warning is worth fixing but never blocks (`check` still exits 0,
    /// saving asks nothing). The fund may accept a dossier with a warning;
    /// it returns one with an error.
    public enum Severity: String, Codable, Hashable, Sendable {
        case error
        case warning
    }

    /// Stable identifier, e.g. `cnie.format`; also the translation key
    /// `problem.<code>`.
    public let code: String
    /// JSON path of the field, e.g. `student.cnie`, `practitioners[0].fee`.
    public let path: String
    /// Values placed into the message, e.g. `["typed": "14"]`.
    public let arguments: [String: String]
    public let severity: Severity

    public init(code: String, path: String, arguments: [String: String] = [:], severity: Severity = .error) {
        self.code = code
        self.path = path
        self.arguments = arguments
        self.severity = severity
    }

    public var isError: Bool { severity == .error }

    /// The same problem quoting the text as it was typed. A front-end that
    /// stores the normal form of an identifier (`AB123`) and validates that
    /// still owes the person their own words (`ab 123`) in the message.
    public func quoting(typed: String) -> Problem {
        guard arguments["value"] != nil else { return self }
        var quoted = arguments
        quoted["value"] = typed.trimmingSpacesAndNewlines
        return Problem(code: code, path: path, arguments: quoted, severity: severity)
    }
}

extension Problem: Codable {
    enum CodingKeys: String, CodingKey { case code, path, arguments, severity }

    /// A draft written before problems had a severity holds errors only.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        path = try c.decode(String.self, forKey: .path)
        arguments = try c.decode([String: String].self, forKey: .arguments)
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity) ?? .error
    }
}

extension Array where Element == Problem {
    /// What leaves the dossier incomplete.
    public var errors: [Problem] { filter(\.isError) }
    /// What is worth fixing but does not block.
    public var warnings: [Problem] { filter { !$0.isError } }
    /// Errors first, then warnings, each in the order found: how the
    /// review, the plain mode, `check` and the summary list them.
    public var errorsFirst: [Problem] { errors + warnings }
}
