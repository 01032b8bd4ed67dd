import Foundation
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

    public init(path: String, kind: Kind, mode: UInt32, ownedByAnotherUser: Bool) {
        self.path = path
        self.kind = kind
        self.mode = mode
        self.ownedByAnotherUser = ownedByAnotherUser
    }

    /// The mode it should have: 0700 for a folder, 0600 for a file.
    public var privateMode: UInt32 { kind == .folder ? 0o700 : 0o600 }
}

extension PrivateFiles {
    /// How many folder levels below `folder` are looked at: the data folder
    /// holds `dossiers/` and `drafts/`, which hold files; nothing deeper is
    /// the program's.
    static let auditDepth = 2

    /// Every folder and plain file under `folder` (itself included, two
    /// levels down) whose group or others bits are set, or that belongs to
    /// another user. Symbolic links are neither followed nor reported: the
    /// program never writes through them. A missing folder has no findings.
    public static func audit(folder: String) -> [PermissionFinding] {
        var findings: [PermissionFinding] = []
        audit(path: folder, depth: 0, into: &findings)
        return findings
    }

    private static func audit(path: String, depth: Int, into findings: inout [PermissionFinding]) {
        var info = stat()
        // The folder given may itself be a symlink the user chose (`--dir`);
        // below it, links are skipped.
        let ok = depth == 0 ? stat(path, &info) : lstat(path, &info)
        guard ok == 0 else { return }
        let type = info.st_mode & S_IFMT
        guard type == S_IFDIR || type == S_IFREG else { return }
        let kind: PermissionFinding.Kind = type == S_IFDIR ? .folder : .file
        let mode = UInt32(info.st_mode & 0o7777)
        let otherOwner = info.st_uid != geteuid()
        if mode & 0o077 != 0 || otherOwner {
            findings.append(PermissionFinding(path: path, kind: kind, mode: mode, ownedByAnotherUser: otherOwner))
        }
        guard kind == .folder, depth < auditDepth,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names.sorted() {
            audit(path: (path as NSString).appendingPathComponent(name), depth: depth + 1, into: &findings)
        }
    }

    /// Sets each finding back to 0700 (folder) or 0600 (file), without
    /// following a link put in its place since the audit. Returns the
    /// findings that are still not private: another user's files, or a
    /// chmod refused.
    @discardableResult
    public static func fix(_ findings: [PermissionFinding]) -> [PermissionFinding] {
        findings.filter { finding in
            if finding.ownedByAnotherUser { return true }
            let flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
                | (finding.kind == .folder ? O_DIRECTORY : 0)
            let fd = open(finding.path, flags)
            if fd >= 0 {
                defer { close(fd) }
                return fchmod(fd, mode_t(finding.privateMode)) != 0
            }
            // A file its owner cannot read (0044) cannot be opened: check it
            // is still not a link, then change it by name.
            var info = stat()
            guard lstat(finding.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return true }
            return chmod(finding.path, mode_t(finding.privateMode)) != 0
        }
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
        for folder in folders {
            for finding in audit(folder: folder) where seen.insert(finding.path).inserted {
                found.append(finding)
            }
        }
        guard !found.isEmpty else { return nil }
        let left = fix(found)
        let folder = folders.first ?? ""
        if left.isEmpty {
            return ("permissions.fixed", ["count": String(found.count), "folder": folder])
        }
        return ("permissions.notFixed", ["count": String(found.count), "left": String(left.count), "folder": folder])
    }
}
