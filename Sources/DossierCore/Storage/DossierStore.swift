import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The folder of saved dossiers: one JSON file per dossier and its printable
/// summary beside it. Saving never replaces another dossier and loading never
/// changes a file, so a mistake in one front-end cannot destroy a student's
/// claim.
public struct DossierStore: Sendable {
    public let folder: String
    /// The folder was named by the person (`--dir`), not made by the
    /// program: files are written into it 0600, its own mode is left as it
    /// is (it may be shared on purpose); created if missing, then 0700.
    public let chosenByUser: Bool

    public init(folder: String, chosenByUser: Bool = false) {
        self.folder = folder
        self.chosenByUser = chosenByUser
    }

    /// The folder typed after a failed save (a USB key, `~`): the dossier
    /// goes into `amo-dossier/` inside it, made 0700 there, so a folder the
    /// program did not make (a home, a shared key) keeps its mode.
    public init(inside chosen: String) {
        folder = chosen.appendingPath("amo-dossier")
        chosenByUser = false
    }

    /// Per user, in the user's data folder, so that students sharing a
    /// machine under different accounts never see each other's files:
    /// `$XDG_DATA_HOME/amo-dossier/dossiers`, else
    /// `$HOME/.local/share/amo-dossier/dossiers`.
    public static func defaultFolder(environment: [String: String]) -> String {
        DataFolder.dossiersFolder(in: DataFolder.path(environment: environment))
    }

    /// Writes `<CNIE>-<yyyyMMdd-HHmmss>.json` (pretty, sorted keys, 0600,
    /// folder 0700, atomic) and the printable summary `<same>.txt` beside it.
    /// Another dossier is never overwritten: on a clash the name gets `-2`,
    /// `-3`… The saved copy has `updatedAt` set to `now`.
    /// The summary is written with the rules and the day of `context`.
    /// The same dossier saved already (a program killed between the two
    /// files, whose draft was then resumed) is not saved twice: its file is
    /// given back, with the summary it was missing.
    public func save(_ dossier: Dossier, language: Language, now: Date, context: DossierContext) throws -> SavedDossier {
        try save(dossier, language: language, now: now, context: context, beforeSummary: {})
    }

    /// The same, with a seam for the tests: `beforeSummary` runs once the
    /// dossier is written, before its summary; a test throws there to
    /// stand for the program killed at that moment.
    func save(_ dossier: Dossier, language: Language, now: Date, context: DossierContext,
              beforeSummary: () throws -> Void) throws -> SavedDossier {
        try PrivateFiles.ensureFolder(folder, tighteningExisting: !chosenByUser)
        var saved = dossier
        // Whole seconds: ISO 8601 in the file has no fraction, so the copy in
        // memory equals the one read back.
        saved.updatedAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let encoder = DossierJSON.encoder(rules: context.rulebook)
        let json = try encoder.encode(saved)
        let summary = Data(EnvelopeSummary.text(for: saved, language: language, context: context).utf8)
        let prefix = Self.namePrefix(cnie: saved.student.cnie)
        if let earlier = copy(of: json, updatedAt: saved.updatedAt, prefix: prefix, encoder: encoder) {
            try writeSummary(summary, to: earlier.summaryPath)
            return earlier
        }

        let base = prefix + "-" + Self.stamp(now)
        for attempt in 1...10_000 {
            let stem = attempt == 1 ? base : "\(base)-\(attempt)"
            let jsonPath = path(stem + ".json")
            let summaryPath = path(stem + ".txt")
            // A leftover summary without its dossier still blocks the name:
            // its owner may be about to write the JSON.
            if access(RawFileName.cString(summaryPath), F_OK) == 0 { continue }
            do {
                // The JSON is the claim on the name: link() is exclusive, so
                // two wizards saving at the same second get different names.
                try PrivateFiles.writeAtomically(json, to: jsonPath, overwrite: false)
            } catch PrivateFiles.WriteError.cannotWrite(_, let code) where code == EEXIST {
                continue
            }
            try beforeSummary()
            try PrivateFiles.writeAtomically(summary, to: summaryPath, overwrite: false)
            return SavedDossier(jsonPath: jsonPath, summaryPath: summaryPath)
        }
        throw PrivateFiles.WriteError.cannotWrite(path: path(base + ".json"), errno: EEXIST)
    }

    private func path(_ name: String) -> String { folder.appendingPath(name) }

    /// A summary written unless one is there already (another program
    /// may have written it in the meantime).
    private func writeSummary(_ summary: Data, to path: String) throws {
        do {
            try PrivateFiles.writeAtomically(summary, to: path, overwrite: false)
        } catch PrivateFiles.WriteError.cannotWrite(_, let code) where code == EEXIST {}
    }

    /// The dossier already saved under one of this CNIE's names whose
    /// content is `json` but for the moment it was saved.
    private func copy(of json: Data, updatedAt: Date, prefix: String, encoder: JSONEncoder) -> SavedDossier? {
        for name in names() where name.hasSuffix(".json")
            && DossierEraser.isStoreStem(String(name.dropLast(5)), of: prefix) {
            guard case .success(var earlier) = Self.read(path: path(name)) else { continue }
            earlier.updatedAt = updatedAt
            if (try? encoder.encode(earlier)) == json {
                return SavedDossier(jsonPath: path(name), summaryPath: path(String(name.dropLast(5)) + ".txt"))
            }
        }
        return nil
    }

    /// Writes the summary of each dossier that has none: the program was
    /// killed between the dossier and its summary, and the student would
    /// otherwise find no page to print. Nothing existing is changed; a
    /// dossier that cannot be read is left without one. Returns how many.
    @discardableResult
    public func writeMissingSummaries(language: Language, context: DossierContext) -> Int {
        var written = 0
        // One reading of the folder, not one system call per dossier: a
        // register of 50 000 files asked 50 000 times for a summary there.
        let all = names()
        let present = Set(all)
        for name in all where name.hasSuffix(".json") && !present.contains(String(name.dropLast(5)) + ".txt") {
            let summaryPath = path(String(name.dropLast(5)) + ".txt")
            var info = stat()
            guard lstat(RawFileName.cString(summaryPath), &info) != 0, errno == ENOENT,
                  case .success(let dossier) = Self.read(path: path(name)) else { continue }
            let summary = Data(EnvelopeSummary.text(for: dossier, language: language, context: context).utf8)
            if (try? PrivateFiles.writeAtomically(summary, to: summaryPath, overwrite: false)) != nil { written += 1 }
        }
        return written
    }

    /// The CNIE as the file's name starts, reduced to letters and digits so a
    /// half-typed or odd CNIE can never become a path (`../x`).
    static func namePrefix(cnie: String) -> String {
        let safe = String(Identifiers.normalize(cnie).unicodeScalars
            .filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            .prefix(16).map(Character.init))
        return safe.isEmpty ? "dossier" : safe
    }

    static func baseName(cnie: String, now: Date) -> String {
        namePrefix(cnie: cnie) + "-" + stamp(now)
    }

    private static func stamp(_ now: Date) -> String {
        // YYYYMMDD-hhmmss on the machine's clock.
        let t = LocalTime(of: now)
        var text = ""
        for (number, width) in [(t.year, 4), (t.month, 2), (t.day, 2)] { CalendarDate.append(number, width: width, to: &text) }
        text.append("-")
        for number in [t.hour, t.minute, t.second] { CalendarDate.append(number, width: 2, to: &text) }
        return text
    }

    /// Reads one dossier file. The file is opened read-only: whatever is
    /// wrong with it, it stays exactly as it was. Anything but a plain file
    /// of at most `PrivateFiles.maximumReadSize` bytes is refused unread.
    /// A path given by name may be a link; a link found in the folder is
    /// not read (`list`), as `forget` does not follow it either.
    public func load(path: String) throws -> Dossier {
        try Self.read(path: path, followSymlinks: true).get()
    }

    static func read(path: String, followSymlinks: Bool = false) -> Result<Dossier, DossierLoadError> {
        switch PrivateFiles.readBounded(path: path, followSymlinks: followSymlinks) {
        case .success(let data):
            return DossierLoadError.decode(data, file: path)
        case .failure(.tooLarge(let limit)):
            return .failure(DossierLoadError(file: path, place: "", reason: .tooLarge(limit: limit)))
        case .failure(.unreadable):
            return .failure(DossierLoadError(file: path, place: "", reason: .unreadable))
        case .failure(.notPermitted):
            return .failure(DossierLoadError(file: path, place: "", reason: .notPermitted))
        case .failure(.folder):
            return .failure(DossierLoadError(file: path, place: "", reason: .folder))
        case .failure(.notAPlainFile):
            return .failure(DossierLoadError(file: path, place: "", reason: .notAPlainFile))
        }
    }

    /// The dossier files' names (hidden temporary files aside), sorted.
    private func names() -> [String] {
        (RawFileName.entries(of: folder) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every `*.json` in the folder (hidden temporary files aside), by name,
    /// each loaded or with the reason it cannot be. A missing folder is an
    /// empty list: nothing has been saved yet.
    public func list() -> [DossierListing] {
        let folder = self.folder
        return ParallelMap.map(fileNames()) { name in
            let path = folder.appendingPath(name)
            return DossierListing(path: path, result: Self.read(path: path))
        }
    }

    /// The names of the dossier files (`*.json`, hidden temporary files
    /// aside), sorted.
    public func fileNames() -> [String] {
        names().filter { $0.hasSuffix(".json") }
    }

    /// What is at the folder's path, for a command that was told to read it
    /// (`--dir`): a folder, nothing, or something else.
    public enum FolderState: Sendable, Equatable {
        case folder, missing, notAFolder, unreadable
    }

    public var folderState: FolderState {
        var info = stat()
        guard stat(RawFileName.cString(folder), &info) == 0 else {
            switch errno {
            case ENOENT: return .missing
            case ENOTDIR: return .notAFolder
            default: return .unreadable
            }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .notAFolder }
        return access(RawFileName.cString(folder), R_OK | X_OK) == 0 ? .folder : .unreadable
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
