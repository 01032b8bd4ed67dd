import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

extension PrivateFiles {
    /// How `writeAtomically` names its temporary files: `.tmp-` and eight
    /// random letters or digits, never anything of the content.
    static let temporaryPrefix = ".tmp-"

    static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(temporaryPrefix) && name.utf8.count == temporaryPrefix.utf8.count + 8
    }

    /// A temporary file lives for the milliseconds of one write; one older
    /// than this was left by a program that was killed or crashed.
    public static let staleTemporaryAge: TimeInterval = 60

    /// Removes the user's own temporary files older than
    /// `staleTemporaryAge` from each folder. Each holds a whole draft or
    /// dossier, so a crash would otherwise leave a student's data behind
    /// under a name nobody looks for. Links, other files and other
    /// accounts' files are left alone. Returns how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in folders: [String], now: Date = Date()) -> Int {
        var removed = 0
        for folder in Set(folders) {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            for name in names(inFolder: fd) where isTemporaryName(name) {
                var info = stat()
                guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG,
                      info.st_uid == geteuid(),
                      Double(info.st_mtim.tv_sec) < now.timeIntervalSince1970 - staleTemporaryAge
                else { continue }
                if unlinkat(fd, name, 0) == 0 { removed += 1 }
            }
        }
        return removed
    }
}
