import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drafts put aside on a shared help-desk terminal (`--kiosk`): when a
/// student walks away, the idle timeout saves their draft under their CNIE
/// and clears the screen for the next person; the student finds it again
/// by typing the CNIE. The file name is the CNIE, as issue 5 asks, so the
/// path itself is personal data: it must never be logged or shown to
/// anyone but that student.
public struct DraftVault: Sendable {
    /// `<data folder>/drafts`, 0700.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public init(dataFolder: String) {
        self.folder = DataFolder.kioskDraftsFolder(in: dataFolder)
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
        Self.fileName(cnie: cnie).map { (folder as NSString).appendingPathComponent($0) }
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

    /// The bytes of the student's draft, or nil when there is none, it is
    /// a link, not a plain file, or larger than `PrivateFiles.maximumReadSize`.
    public func load(cnie: String) -> Data? {
        guard let path = path(cnie: cnie) else { return nil }
        return try? PrivateFiles.readBounded(path: path, followSymlinks: false).get()
    }

    /// The draft decoded, or nil (an undecodable draft stays on disk).
    public func load<Draft: Decodable>(_ type: Draft.Type, cnie: String) -> Draft? {
        guard let data = load(cnie: cnie) else { return nil }
        return try? DossierJSON.decoder().decode(type, from: data)
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
