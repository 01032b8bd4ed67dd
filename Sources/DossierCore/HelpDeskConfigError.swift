/// Why the help desk's config file could not be used: the file, the key
/// and what is wrong, said in one line as a broken edition is, under the
/// config's heading; every command stops with exit 78 (EX_CONFIG) rather
/// than run a shared terminal half-configured (kiosk mode silently off
/// because of a typing mistake).
public struct HelpDeskConfigError: Error, Equatable, Sendable {
    public let fault: EditionError

    public init(file: String, place: String = "", reason: String, arguments: [String: String] = [:]) {
        fault = EditionError(file: file, place: place, reason: reason, arguments: arguments)
    }

    public static let exitCode = EditionError.exitCode

    public func message(_ language: Language, _ words: L10n = .shared) -> String {
        fault.message(language, words, heading: "config.error")
    }
}
