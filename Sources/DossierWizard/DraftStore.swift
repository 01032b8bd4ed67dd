import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one draft of the user: the whole wizard state, written atomically
/// (0600, folder 0700) on every completed field and screen change, so an
/// interrupted student finds the screen, the field and the text again.
/// Drafts are per user: they live in the user's data folder.
public struct DraftStore: Sendable {
    public let folder: String
    /// `draft`, or `draft-2`… when another wizard of the same user holds
    /// `draft` at the same time (see `claim`).
    public let name: String
    /// Held for as long as this store lives: the claim on `name`.
    private let lock: DraftLock?
    public var path: String { folder + "/" + name + ".json" }

    public init(folder: String) {
        self.folder = folder
        name = "draft"
        lock = nil
    }

    private init(folder: String, name: String, lock: DraftLock) {
        self.folder = folder
        self.name = name
        self.lock = lock
    }

    /// The draft this process may write, claimed with an exclusive lock
    /// (`<name>.lock`, 0600) held until the process ends. Two wizards of the
    /// same user at once (two terminals, a help desk with two windows) would
    /// otherwise autosave over each other's draft: the second one gets
    /// `draft-2.json`, and each keeps its own. A lock dies with its process,
    /// so a crashed wizard's draft is free again at the next start.
    public static func claim(folder: String) -> DraftStore {
        guard (try? PrivateFiles.ensureFolder(folder)) != nil else { return DraftStore(folder: folder) }
        for number in 1...99 {
            let name = number == 1 ? "draft" : "draft-\(number)"
            if let lock = DraftLock(path: folder + "/" + name + ".lock") {
                return DraftStore(folder: folder, name: name, lock: lock)
            }
        }
        return DraftStore(folder: folder)
    }

    /// The user's data folder (`DataFolder.path`): drafts live beside the
    /// dossiers' folder, never inside it.
    public static func defaultFolder(environment: [String: String]) -> String {
        DataFolder.path(environment: environment)
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

/// An exclusive `flock` on a lock file, released when the last copy of the
/// store that holds it goes away (or the process ends).
final class DraftLock: Sendable {
    let descriptor: Int32

    init?(path: String) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        fchmod(fd, 0o600)
        descriptor = fd
    }

    deinit {
        close(descriptor)
    }
}
