import DossierCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The one draft of the user: the whole wizard state, written atomically
/// (0600, folder 0700) on every completed field and screen change, so an
/// interrupted student finds the screen, the field and the text again.
/// Drafts are per user: they live in the user's data folder. Only a plain
/// file of the user's own is ever read as a draft or deleted.
public struct DraftStore: Sendable {
    public let folder: String
    /// `draft`, or `draft-2`… when another wizard of the same user holds
    /// `draft` at the same time (see `claim`).
    public let name: String
    /// Held for as long as this store lives: the claim on `name`.
    private let lock: DraftLock?
    /// A draft name `claim` did not take because something else than a
    /// draft of the user's is there (a folder, a link, another account's
    /// file): left as it is, and said at start.
    public let passedOver: String?
    public var path: String { folder + "/" + name + ".json" }

    public init(folder: String) {
        self.folder = folder
        name = "draft"
        lock = nil
        passedOver = nil
    }

    private init(folder: String, name: String, lock: DraftLock, passedOver: String?) {
        self.folder = folder
        self.name = name
        self.lock = lock
        self.passedOver = passedOver
    }

    /// The draft this process may write, claimed with an exclusive lock
    /// (`<name>.lock`, 0600) held until the process ends. Two wizards of the
    /// same user at once (two terminals, a help desk with two windows) would
    /// otherwise autosave over each other's draft: the second one gets
    /// `draft-2.json`, and each keeps its own. A lock dies with its process,
    /// so a crashed wizard's draft is free again at the next start, and a
    /// free name that holds a draft is taken before an empty one: the
    /// second wizard's `draft-2.json` is offered again later.
    public static func claim(folder: String) -> DraftStore {
        guard (try? PrivateFiles.ensureFolder(folder)) != nil else { return DraftStore(folder: folder) }
        var free: (name: String, lock: DraftLock)?
        var passedOver: String?
        for number in 1...99 {
            let name = number == 1 ? "draft" : "draft-\(number)"
            let path = folder + "/" + name + ".json"
            let found = Entry(path)
            if found == .foreign {
                passedOver = passedOver ?? path
                continue
            }
            if found == .missing && free != nil { continue }
            guard let lock = DraftLock(path: folder + "/" + name + ".lock") else { continue }
            if found == .draft { return DraftStore(folder: folder, name: name, lock: lock, passedOver: passedOver) }
            free = (name, lock)
        }
        guard let free else { return DraftStore(folder: folder) }
        return DraftStore(folder: folder, name: free.name, lock: free.lock, passedOver: passedOver)
    }

    /// What is at a draft's path, seen without following a link.
    private enum Entry {
        case missing, draft, foreign

        init(_ path: String) {
            var info = stat()
            if lstat(path, &info) != 0 {
                self = .missing
            } else {
                self = info.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid() ? .draft : .foreign
            }
        }
    }

    /// The user's data folder (`DataFolder.path`): drafts live beside the
    /// dossiers' folder, never inside it.
    public static func defaultFolder(environment: [String: String]) -> String {
        DataFolder.path(environment: environment)
    }

    /// What the wizard finds at start where its draft belongs.
    public enum Found: Equatable, Sendable {
        case none
        /// A draft to offer, and which file it came from.
        case draft(WizardState, PrivateFiles.FileIdentity)
        /// A file that could not be read as a draft (damaged, cut short,
        /// of another version, a key written twice): renamed to this path
        /// (0600) and left for the person to look at, never overwritten.
        case keptAside(String)
        /// Not a plain file of the user's (it became one since `claim`).
        case notYours(String)
    }

    /// Reads the draft for the offer at start; a broken one is kept aside.
    public func inspect() -> Found {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            switch Entry(path) {
            case .missing: return .none
            case .draft: return keepAside(descriptor: nil)    // the user's, but unreadable to them
            case .foreign: return .notYours(path)
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else {
            return .notYours(path)
        }
        if case .success(let data) = PrivateFiles.readBounded(descriptor: fd, limit: PrivateFiles.maximumReadSize),
           let state = try? DossierJSON.decoder().decode(WizardState.self, from: data),
           !DossierJSON.hasDuplicateKey(data) {
            return .draft(state, PrivateFiles.FileIdentity(info))
        }
        return keepAside(descriptor: fd)
    }

    /// `draft.broken.json`, `draft.broken-2.json`…: a new name is linked
    /// (never replacing a file), then the draft's name removed.
    private func keepAside(descriptor fd: Int32?) -> Found {
        if let fd { fchmod(fd, 0o600) } else { chmod(path, 0o600) }
        for number in 1...99 {
            let aside = folder + "/" + name + (number == 1 ? ".broken.json" : ".broken-\(number).json")
            if link(path, aside) == 0 {
                unlink(path)
                return .keptAside(aside)
            }
            if errno != EEXIST { break }
        }
        return .notYours(path)
    }

    /// The saved draft, or nil when there is none, it cannot be read, or it
    /// is not a plain file of the user's. Reading changes nothing.
    public func load() -> WizardState? {
        guard Entry(path) == .draft,
              case .success(let data) = PrivateFiles.readBounded(path: path, followSymlinks: false) else { return nil }
        return try? DossierJSON.decoder().decode(WizardState.self, from: data)
    }

    /// Writes the draft; returns which file now holds it.
    @discardableResult
    public func save(_ state: WizardState) throws -> PrivateFiles.FileIdentity {
        try PrivateFiles.ensureFolder(folder)
        return try PrivateFiles.writeAtomically(try DossierJSON.encoder().encode(state), to: path)
    }

    /// Removes the draft if it is a plain file: a folder found at its name
    /// is someone's, and stays with everything in it.
    public func delete() {
        guard PrivateFiles.identity(of: path) != nil else { return }
        unlink(path)
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
