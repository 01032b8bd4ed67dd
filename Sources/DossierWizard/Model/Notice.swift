import DossierCore

/// A message for the status area: a translation key and its values.
public struct Notice: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case info, success, error }
    public let key: String
    public let arguments: [String: String]
    public let kind: Kind

    public init(_ key: String, _ arguments: [String: String] = [:], kind: Kind = .info) {
        self.key = key
        self.arguments = arguments
        self.kind = kind
    }
}

/// A message about the last input into one field.
public struct FieldNote: Codable, Hashable, Sendable {
    public let path: String
    public let notice: Notice

    public init(path: String, notice: Notice) {
        self.path = path
        self.notice = notice
    }
}

/// The draft found at start, as the welcome screen describes it.
public struct DraftOffer: Codable, Equatable, Sendable {
    public let step: Step
    public let sheet: CareSheetKind
    /// Whose draft it is, as typed (empty before the student screen): the
    /// question before starting anew says whose work would be replaced.
    public let studentName: String

    public init(step: Step, sheet: CareSheetKind, studentName: String = "") {
        self.step = step
        self.sheet = sheet
        self.studentName = studentName
    }
}
