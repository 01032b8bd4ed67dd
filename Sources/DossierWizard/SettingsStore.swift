import DossierCore
import FoundationEssentials

/// The user's settings file, `$XDG_CONFIG_HOME/amo-dossier/config.json`
/// (else `~/.config/amo-dossier/config.json`): the answer to the bidi
/// check, so a student who said once which Arabic line reads correctly is
/// not asked again, and the language last chosen, so the next start
/// speaks it. Written like every private file (0600, folder 0700,
/// atomic); keys it does not know are kept as they were.
public struct SettingsStore: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public static func defaultPath(environment: [String: String]) -> String {
        // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg.appendingPath("amo-dossier/config.json")
        }
        let home = AccountHome.path(environment: environment)
        return home.appendingPath(".config/amo-dossier/config.json")
    }

    /// The stored bidi mode, or nil when there is none or the file cannot
    /// be read (then the check screen asks).
    public func loadBidi() -> BidiMode? {
        guard case .text(let raw) = object()["bidi"] else { return nil }
        return BidiMode(rawValue: raw)
    }

    public func save(bidi: BidiMode) throws {
        try save(bidi.rawValue, as: "bidi")
    }

    /// The language last chosen, for a start without `--lang`; nil when
    /// none was, or the file cannot be read.
    public func loadLanguage() -> Language? {
        guard case .text(let raw) = object()["language"] else { return nil }
        return Language(rawValue: raw)
    }

    public func save(language: Language) throws {
        try save(language.rawValue, as: "language")
    }

    private func save(_ value: String, as key: String) throws {
        var settings = object()
        settings[key] = .text(value)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(settings)
        try PrivateFiles.ensureFolder(path.parentPath)
        try PrivateFiles.writeAtomically(data, to: path)
    }

    /// The settings; a file that is not a JSON object (edited by hand, cut
    /// by a crash) counts as no settings.
    private func object() -> [String: SettingsValue] {
        guard let data = try? PrivateFiles.readBounded(path: path, followSymlinks: false).get(),
              let object = try? JSONDecoder().decode([String: SettingsValue].self, from: data)
        else { return [:] }
        return object
    }
}
