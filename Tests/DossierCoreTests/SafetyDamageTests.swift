import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// Saving where saving cannot work: the store must fail with a
/// `PrivateFiles.WriteError` whose message says what happened in the
/// person's language, and the dossier must still be whole in the caller's
/// hands, ready to be saved somewhere else (the wizard's F10). The tests run
/// as root in CI, where permission bits do not stop writes, so the damage is
/// made of things root cannot write through either: a file where a folder
/// should be, a folder under a file, a kernel filesystem.
@Suite("Safety: saving into a broken folder fails clearly and keeps the data")
struct SafetyDamageTests {
    static let languages: [Language] = [.fr, .ar, .en]

    /// The message is a translation (no key left over, no English system
    /// text in French or Arabic) and names the place.
    static func expectClear(_ error: PrivateFiles.WriteError, mentions path: String, reasonKey: String?) {
        for language in languages {
            let message = error.message(language)
            #expect(message.contains(path), "\(language): \(message)")
            #expect(!message.contains("write."), "\(language): untranslated \(message)")
            if let reasonKey {
                #expect(message.contains(tr(reasonKey, language)), "\(language): \(message)")
            }
        }
        #expect(error.message(.fr) != error.message(.en))
        #expect(error.message(.ar) != error.message(.en))
    }

    /// Saving fails, the value is untouched, and the same value saves
    /// elsewhere and reads back equal.
    static func expectKeptAndSavableElsewhere(_ dossier: Dossier, original: Dossier) throws {
        #expect(dossier == original)
        let elsewhere = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(elsewhere) }
        let saved = try DossierStore(folder: elsewhere).save(dossier, language: .fr, now: StoreFixtures.now)
        var expected = original
        expected.updatedAt = StoreFixtures.now
        #expect(try DossierStore(folder: elsewhere).load(path: saved.jsonPath) == expected)
    }

    @Test("the dossier folder is a file")
    func folderIsAFile() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let notAFolder = root + "/dossiers"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: notAFolder))
        let dossier = StoreFixtures.complete()
        let store = DossierStore(folder: notAFolder)
        let error = try #require(throws: PrivateFiles.WriteError.self) {
            try store.save(dossier, language: .ar, now: StoreFixtures.now)
        }
        #expect(error == .notAFolder(path: notAFolder))
        Self.expectClear(error, mentions: notAFolder, reasonKey: nil)
        // The file in the way is left as it was.
        #expect(try String(contentsOfFile: notAFolder, encoding: .utf8) == "not a folder")
        try Self.expectKeptAndSavableElsewhere(dossier, original: StoreFixtures.complete())
    }

    @Test("the dossier folder would be under a file")
    func folderUnderAFile() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let file = root + "/data"
        try Data().write(to: URL(fileURLWithPath: file))
        let folder = file + "/amo-dossier/dossiers"
        let dossier = StoreFixtures.everyField()
        let error = try #require(throws: PrivateFiles.WriteError.self) {
            try DossierStore(folder: folder).save(dossier, language: .fr, now: StoreFixtures.now)
        }
        guard case .cannotCreateFolder(let path, let code) = error else {
            Issue.record("expected cannotCreateFolder, got \(error)")
            return
        }
        #expect(code == ENOTDIR)
        #expect(path.hasPrefix(file + "/"))
        Self.expectClear(error, mentions: path, reasonKey: "errno.notDirectory")
        try Self.expectKeptAndSavableElsewhere(dossier, original: StoreFixtures.everyField())
    }

    @Test("a parent folder this user may not write: chmod 0500 for a user, a kernel folder for root")
    func parentNotWritable() throws {
        let root = StoreFixtures.privateFolder()
        defer {
            chmod(root + "/locked", 0o700)
            StoreFixtures.remove(root)
        }
        let parent: String
        if geteuid() != 0 {
            parent = root + "/locked"
            mkdir(parent, 0o700)
            chmod(parent, 0o500)
        } else {
            // Root writes through any mode; nobody may make a folder in /sys.
            try #require(FileManager.default.fileExists(atPath: "/sys"), "no /sys on this system")
            parent = "/sys"
        }
        let folder = parent + "/amo-dossier-test-" + UUID().uuidString + "/dossiers"
        let dossier = StoreFixtures.complete()
        let error = try #require(throws: PrivateFiles.WriteError.self) {
            try DossierStore(folder: folder).save(dossier, language: .en, now: StoreFixtures.now)
        }
        guard case .cannotCreateFolder(let path, let code) = error else {
            Issue.record("expected cannotCreateFolder, got \(error)")
            return
        }
        #expect([EACCES, EPERM, EROFS].contains(code), "errno \(code)")
        let key = code == EROFS ? "errno.readOnly" : "errno.permission"
        Self.expectClear(error, mentions: path, reasonKey: key)
        #expect(!FileManager.default.fileExists(atPath: folder))
        try Self.expectKeptAndSavableElsewhere(dossier, original: StoreFixtures.complete())
    }

    @Test("a writable folder whose files cannot be written (a user's 0500 folder)", .enabled(if: geteuid() != 0))
    func folderNotWritable() throws {
        let folder = StoreFixtures.privateFolder()
        defer { chmod(folder, 0o700); StoreFixtures.remove(folder) }
        // The store would set its own folder back to 0700 first; the write
        // primitive is what meets a folder someone else made read-only.
        chmod(folder, 0o500)
        let error = try #require(throws: PrivateFiles.WriteError.self) {
            try PrivateFiles.writeAtomically(Data("x".utf8), to: folder + "/a.json", overwrite: false)
        }
        #expect(error == .cannotWrite(path: folder + "/a.json", errno: EACCES))
        Self.expectClear(error, mentions: folder + "/a.json", reasonKey: "errno.permission")
    }

    @Test("a full disk and a read-only disk are named as such in every language")
    func errnoReasons() {
        let full = PrivateFiles.WriteError.cannotWrite(path: "/media/usb/AB1.json", errno: ENOSPC)
        Self.expectClear(full, mentions: "/media/usb/AB1.json", reasonKey: "errno.full")
        let readOnly = PrivateFiles.WriteError.cannotWrite(path: "/mnt/ro/x.json", errno: EROFS)
        Self.expectClear(readOnly, mentions: "/mnt/ro/x.json", reasonKey: "errno.readOnly")
        let odd = PrivateFiles.WriteError.cannotWrite(path: "/x", errno: EIO)
        #expect(odd.message(.en).contains("system error \(EIO)"))
    }

    @Test("two savers in the same folder at the same second, 50 saves each: 100 distinct files, none lost")
    func concurrentSaves() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var saved: [(Int, SavedDossier)] = []
            var errors: [String] = []
            func add(_ index: Int, _ s: SavedDossier) { lock.lock(); saved.append((index, s)); lock.unlock() }
            func fail(_ e: Error) { lock.lock(); errors.append("\(e)"); lock.unlock() }
        }
        let results = Results()
        let store = DossierStore(folder: folder)
        // Same CNIE, same instant: every save wants the same file name.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for i in 0..<50 {
                var d = StoreFixtures.complete()
                d.id = UUID()
                d.student.fullName = "Student \(worker)-\(i)"
                do {
                    results.add(worker * 100 + i, try store.save(d, language: .fr, now: StoreFixtures.now))
                } catch {
                    results.fail(error)
                }
            }
        }
        #expect(results.errors.isEmpty, "\(results.errors)")
        #expect(results.saved.count == 100)
        #expect(Set(results.saved.map(\.1.jsonPath)).count == 100)
        #expect(Set(results.saved.map(\.1.summaryPath)).count == 100)
        for (index, saved) in results.saved {
            let d = try store.load(path: saved.jsonPath)
            #expect(d.student.fullName == "Student \(index / 100)-\(index % 100)")
            #expect(StoreFixtures.mode(saved.jsonPath) == 0o600)
            #expect(FileManager.default.fileExists(atPath: saved.summaryPath))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasSuffix(".json") }.count == 100)
        #expect(!names.contains { $0.hasPrefix(".tmp-") }, "a temporary file was left behind")
    }
}
