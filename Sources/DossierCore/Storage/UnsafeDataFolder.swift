import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A data folder that is not the user's alone: whoever else controls it
/// would receive every dossier written there, or steer the program's
/// permission repair onto their own choice of folder. A symbolic link
/// planted as `$XDG_DATA_HOME/amo-dossier` in a shared folder made `list`
/// set a whole home directory to 0700/0600; a folder made 0777 in advance
/// by another account received the next student's dossiers. Such a folder
/// is refused before anything in it is read or written.
public struct UnsafeDataFolder: Error, Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// A symbolic link: where it leads is someone's choice, maybe not the user's.
        case link
        /// Owned by another account, which can read and replace what is in it.
        case anotherOwner
        /// Something else than a folder (a file, a FIFO) where the folder belongs.
        case notAFolder
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// Exit status of a refused start (EX_NOPERM).
    public static let exitCode: Int32 = 77

    /// The data folder first, then `dossiers/` and `drafts/` in it; a
    /// missing one is fine (it will be made, 0700). Links are never
    /// followed: `lstat` sees the link itself.
    public static func check(dataFolder: String) -> UnsafeDataFolder? {
        let inside = [DataFolder.dossiersFolder(in: dataFolder), DataFolder.kioskDraftsFolder(in: dataFolder)]
        for path in [dataFolder] + inside {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: return UnsafeDataFolder(path: path, reason: .link)
            case S_IFDIR: if info.st_uid != geteuid() { return UnsafeDataFolder(path: path, reason: .anotherOwner) }
            default: return UnsafeDataFolder(path: path, reason: .notAFolder)
            }
        }
        return nil
    }

    /// One line: which folder, why, and that nothing was touched.
    public func message(_ language: Language) -> String {
        tr("dataFolder.refused.\(reason.rawValue)", language,
           ["path": TerminalText.visible(path, limit: TerminalText.messageLimit)])
    }
}
