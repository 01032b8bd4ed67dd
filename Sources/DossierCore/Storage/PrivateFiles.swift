import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Files that hold personal data (a national ID, health and bank data):
/// folders 0700, files 0600, created with those modes whatever the umask,
/// and written atomically so that a crash or a full disk never leaves half
/// a file where a whole one was.
public enum PrivateFiles {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        case cannotCreateFolder(path: String, errno: Int32)
        case notAFolder(path: String)
        case cannotWrite(path: String, errno: Int32)

        public var description: String {
            switch self {
            case .cannotCreateFolder(let path, let e): "cannot create folder \(path): \(String(cString: strerror(e)))"
            case .notAFolder(let path): "\(path) exists and is not a folder"
            case .cannotWrite(let path, let e): "cannot write \(path): \(String(cString: strerror(e)))"
            }
        }

        /// The folder or file that could not be written.
        public var path: String {
            switch self {
            case .cannotCreateFolder(let path, _), .notAFolder(let path), .cannotWrite(let path, _): path
            }
        }

        /// One line for the person at the screen, in their language: what
        /// could not be written and why in plain words (a full disk, no
        /// permission), never the system's English `strerror`. The data
        /// stays with the caller, which can offer another folder.
        public func message(_ language: Language) -> String {
            // The path may have been typed (another folder) or found on disk.
            let shown = TerminalText.visible(path, limit: TerminalText.messageLimit)
            switch self {
            case .notAFolder:
                return tr("write.notAFolder", language, ["path": shown])
            case .cannotCreateFolder(_, let e):
                return tr("write.cannotCreateFolder", language, ["path": shown, "reason": Self.reason(e, language)])
            case .cannotWrite(_, let e):
                return tr("write.cannotWrite", language, ["path": shown, "reason": Self.reason(e, language)])
            }
        }

        /// The usual causes by name; any other errno by number.
        public static func reason(_ code: Int32, _ language: Language) -> String {
            switch code {
            case EACCES, EPERM: return tr("errno.permission", language)
            case ENOSPC, EDQUOT: return tr("errno.full", language)
            case EROFS: return tr("errno.readOnly", language)
            case ENOTDIR: return tr("errno.notDirectory", language)
            case ENOENT: return tr("errno.missing", language)
            case EEXIST: return tr("errno.exists", language)
            default: return tr("errno.other", language, ["code": String(code)])
            }
        }
    }

    /// Creates the folder and its missing parents with mode 0700 (existing
    /// parents are left alone); an existing folder of the user's is
    /// tightened to 0700 when it is one of the program's own
    /// (`tighteningExisting`), never when the person chose it (`--dir`: it
    /// may be shared on purpose, and the program changes the mode of no
    /// folder it did not create). A link is never followed to change a
    /// mode, and another account's folder is not touched.
    public static func ensureFolder(_ path: String, tighteningExisting: Bool = true) throws {
        var info = stat()
        if lstat(RawFileName.cString(path), &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if tighteningExisting, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 { tighten(folder: path) }
                return
            case S_IFLNK:
                guard stat(RawFileName.cString(path), &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                    throw WriteError.notAFolder(path: path)
                }
                return
            default:
                throw WriteError.notAFolder(path: path)
            }
        }
        let parent = path.parentPath
        if !parent.isEmpty, parent != path, lstat(RawFileName.cString(parent), &info) != 0 {
            try ensureFolder(parent)
        }
        if mkdir(RawFileName.cString(path), 0o700) != 0 && errno != EEXIST {
            throw WriteError.cannotCreateFolder(path: path, errno: errno)
        }
        tighten(folder: path) // mkdir's mode is filtered by the umask
    }

    /// 0700 on the folder itself, never on where a link leads.
    private static func tighten(folder path: String) {
        let fd = open(RawFileName.cString(path), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        fchmod(fd, 0o700)
        close(fd)
    }

    /// Which file a path names (device and inode), so a writer can tell
    /// that the file it wrote was deleted or replaced since.
    public struct FileIdentity: Hashable, Sendable {
        public let device: UInt64
        public let inode: UInt64

        public init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// The identity of the plain file at `path` (a link is not followed),
    /// or nil when there is none.
    public static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard lstat(RawFileName.cString(path), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    /// After `link(temp, path)` failed with `linkError`: 0 when the name is
    /// ours all the same, else the error to report. Two cases are not
    /// failures on a shared folder of a faculty's network:
    /// - NFS: the server made the link but its answer was lost; the client
    ///   asks again and hears EEXIST (or another error). The temporary
    ///   file then has two names: its link count says so (open(2), O_EXCL).
    /// - A file system without hard links (an SMB share without Unix
    ///   extensions, a FAT USB key): EPERM or EOPNOTSUPP. The name is
    ///   claimed by an exclusive create instead (O_EXCL, honoured by NFSv3+
    ///   and SMB servers), and the whole file renamed over that empty
    ///   claim: a reader sees no file or an empty one, never half a dossier,
    ///   and a second writer's exclusive create fails as link() would.
    static func claimWithoutLink(_ temp: String, _ path: String, linkError: Int32) -> Int32 {
        var info = stat()
        if lstat(RawFileName.cString(temp), &info) == 0, info.st_nlink >= 2, let target = identity(of: path),
           target == FileIdentity(info) {
            return 0
        }
        guard linkError == EPERM || linkError == EOPNOTSUPP else { return linkError }
        let claim = open(RawFileName.cString(path), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard claim >= 0 else { return errno }
        close(claim)
        guard rename(RawFileName.cString(temp), RawFileName.cString(path)) == 0 else {
            let code = errno
            unlink(RawFileName.cString(path))
            return code
        }
        return 0
    }

    /// Writes `data` to `path` atomically: a temporary file in the same
    /// folder (mode 0600 from its creation, a name that says nothing about
    /// its content), fsync, rename over the target, fsync of the folder.
    /// With `overwrite: false` an existing file is never replaced (link
    /// instead of rename), and the error is `.cannotWrite` with `EEXIST`.
    /// Returns the identity of the file written.
    @discardableResult
    public static func writeAtomically(_ data: Data, to path: String, overwrite: Bool = true) throws -> FileIdentity {
        try writeAtomically(data, to: path, overwrite: overwrite, beforeRename: {})
    }

    /// The same, with a seam for the tests: `beforeRename` runs once the
    /// temporary file is whole and synced, just before it takes the
    /// target's name — the moment a direct write would leave half a file.
    /// A test throws there to stand for a crash: nothing after it runs, so
    /// the temporary file stays as a crash would leave it.
    @discardableResult
    static func writeAtomically(_ data: Data, to path: String, overwrite: Bool,
                                beforeRename: () throws -> Void,
                                link makeLink: (String, String) -> Int32 = { Glibc.link(RawFileName.cString($0), RawFileName.cString($1)) }) throws -> FileIdentity {
        let folder = path.parentPath
        let temp = folder + "/" + temporaryPrefix + UUID().uuidString.prefix(8).lowercased()
        let fd = open(RawFileName.cString(temp), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError.cannotWrite(path: path, errno: errno) }
        var ok = fchmod(fd, 0o600) == 0
        var failure = ok ? 0 : errno
        if ok {
            ok = data.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return false
                    }
                    offset += n
                }
                return true
            }
        }
        if ok && fsync(fd) != 0 { ok = false; failure = errno }
        // The temporary file's inode is the one the target names once renamed or linked.
        var info = stat()
        if ok && fstat(fd, &info) != 0 { ok = false; failure = errno }
        close(fd)
        if ok { try beforeRename() }
        if ok {
            if overwrite {
                if rename(RawFileName.cString(temp), RawFileName.cString(path)) != 0 { ok = false; failure = errno }
            } else {
                // link() refuses an existing target: no other dossier is ever replaced.
                let code = makeLink(temp, path) == 0 ? 0 : errno
                if code != 0 {
                    failure = claimWithoutLink(temp, path, linkError: code)
                    ok = failure == 0
                }
                unlink(RawFileName.cString(temp))
            }
        }
        guard ok else {
            unlink(RawFileName.cString(temp))
            throw WriteError.cannotWrite(path: path, errno: failure)
        }
        let dirFD = open(RawFileName.cString(folder.isEmpty ? "." : folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
        return FileIdentity(info)
    }
}
