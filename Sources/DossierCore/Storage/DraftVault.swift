import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Drafts put aside on a shared help-desk terminal (kiosk mode): when a
/// student walks away, the idle timeout saves their draft under their CNIE
/// and clears the screen for the next person. A CNIE is printed on many
/// documents, so it only names the file: the draft is given back to whoever
/// also types the birth date it holds (`resume`). Drafts older than
/// `lifetimeDays` are deleted, at start and whenever the folder is looked
/// at. The file name is the CNIE, as issue 5 asks, so the path itself is
/// personal data: it must never be logged or shown to anyone but that student.
public struct DraftVault: Sendable {
    /// `<data folder>/drafts`, 0700.
    public let folder: String
    /// How long a put-aside draft is kept after it was last written.
    public let lifetimeDays: Int

    public static let defaultLifetimeDays = 7

    public init(folder: String, lifetimeDays: Int = DraftVault.defaultLifetimeDays) {
        self.folder = folder
        self.lifetimeDays = lifetimeDays
    }

    public init(dataFolder: String, lifetimeDays: Int = DraftVault.defaultLifetimeDays) {
        self.init(folder: DataFolder.kioskDraftsFolder(in: dataFolder), lifetimeDays: lifetimeDays)
    }

    /// `AB123456.json` for ` ab 123 456 `: the normalised CNIE, letters and
    /// digits only, so no typed value can become another path (`../x`).
    /// Nil when nothing of a CNIE is left.
    public static func fileName(cnie: String) -> String? {
        let normal = Identifiers.normalize(cnie)
        guard !normal.isEmpty, normal.count <= 16,
              normal.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return nil }
        return normal + ".json"
    }

    public func path(cnie: String) -> String? {
        Self.fileName(cnie: cnie).map { folder.appendingPath($0) }
    }

    /// Why a draft could not be put aside.
    public enum VaultError: Error, Equatable, Sendable {
        /// The CNIE is empty or not letters and digits: there is no name
        /// to file the draft under (the caller keeps it in memory).
        case noCNIE
    }

    /// Writes the encoded draft (0600, atomic, folder 0700), replacing the
    /// same student's earlier one. Returns the path.
    @discardableResult
    public func save(_ encodedDraft: Data, cnie: String) throws -> String {
        guard let path = path(cnie: cnie) else { throw VaultError.noCNIE }
        try PrivateFiles.ensureFolder(folder)
        try PrivateFiles.writeAtomically(encodedDraft, to: path)
        return path
    }

    /// The same, encoding with the dossier file's JSON configuration.
    @discardableResult
    public func save<Draft: Encodable>(_ draft: Draft, cnie: String) throws -> String {
        try save(try DossierJSON.encoder().encode(draft), cnie: cnie)
    }

    /// The bytes of the student's draft, or nil when there is none, it is a
    /// link, not a plain file, not this account's own (a file another user
    /// dropped there is never offered as a student's draft), larger than
    /// `PrivateFiles.maximumReadSize`, or expired (then it is deleted).
    public func load(cnie: String, now: Date = Date()) -> Data? {
        guard let path = path(cnie: cnie) else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { return nil }
        if isExpired(info, now: now) {
            unlink(path)
            return nil
        }
        return try? PrivateFiles.readBounded(descriptor: fd, limit: PrivateFiles.maximumReadSize).get()
    }

    /// The draft decoded, or nil (an undecodable draft stays on disk).
    public func load<Draft: Decodable>(_ type: Draft.Type, cnie: String, now: Date = Date()) -> Draft? {
        guard let data = load(cnie: cnie, now: now) else { return nil }
        return try? DossierJSON.decoder().decode(type, from: data)
    }

    /// The draft put aside under `cnie`, only when the dossier inside it has
    /// that CNIE and that birth date too. Whatever is wrong (no such draft,
    /// another birth date, no birth date in it) the answer is the same nil:
    /// nothing tells which of the two was wrong.
    public func resume<Draft: Decodable>(_ type: Draft.Type, cnie: String, birthDate: CalendarDate,
                                       now: Date = Date()) -> Draft? {
        guard let data = load(cnie: cnie, now: now),
              let proof = try? DossierJSON.decoder().decode(DraftProof.self, from: data),
              let held = proof.dossier.student.birthDate, held == birthDate,
              Identifiers.normalize(proof.dossier.student.cnie) == Identifiers.normalize(cnie) else { return nil }
        return try? DossierJSON.decoder().decode(type, from: data)
    }

    /// The part of a draft that proves whose it is.
    private struct DraftProof: Decodable {
        struct Holder: Decodable { let student: Student }
        let dossier: Holder
    }

    /// Deletes every draft of this account's not written for `lifetimeDays`
    /// (and nothing that is not one: links, folders, other users' files
    /// stay as they are). Returns how many were deleted.
    @discardableResult
    public func removeExpired(now: Date = Date()) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasSuffix(".json") {
            let path = folder.appendingPath(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
                  isExpired(info, now: now) else { continue }
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }

    private func isExpired(_ info: stat, now: Date) -> Bool {
        let written = Double(info.st_mtim.tv_sec)
        return now.timeIntervalSince1970 - written >= Double(lifetimeDays) * 24 * 3600
    }

    /// Removes the student's draft (once resumed and saved as a dossier).
    /// True when a file was removed.
    @discardableResult
    public func remove(cnie: String) -> Bool {
        guard let path = path(cnie: cnie) else { return false }
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return unlink(path) == 0
    }
}
