import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Erasure of one student's data on request (law 09-08 gives a person the
/// right to have their data removed): their saved dossiers with the
/// summaries beside them, the user's draft if it is theirs, their kiosk
/// draft, and the temporary files a crash left holding any of these. A
/// file is the student's by its content (the CNIE inside, compared
/// normalised), so a renamed copy is found too; a file is never chosen by
/// its name when its content names someone else. Only plain files directly
/// in the known folders are touched: links are neither followed nor
/// removed, nothing is overwritten.
public struct DossierEraser: Sendable {
    public let dossierFolder: String
    public let dataFolder: String

    public init(dossierFolder: String, dataFolder: String) {
        self.dossierFolder = dossierFolder
        self.dataFolder = dataFolder
    }

    /// One file to delete.
    public struct Target: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case dossier, summary, draft, kioskDraft, temporary
        }

        public let folder: String
        public let name: String
        public let kind: Kind

        public var path: String { folder.appendingPath(name) }
    }

    /// The CNIE as files are compared with it; nil when it cannot be one
    /// (empty, too long, anything but letters and digits once normalised).
    /// Anything longer than this is refused before it is normalised, so a
    /// huge argument costs nothing.
    public static let maximumCNIELength = 32

    public static func normalizedCNIE(_ raw: String) -> String? {
        guard raw.utf8.count <= maximumCNIELength else { return nil }
        let normal = Identifiers.normalize(raw)
        guard !normal.isEmpty, normal.count <= 16,
              normal.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return nil }
        return normal
    }

    /// What `erase` would delete for this CNIE, in a stable order. Reading
    /// changes nothing on disk.
    public func targets(cnie raw: String) -> [Target] {
        guard let cnie = Self.normalizedCNIE(raw) else { return [] }
        var result: [Target] = []
        result += dossierTargets(cnie: cnie)
        if let fd = Self.openFolder(dataFolder, followLink: false) {
            defer { close(fd) }
            for name in Self.names(in: dataFolder) where DataFolder.isDraftName(name) {
                if Self.draftCNIE(in: fd, name: name) == cnie {
                    result.append(Target(folder: dataFolder, name: name, kind: .draft))
                }
            }
        }
        let kiosk = DataFolder.kioskDraftsFolder(in: dataFolder)
        result += temporaryTargets(cnie: cnie, kiosk: kiosk)
        if let fd = Self.openFolder(kiosk, followLink: false) {
            defer { close(fd) }
            for name in Self.names(in: kiosk) where name.hasSuffix(".json") {
                // The name is the CNIE; the content decides too, for a draft
                // whose name was changed or whose student was corrected.
                if name == cnie + ".json" && Self.isPlainFile(in: fd, name: name)
                    || Self.draftCNIE(in: fd, name: name) == cnie {
                    result.append(Target(folder: kiosk, name: name, kind: .kioskDraft))
                }
            }
        }
        return result
    }

    /// Saved dossiers and their summaries. A JSON file is the student's when
    /// its `student.cnie` is theirs; when it cannot be read as JSON at all,
    /// when its name is the one the store gives their dossiers. A summary
    /// goes with its dossier, or alone when its dossier is gone and its name
    /// is theirs.
    private func dossierTargets(cnie: String) -> [Target] {
        guard let fd = Self.openFolder(dossierFolder) else { return [] }
        defer { close(fd) }
        let names = Self.names(in: dossierFolder)
        let present = Set(names)
        var chosenStems = Set<String>()
        var result: [Target] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard Self.isPlainFile(in: fd, name: name) else { continue }
            let stem = String(name.dropLast(5))
            let found = Self.dossierCNIE(in: fd, name: name)
            let mine: Bool
            switch found {
            case .cnie(let inside): mine = inside == cnie
            case .unknown: mine = Self.isStoreStem(stem, of: cnie)
            }
            if mine {
                chosenStems.insert(stem)
                result.append(Target(folder: dossierFolder, name: name, kind: .dossier))
            }
        }
        for name in names where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            guard Self.isPlainFile(in: fd, name: name) else { continue }
            let stem = String(name.dropLast(4))
            let orphanOfMine = !present.contains(stem + ".json") && Self.isStoreStem(stem, of: cnie)
            if chosenStems.contains(stem) || orphanOfMine {
                result.append(Target(folder: dossierFolder, name: name, kind: .summary))
            }
        }
        return result
    }

    /// `.tmp-…` files of a write that never finished, in every folder the
    /// program writes to, whose content is this student's draft or dossier.
    private func temporaryTargets(cnie: String, kiosk: String) -> [Target] {
        var result: [Target] = []
        for folder in [dossierFolder, dataFolder, kiosk] {
            guard let fd = Self.openFolder(folder, followLink: folder == dossierFolder) else { continue }
            defer { close(fd) }
            for name in Self.names(in: folder) where PrivateFiles.isTemporaryName(name) && Self.isPlainFile(in: fd, name: name) {
                if Self.draftCNIE(in: fd, name: name) == cnie || Self.dossierCNIE(in: fd, name: name) == .cnie(cnie) {
                    result.append(Target(folder: folder, name: name, kind: .temporary))
                }
            }
        }
        return result
    }

    /// The outcome of `erase`: counts only, never a name.
    public struct Outcome: Hashable, Sendable {
        public let deleted: Int
        public let failed: Int

        public init(deleted: Int, failed: Int) {
            self.deleted = deleted
            self.failed = failed
        }
    }

    /// Deletes the targets (as listed by `targets`), each only if it is
    /// still a plain file in its folder. A file that cannot be deleted is
    /// counted, and the others are still deleted.
    public func erase(_ targets: [Target]) -> Outcome {
        var deleted = 0
        var failed = 0
        for target in targets {
            let follow = target.folder == dossierFolder
            guard let fd = Self.openFolder(target.folder, followLink: follow) else { failed += 1; continue }
            defer { close(fd) }
            if Self.isPlainFile(in: fd, name: target.name) && unlinkat(fd, target.name, 0) == 0 {
                deleted += 1
            } else {
                failed += 1
            }
        }
        if deleted > 0 {
            for folder in Set(targets.map(\.folder)) {
                if let fd = Self.openFolder(folder) { fsync(fd); close(fd) }
            }
        }
        return Outcome(deleted: deleted, failed: failed)
    }

    /// `targets` then `erase`.
    public func erase(cnie: String) -> Outcome {
        erase(targets(cnie: cnie))
    }

    // MARK: reading folders without following links

    /// A folder opened for `openat`/`unlinkat`. The dossier folder named
    /// by `--dir` may be a link the user chose; the data folder, `drafts/`
    /// inside it, and whatever is found in a folder, are never followed
    /// (the program refuses to start on a data folder that is a link).
    private static func openFolder(_ path: String, followLink: Bool = true) -> Int32? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followLink ? 0 : O_NOFOLLOW))
        return fd >= 0 ? fd : nil
    }

    private static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    private static func isPlainFile(in folder: Int32, name: String) -> Bool {
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func read(in folder: Int32, name: String) -> Data? {
        let fd = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return try? PrivateFiles.readBounded(descriptor: fd, limit: PrivateFiles.maximumReadSize).get()
    }

    private enum FoundCNIE: Equatable {
        case cnie(String)
        case unknown
    }

    private struct DossierProbe: Decodable {
        struct StudentProbe: Decodable { let cnie: String }
        let student: StudentProbe
    }

    private struct DraftProbe: Decodable {
        let dossier: DossierProbe
    }

    private static func dossierCNIE(in folder: Int32, name: String) -> FoundCNIE {
        guard let data = read(in: folder, name: name), let probe = decode(DossierProbe.self, data) else { return .unknown }
        return .cnie(Identifiers.normalize(probe.student.cnie))
    }

    private static func draftCNIE(in folder: Int32, name: String) -> String? {
        guard isPlainFile(in: folder, name: name), let data = read(in: folder, name: name),
              let probe = decode(DraftProbe.self, data)
        else { return nil }
        return Identifiers.normalize(probe.dossier.student.cnie)
    }

    /// Decoded as `list` and the wizard would read it, or nil: absurd
    /// nesting and a key written twice (whose CNIE is it?) are not read.
    private static func decode<Probe: Decodable>(_ type: Probe.Type, _ data: Data) -> Probe? {
        guard !JSONNesting.exceeds(data, limit: DossierLoadError.maximumNesting),
              let probe = try? JSONDecoder().decode(type, from: data),
              !DossierJSON.hasDuplicateKey(data)
        else { return nil }
        return probe
    }

    /// `AB123456-20260201-103000` or `AB123456-20260201-103000-2`: a name
    /// `DossierStore.save` gives to that CNIE's dossiers.
    static func isStoreStem(_ stem: String, of cnie: String) -> Bool {
        guard stem.hasPrefix(cnie + "-") else { return false }
        let parts = stem.dropFirst(cnie.count + 1).split(separator: "-", omittingEmptySubsequences: false)
        func digits(_ s: Substring, _ count: Int?) -> Bool {
            !s.isEmpty && (count == nil || s.count == count!) && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
        switch parts.count {
        case 2: return digits(parts[0], 8) && digits(parts[1], 6)
        case 3: return digits(parts[0], 8) && digits(parts[1], 6) && digits(parts[2], nil)
        default: return false
        }
    }
}
