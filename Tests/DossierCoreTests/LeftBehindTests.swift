import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// Issue 10, "nothing left behind, nothing undone": what a program killed
/// in the middle of a write leaves is put right at the next start. The
/// kill is the seams' thrown error: nothing after it runs, as after a
/// SIGKILL.
@Suite("Left behind by a crash: stale temporary files, a dossier without its summary")
struct LeftBehindTests {
    static let kill = POSIXError(.EINTR)
    static let context = DossierContext.builtIn(today: StoreFixtures.today)

    /// Sets a file's modification time `seconds` into the past.
    static func age(_ path: String, by seconds: Int) {
        let then = timeval(tv_sec: time(nil) - seconds, tv_usec: 0)
        _ = [then, then].withUnsafeBufferPointer { utimes(path, $0.baseAddress) }
    }

    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a draft's temporary file left by a crash is removed at the next start; one being written is not")
    func staleTemporaries() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let kiosk = DataFolder.kioskDraftsFolder(in: data)
        let dossiers = DataFolder.dossiersFolder(in: data)
        for folder in [data, kiosk, dossiers] {
            try PrivateFiles.ensureFolder(folder)
            #expect(throws: Self.kill) {
                try PrivateFiles.writeAtomically(Data("{\"dossier\":{}}".utf8), to: folder + "/draft.json", overwrite: true,
                                                 beforeRename: { throw Self.kill })
            }
            let left = Self.names(folder).filter { $0.hasPrefix(".tmp-") }
            try #require(left.count == 1, "\(left)")
            Self.age(folder + "/" + left[0], by: 3600)
        }
        // A write under way this very second, and a file of the person's own.
        let stale = Set(Self.names(data))
        #expect(throws: Self.kill) {
            try PrivateFiles.writeAtomically(Data("{}".utf8), to: data + "/draft.json", overwrite: true,
                                             beforeRename: { throw Self.kill })
        }
        let young = Self.names(data).filter { !stale.contains($0) }
        FileManager.default.createFile(atPath: data + "/.tmp-notes.txt", contents: Data("mine".utf8))
        Self.age(data + "/.tmp-notes.txt", by: 3600)

        DataFolder.tidy(dataFolder: data, dossierFolder: dossiers, language: .fr, context: Self.context)
        #expect(Self.names(data).filter { $0.hasPrefix(".tmp-") } == (young + [".tmp-notes.txt"]).sorted())
        #expect(Self.names(kiosk).isEmpty && Self.names(dossiers).isEmpty)
    }

    @Test("killed between the dossier and its summary: the next start writes the summary; saving again adds no copy")
    func killedBeforeSummary() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let dossier = StoreFixtures.complete()
        #expect(throws: Self.kill) {
            _ = try store.save(dossier, language: .fr, now: StoreFixtures.now, context: Self.context,
                               beforeSummary: { throw Self.kill })
        }
        let json = try #require(Self.names(folder).first)
        #expect(Self.names(folder) == [json], "the dossier alone")

        DataFolder.tidy(dataFolder: nil, dossierFolder: folder, language: .fr, context: Self.context)
        let summary = String(json.dropLast(5)) + ".txt"
        #expect(Self.names(folder) == [json, summary])
        let page = try String(contentsOfFile: folder + "/" + summary, encoding: .utf8)
        #expect(page == EnvelopeSummary.text(for: try store.load(path: folder + "/" + json), language: .fr, context: Self.context))
        #expect(StoreFixtures.mode(folder + "/" + summary) == 0o600)

        // The draft of that dossier, resumed and saved a minute later.
        let again = try store.save(dossier, language: .fr, now: StoreFixtures.now.addingTimeInterval(60), context: Self.context)
        #expect(again.jsonPath == folder + "/" + json)
        #expect(Self.names(folder) == [json, summary], "no second copy")

        // Changed since, it is another dossier and gets its own file.
        var changed = dossier
        changed.student.phone = "0611111111"
        _ = try store.save(changed, language: .fr, now: StoreFixtures.now.addingTimeInterval(60), context: Self.context)
        #expect(Self.names(folder).count == 4)
    }

    @Test("the summary is written again only where it is missing; a damaged dossier is left without one")
    func onlyMissingSummaries() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let saved = try DossierStore(folder: folder).save(StoreFixtures.complete(), language: .en, now: StoreFixtures.now,
                                                          context: Self.context)
        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: saved.summaryPath))
        try Data("{broken".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
        #expect(DossierStore(folder: folder).writeMissingSummaries(language: .fr, context: Self.context) == 0)
        #expect(try String(contentsOfFile: saved.summaryPath, encoding: .utf8) == "edited by hand")
        #expect(!FileManager.default.fileExists(atPath: folder + "/broken.txt"))
    }
}
