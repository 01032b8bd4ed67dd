import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A folder or file of personal data that someone other than its user
/// could read or change: a folder copied with `cp -r` under a loose umask,
/// a file unpacked from an archive, a folder made by hand.
public struct PermissionFinding: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case folder
        case file
    }

    public let path: String
    public let kind: Kind
    /// The permission bits found (`0o755`).
    public let mode: UInt32
    /// Owned by another account: changing the mode would not make it
    /// private (and `chmod` is refused), so it is reported, not fixed.
    public let ownedByAnotherUser: Bool
    /// Set back to `privateMode` by the audit that found it.
    public let repaired: Bool

    public init(path: String, kind: Kind, mode: UInt32, ownedByAnotherUser: Bool, repaired: Bool = false) {
        self.path = path
        self.kind = kind
        self.mode = mode
        self.ownedByAnotherUser = ownedByAnotherUser
        self.repaired = repaired
    }

    /// The mode it should have: 0700 for a folder, 0600 for a file.
    public var privateMode: UInt32 { kind == .folder ? 0o700 : 0o600 }
}

extension PrivateFiles {
    /// How many folder levels below `folder` are looked at: the data folder
    /// holds `dossiers/` and `drafts/`, which hold files; nothing deeper is
    /// the program's.
    static let auditDepth = 2

    /// The only folders inside the data folder that are the program's own:
    /// any other folder a person keeps there is theirs, and left alone.
    static let ownSubfolders: Set<String> = ["dossiers", "drafts"]

    /// Every folder and plain file under `folder` (itself included, and
    /// `dossiers/`, `drafts/` and their files; any other folder is the
    /// person's and left alone) whose group or others bits are set, or that
    /// belongs to another user. With `repair`, each one
    /// of the user's is set back to 0700/0600 as it is found. Symbolic
    /// links are neither followed nor reported, `folder` itself included:
    /// the walk goes from folder descriptor to folder descriptor, so a link
    /// put in place of a folder at any moment leads it nowhere. A missing
    /// folder has no findings.
    public static func audit(folder: String, repair: Bool = false) -> [PermissionFinding] {
        var findings: [PermissionFinding] = []
        visit(parent: AT_FDCWD, name: folder, path: folder, depth: 0, repair: repair, into: &findings)
        return findings
    }

    private static func visit(parent: Int32, name: String, path: String, depth: Int, repair: Bool,
                              into findings: inout [PermissionFinding]) {
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR && (depth == 0 || depth == 1 && ownSubfolders.contains(name)) else {
            return
        }
        let kind: PermissionFinding.Kind = type == S_IFDIR ? .folder : .file
        let mode = UInt32(info.st_mode & 0o7777)
        let otherOwner = info.st_uid != geteuid()
        if mode & 0o077 != 0 || otherOwner {
            let repaired = repair && !otherOwner && setPrivate(parent: parent, name: name, kind: kind)
            findings.append(PermissionFinding(path: path, kind: kind, mode: mode, ownedByAnotherUser: otherOwner,
                                              repaired: repaired))
        }
        guard kind == .folder, depth < auditDepth else { return }
        let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        for child in names(inFolder: fd) {
            visit(parent: fd, name: child, path: path.appendingPath(child), depth: depth + 1,
                  repair: repair, into: &findings)
        }
    }

    /// 0700 or 0600 on the entry `name` of the folder `parent`, which is
    /// not a link. A file its owner cannot read (0044) cannot be opened: it
    /// is changed by name, relative to its folder, once seen not a link.
    private static func setPrivate(parent: Int32, name: String, kind: PermissionFinding.Kind) -> Bool {
        let mode = mode_t(kind == .folder ? 0o700 : 0o600)
        let flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | (kind == .folder ? O_DIRECTORY : 0)
        let fd = openat(parent, name, flags)
        if fd >= 0 {
            defer { close(fd) }
            return fchmod(fd, mode) == 0
        }
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT != S_IFLNK else { return false }
        return fchmodat(parent, name, mode, 0) == 0
    }

    /// The names in an open folder, sorted, `.` and `..` left out.
    static func names(inFolder fd: Int32) -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// What a front-end calls at start for the user's own folders (the data
    /// folder with its draft and kiosk drafts, and the dossier folder):
    /// audits, fixes, and returns the one-line warning to show, or nil when
    /// everything was already private. The line names the folder, never a
    /// file (a file name holds a CNIE).
    public static func secureAtStart(folders: [String], language: Language) -> String? {
        secure(folders: folders).map { tr($0.key, language, $0.arguments) }
    }

    /// Audits and fixes the folders; the message to give, as a translation
    /// key and its values (nil when everything was already private), so a
    /// front-end can say it in whichever language is on screen later.
    /// Names the first folder, never a file (a file name holds a CNIE).
    public static func secure(folders: [String]) -> (key: String, arguments: [String: String])? {
        var found: [PermissionFinding] = []
        var seen = Set<String>()
        // A folder inside another one given is reached from it, folder by
        // folder, never through a link on the way.
        let roots = folders.filter { folder in !folders.contains { folder.hasPrefix($0 + "/") } }
        for folder in roots {
            for finding in audit(folder: folder, repair: true) where seen.insert(finding.path).inserted {
                found.append(finding)
            }
        }
        guard !found.isEmpty else { return nil }
        let left = found.filter { !$0.repaired }
        let folder = TerminalText.visible(folders.first ?? "", limit: TerminalText.messageLimit)
        if left.isEmpty {
            return ("permissions.fixed", ["count": String(found.count), "folder": folder])
        }
        return ("permissions.notFixed", ["count": String(found.count), "left": String(left.count), "folder": folder])
    }
}
