import DossierCore
import Foundation

/// The one draft of the user: the whole wizard state, written atomically
/// (0600, folder 0700) on every completed field and screen change, so an
/// interrupted student finds the screen, the field and the text again.
/// Drafts are per user: they live in the user's data folder.
public struct DraftStore: Sendable {
    public let folder: String
    public var path: String { folder + "/draft.json" }

    public init(folder: String) {
        self.folder = folder
    }

    /// `$XDG_DATA_HOME/amo-dossier`, else `~/.local/share/amo-dossier`.
    public static func defaultFolder(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/amo-dossier"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/amo-dossier"
    }

    /// The saved draft, or nil when there is none or it cannot be read (an
    /// unreadable draft is left on disk untouched, never replaced silently
    /// by reading it).
    public func load() -> WizardState? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? DossierJSON.decoder().decode(WizardState.self, from: data)
    }

    public func save(_ state: WizardState) throws {
        try PrivateFiles.ensureFolder(folder)
        try PrivateFiles.writeAtomically(try DossierJSON.encoder().encode(state), to: path)
    }

    public func delete() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
