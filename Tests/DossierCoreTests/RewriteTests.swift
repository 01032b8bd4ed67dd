import Foundation
import Testing
@testable import DossierCore

@Suite("A saved dossier written again in its own file: same id and createdAt, new updatedAt, summary rewritten")
struct RewriteTests {
    let context = builtIn(Fixtures.today)

    func withSaved(_ body: (String, SavedDossier) throws -> Void) throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let saved = try DossierStore(folder: folder).save(Fixtures.completeOrdinary(), language: .fr,
                                                          now: StoreFixtures.now, context: context)
        try body(folder, saved)
    }

    @Test("a fixed typo is written over the same file; id and createdAt stay, updatedAt changes, summary follows")
    func rewrite() throws {
        try withSaved { folder, saved in
            var d = try DossierStore(folder: folder).load(path: saved.jsonPath)
            d.student.fullName = "Salma Benali Idrissi"
            let later = StoreFixtures.now.addingTimeInterval(86_400)
            let written = try DossierRewrite.write(d, at: saved.jsonPath, language: .fr, now: later, context: context)
            #expect(written.paths == saved)
            let back = try DossierStore(folder: folder).load(path: saved.jsonPath)
            #expect(back.id == d.id)
            #expect(back.createdAt == Fixtures.completeOrdinary().createdAt)
            #expect(back.updatedAt == Dossier.wholeSeconds(later))
            #expect(back.student.fullName == "Salma Benali Idrissi")
            #expect(try String(contentsOfFile: saved.summaryPath, encoding: .utf8).contains("Salma Benali Idrissi"))
            #expect(StoreFixtures.mode(saved.jsonPath) == 0o600)
            #expect(StoreFixtures.mode(saved.summaryPath) == 0o600)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(names.count == 2, "no second dossier, no temporary left: \(names)")
        }
    }

    @Test("nothing changed: nothing is written")
    func unchanged() throws {
        try withSaved { folder, saved in
            let d = try DossierStore(folder: folder).load(path: saved.jsonPath)
            let before = try Data(contentsOf: URL(fileURLWithPath: saved.jsonPath))
            let written = try DossierRewrite.write(d, at: saved.jsonPath, language: .fr,
                                                   now: StoreFixtures.now.addingTimeInterval(60), context: context)
            guard case .unchanged = written else { Issue.record("written: \(written)"); return }
            #expect(try Data(contentsOf: URL(fileURLWithPath: saved.jsonPath)) == before)
        }
    }

    @Test("a version 1 file stays version 1 until something in it changes, then becomes version 2")
    func versionOne() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let path = folder + "/old.json"
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/ordinary-complete.json")
        let original = try Data(contentsOf: corpus)
        try original.write(to: URL(fileURLWithPath: path))
        var d = try DossierStore(folder: folder).load(path: path)
        let report = FollowUpReport(.mailing(Mailing(mailedOn: Fixtures.date("2026-02-10"))), files: [path], language: .en,
                                    now: StoreFixtures.now, context: context)
        #expect(report.exitCode == 0)
        d.mailing = Mailing(mailedOn: Fixtures.date("2026-02-10"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2)
        #expect((json["mailing"] as? [String: Any])?["mailedOn"] as? String == "2026-02-10")
        // The same day again: nothing changes, the file is not touched.
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = FollowUpReport(.mailing(Mailing(mailedOn: Fixtures.date("2026-02-10"))), files: [path], language: .en,
                                   now: StoreFixtures.now.addingTimeInterval(60), context: context)
        #expect(again.output.first?.contains("unchanged") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written)
        // A version 1 file only read (a summary written again) stays version 1.
        try original.write(to: URL(fileURLWithPath: path))
        _ = try DossierRewrite.writeSummary(of: try DossierStore(folder: folder).load(path: path), at: path, language: .fr,
                                            context: context)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(FileManager.default.fileExists(atPath: folder + "/old.txt"))
    }

    @Test("several files: one unreadable, one refused, one recorded; each said, the worst exit status")
    func severalFiles() throws {
        try withSaved { folder, saved in
            var early = Fixtures.completeOrdinary()
            early.treatment.firstActDate = Fixtures.date("2026-02-15")
            early.id = UUID()
            let other = try DossierStore(folder: folder).save(early, language: .fr, now: StoreFixtures.now.addingTimeInterval(1),
                                                              context: context)
            let report = FollowUpReport(.mailing(Mailing(mailedOn: Fixtures.date("2026-02-10"), trackingNumber: "RR123456785MA")),
                                        files: [saved.jsonPath, other.jsonPath, folder + "/missing.json"],
                                        language: .en, now: StoreFixtures.now, context: context)
            #expect(report.exitCode == 2)
            #expect(report.output.first == "\(saved.jsonPath): mailed on 10/02/2026, registered mail RR123456785MA.")
            #expect(report.output.last?.contains("www.cnops.org.ma/assures") == true)
            #expect(report.errors.count == 2)
            #expect(report.errors[0].contains("before the first medical act"))
            #expect(try DossierStore(folder: folder).load(path: other.jsonPath).mailing == nil)
            #expect(try DossierStore(folder: folder).load(path: saved.jsonPath).mailing?.trackingNumber == "RR123456785MA")
        }
    }
}
