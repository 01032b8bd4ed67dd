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

    public func message(_ language: Language) -> String {
        tr("problem.\(code)", language, arguments)
    }
}
