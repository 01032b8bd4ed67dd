import DossierCore
import FoundationEssentials

/// The draft file as this session last wrote or read it: its path, which
/// file it was (device and inode) and which dossier it held. When that
/// file is gone or replaced before the next write, someone deleted it
/// while the wizard was open (`amo-dossier forget` at the student's
/// request): writing it back would undo the deletion, so the session
/// writes nothing and starts afresh.
final class DraftWatch {
    /// Thrown instead of writing a draft that was deleted since.
    struct Removed: Error {}

    private var last: (path: String, identity: PrivateFiles.FileIdentity, dossier: UUID)?

    /// True when the file this session last wrote or read at `path`, for
    /// this same dossier, is no longer there. A new dossier (started
    /// afresh) or another path (a kiosk draft under a new CNIE) owes
    /// nothing to the old file.
    func wasRemoved(_ path: String, of dossier: Dossier) -> Bool {
        guard let last, last.path == path, last.dossier == dossier.id else { return false }
        return PrivateFiles.identity(of: path) != last.identity
    }

    func saw(_ identity: PrivateFiles.FileIdentity?, at path: String, of dossier: Dossier) {
        last = identity.map { (path, $0, dossier.id) }
    }

    /// The session deleted the draft itself (saved, started anew).
    func clear() {
        last = nil
    }
}
