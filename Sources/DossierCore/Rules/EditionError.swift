/// Why the insurer's rules could not be read: the file, the place in it and
/// what is wrong. Nothing runs on half-read rules: every command stops with
/// this one line and exit status 78 (EX_CONFIG).
public struct EditionError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// JSON path of the faulty place; empty when the whole file is at fault.
    public let place: String
    /// The translation key of what is wrong (`edition.outOfRange`).
    public let reason: String
    public let arguments: [String: String]

    public init(file: String, place: String = "", reason: String, arguments: [String: String] = [:]) {
        self.file = file
        self.place = place
        self.reason = reason
        self.arguments = arguments
    }

    public static let exitCode: Int32 = 78

    /// `heading`: whose file it is (`edition.error`: the insurer's rules;
    /// `config.error`: the help desk's config, `HelpDeskConfigError`).
    public func message(_ language: Language, _ words: L10n = .shared, heading: String = "edition.error") -> String {
        // The file's name, its keys and values come from the file system and the file.
        let what = words.text(reason, language, TerminalText.visible(arguments))
        let (file, place) = (TerminalText.visible(file, limit: TerminalText.messageLimit),
                             TerminalText.visible(place, limit: TerminalText.messageLimit))
        if place.isEmpty { return words.text(heading + ".file", language, ["file": file, "reason": what]) }
        return words.text(heading + ".place", language, ["file": file, "place": place, "reason": what])
    }

    public var description: String { message(.en) }
}
