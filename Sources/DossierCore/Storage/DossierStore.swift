import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder of saved dossiers: one JSON file per dossier and its printable
/// summary beside it. Saving never replaces another dossier and loading never
/// changes a file, so a mistake in one front-end cannot destroy a student's
/// claim.
public struct DossierStore: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Per user, in the user's data folder, so that students sharing a
    /// machine under different accounts never see each other's files:
    /// `$XDG_DATA_HOME/amo-dossier/dossiers`, else
    /// `$HOME/.local/share/amo-dossier/dossiers`.
    public static func defaultFolder(environment: [String: String]) -> String {
        (DataFolder.path(environment: environment) as NSString).appendingPathComponent("dossiers")
    }

    /// Writes `<CNIE>-<yyyyMMdd-HHmmss>.json` (pretty, sorted keys, 0600,
    /// folder 0700, atomic) and the printable summary `<same>.txt` beside it.
    /// Another dossier is never overwritten: on a clash the name gets `-2`,
    /// `-3`… The saved copy has `updatedAt` set to `now`.
    /// The summary is written with the rules and the day of `context`.
    public func save(_ dossier: Dossier, language: Language, now: Date, context: DossierContext) throws -> SavedDossier {
        try PrivateFiles.ensureFolder(folder)
        var saved = dossier
        // Whole seconds: ISO 8601 in the file has no fraction, so the copy in
        // memory equals the one read back.
        saved.updatedAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let json = try DossierJSON.encoder(rules: context.rulebook).encode(saved)
        let summary = Data(EnvelopeSummary.text(for: saved, language: language, context: context).utf8)

        let base = Self.baseName(cnie: saved.student.cnie, now: now)
        for attempt in 1...10_000 {
            let stem = attempt == 1 ? base : "\(base)-\(attempt)"
            let jsonPath = (folder as NSString).appendingPathComponent(stem + ".json")
            let summaryPath = (folder as NSString).appendingPathComponent(stem + ".txt")
            // A leftover summary without its dossier still blocks the name:
            // its owner may be about to write the JSON.
            if FileManager.default.fileExists(atPath: summaryPath) { continue }
            do {
                // The JSON is the claim on the name: link() is exclusive, so
                // two wizards saving at the same second get different names.
                try PrivateFiles.writeAtomically(json, to: jsonPath, overwrite: false)
            } catch PrivateFiles.WriteError.cannotWrite(_, let code) where code == EEXIST {
                continue
            }
            try PrivateFiles.writeAtomically(summary, to: summaryPath, overwrite: false)
            return SavedDossier(jsonPath: jsonPath, summaryPath: summaryPath)
        }
        throw PrivateFiles.WriteError.cannotWrite(path: (folder as NSString).appendingPathComponent(base + ".json"),
                                                  errno: EEXIST)
    }

    /// The CNIE as the file's name starts, reduced to letters and digits so a
    /// half-typed or odd CNIE can never become a path (`../x`).
    static func baseName(cnie: String, now: Date) -> String {
        let safe = String(Identifiers.normalize(cnie).unicodeScalars
            .filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            .prefix(16).map(Character.init))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        return (safe.isEmpty ? "dossier" : safe) + "-" + stamp
    }

    /// Reads one dossier file. The file is opened read-only: whatever is
    /// wrong with it, it stays exactly as it was. Anything but a plain file
    /// of at most `PrivateFiles.maximumReadSize` bytes is refused unread.
    public func load(path: String) throws -> Dossier {
        try Self.read(path: path).get()
    }

    static func read(path: String) -> Result<Dossier, DossierLoadError> {
        switch PrivateFiles.readBounded(path: path) {
        case .success(let data):
            return DossierLoadError.decode(data, file: path)
        case .failure(.tooLarge(let limit)):
            return .failure(DossierLoadError(file: path, place: "", reason: .tooLarge(limit: limit)))
        case .failure(.unreadable):
            return .failure(DossierLoadError(file: path, place: "", reason: .unreadable))
        }
    }

    /// Every `*.json` in the folder (hidden temporary files aside), by name,
    /// each loaded or with the reason it cannot be. A missing folder is an
    /// empty list: nothing has been saved yet.
    public func list() -> [DossierListing] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
            .map { name in
                let path = (folder as NSString).appendingPathComponent(name)
                return DossierListing(path: path, result: Self.read(path: path))
            }
    }
}

/// Where a dossier and its printable summary were written.
public struct SavedDossier: Sendable, Hashable, Codable {
    public let jsonPath: String
    public let summaryPath: String

    public init(jsonPath: String, summaryPath: String) {
        self.jsonPath = jsonPath
        self.summaryPath = summaryPath
    }
}

/// One file of the dossier folder, read or not.
public struct DossierListing: Sendable {
    public let path: String
    public let result: Result<Dossier, DossierLoadError>

    public init(path: String, result: Result<Dossier, DossierLoadError>) {
        self.path = path
        self.result = result
    }
}
