import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// A faculty's terminals sharing one dossier folder on NFS or SMB. What
/// those file systems do differently is played through `writeAtomically`'s
/// `link` seam: a link made whose answer was lost (NFS), hard links not
/// supported at all (SMB without Unix extensions, FAT). Two savers at the
/// same second are real threads on one folder; two processes are in
/// `EndToEndTests/SharedFolderTests`.
@Suite("A shared dossier folder: atomic saves on NFS and SMB, two savers at once")
struct SharedFolderTests {
    static let dossier = Data(String(repeating: "{\"a\": \"dossier\"}\n", count: 300).utf8)

    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        try body(folder)
    }

    func visibleNames(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("NFS: the link was made but the server's answer lost (EEXIST on the retry): the save succeeded")
    func linkMadeAnswerLost() throws {
        try withFolder { folder in
            let path = folder + "/AB123456-20260201-103000.json"
            try PrivateFiles.writeAtomically(Self.dossier, to: path, overwrite: false, beforeRename: {}, link: { from, to in
                _ = Glibc.link(from, to)
                errno = EEXIST
                return -1
            })
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.dossier)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["AB123456-20260201-103000.json"],
                    "no temporary file is left")
        }
    }

    @Test("NFS: EEXIST because another terminal holds the name is still a refusal, its file untouched")
    func nameTakenByAnother() throws {
        try withFolder { folder in
            let path = folder + "/AB123456-20260201-103000.json"
            try Data("theirs".utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: PrivateFiles.WriteError.cannotWrite(path: path, errno: EEXIST)) {
                try PrivateFiles.writeAtomically(Self.dossier, to: path, overwrite: false, beforeRename: {})
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
        }
    }

    @Test("No hard links (SMB, FAT: EPERM or EOPNOTSUPP): the name is claimed exclusively and the whole file renamed onto it",
          arguments: [EPERM, EOPNOTSUPP])
    func noHardLinks(code: Int32) throws {
        try withFolder { folder in
            let path = folder + "/AB123456-20260201-103000.json"
            let refuse: (String, String) -> Int32 = { _, _ in errno = code; return -1 }
            try PrivateFiles.writeAtomically(Self.dossier, to: path, overwrite: false, beforeRename: {}, link: refuse)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.dossier)
            #expect(StoreFixtures.mode(path) == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["AB123456-20260201-103000.json"])
            // A second writer of the same name is refused, as link() would refuse it.
            #expect(throws: PrivateFiles.WriteError.cannotWrite(path: path, errno: EEXIST)) {
                try PrivateFiles.writeAtomically(Data("other".utf8), to: path, overwrite: false, beforeRename: {}, link: refuse)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.dossier, "the first dossier is kept")
        }
    }

    @Test("Without hard links a crash before the rename leaves no half dossier at the name")
    func noHardLinksCrash() throws {
        try withFolder { folder in
            let path = folder + "/new.json"
            #expect(throws: POSIXError(.EIO)) {
                try PrivateFiles.writeAtomically(Self.dossier, to: path, overwrite: false,
                                                 beforeRename: { throw POSIXError(.EIO) },
                                                 link: { _, _ in errno = EPERM; return -1 })
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("Two terminals save the same student at the same second, eight times over: every dossier kept whole, under its own name")
    func sameStudentSameSecond() throws {
        try withFolder { folder throws in
            let store = DossierStore(folder: folder)
            let context = DossierContext.builtIn(today: StoreFixtures.today)
            let count = 8
            // Same CNIE, same second, different contents (each typed apart).
            let dossiers = (0..<count).map { i -> Dossier in
                var d = StoreFixtures.complete()
                d.student.address = "Chambre \(i), cité universitaire"
                return d
            }
            let results = LockedResults()
            DispatchQueue.concurrentPerform(iterations: count) { i in
                do {
                    let saved = try store.save(dossiers[i], language: .fr, now: StoreFixtures.now, context: context)
                    results.add(i, saved)
                } catch {
                    results.fail("\(error)")
                }
            }
            #expect(results.failures.isEmpty, "\(results.failures)")
            let saved = results.saved
            #expect(Set(saved.values.map(\.jsonPath)).count == count, "each save has its own file")
            for (i, file) in saved {
                #expect(try store.load(path: file.jsonPath).student.address == dossiers[i].student.address)
                #expect(FileManager.default.fileExists(atPath: file.summaryPath))
            }
            #expect(try visibleNames(folder).count == 2 * count, "only the dossiers and their summaries")
        }
    }
}

/// What the threads of `sameStudentSameSecond` report, behind a lock.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var savedByIndex: [Int: SavedDossier] = [:]
    private var errors: [String] = []

    func add(_ index: Int, _ saved: SavedDossier) { lock.withLock { savedByIndex[index] = saved } }
    func fail(_ message: String) { lock.withLock { errors.append(message) } }
    var saved: [Int: SavedDossier] { lock.withLock { savedByIndex } }
    var failures: [String] { lock.withLock { errors } }
}
