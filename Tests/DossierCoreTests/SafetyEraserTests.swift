import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// `forget CNIE`: exactly the student's files go, found by what is inside
/// them; nothing else is deleted, changed or reached through a link.
@Suite("Safety: forgetting a student deletes their files and nothing else")
struct SafetyEraserTests {
    /// A data folder with a dossier folder inside, as the defaults make it.
    struct Layout {
        let data: String
        var dossiers: String { data + "/dossiers" }
        var drafts: String { data + "/drafts" }
        var eraser: DossierEraser { DossierEraser(dossierFolder: dossiers, dataFolder: data) }

        init() throws {
            data = StoreFixtures.privateFolder()
            try PrivateFiles.ensureFolder(dossiers)
        }

        func save(cnie: String, name: String = "Amina", second: TimeInterval = 0) throws -> SavedDossier {
            var d = StoreFixtures.complete()
            d.id = UUID()
            d.student.cnie = cnie
            d.student.fullName = name
            return try DossierStore(folder: dossiers).save(d, language: .fr,
                                                           now: StoreFixtures.now.addingTimeInterval(second))
        }

        /// A draft as the wizard writes it: the state with the dossier inside.
        func draftJSON(cnie: String) -> Data {
            var d = StoreFixtures.complete()
            d.student.cnie = cnie
            let dossier = try! JSONSerialization.jsonObject(with: DossierJSON.encoder().encode(d))
            return try! JSONSerialization.data(withJSONObject: ["dossier": dossier, "step": "student", "focus": 2])
        }

        func files() -> Set<String> {
            var out = Set<String>()
            for folder in [data, dossiers, drafts] {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                    out.insert(String((folder + "/" + name).dropFirst(data.count + 1)))
                }
            }
            return out
        }
    }

    @Test("dossiers and summaries of the CNIE go, typed in any form; another student's stay")
    func dossiersByCNIE() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let mine1 = try l.save(cnie: "AB123456")
        let mine2 = try l.save(cnie: "ab 123456", second: 60)
        let other = try l.save(cnie: "AB1234567")
        let targets = l.eraser.targets(cnie: " ab123456 ")
        #expect(Set(targets.map(\.path)) == [mine1.jsonPath, mine1.summaryPath, mine2.jsonPath, mine2.summaryPath])
        #expect(targets.filter { $0.kind == .dossier }.count == 2)
        #expect(targets.filter { $0.kind == .summary }.count == 2)
        let outcome = l.eraser.erase(targets)
        #expect(outcome == DossierEraser.Outcome(deleted: 4, failed: 0))
        #expect(l.files() == ["dossiers", "dossiers/" + (other.jsonPath as NSString).lastPathComponent,
                              "dossiers/" + (other.summaryPath as NSString).lastPathComponent])
        #expect(try DossierStore(folder: l.dossiers).load(path: other.jsonPath).student.cnie == "AB1234567")
    }

    @Test("a renamed copy is found by its content; a file named after the CNIE but holding another student's is kept")
    func contentDecides() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let mine = try l.save(cnie: "J4567")
        let renamed = l.dossiers + "/copy for the office.json"
        try FileManager.default.copyItem(atPath: mine.jsonPath, toPath: renamed)
        let someoneElse = try l.save(cnie: "K99999")
        let misleading = l.dossiers + "/J4567-20260101-090000.json"
        try FileManager.default.copyItem(atPath: someoneElse.jsonPath, toPath: misleading)
        let paths = Set(l.eraser.targets(cnie: "j4567").map(\.path))
        #expect(paths == [mine.jsonPath, mine.summaryPath, renamed])
    }

    @Test("a damaged dossier or orphan summary goes when its name is the store's name for the CNIE")
    func damagedByName() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let damaged = l.dossiers + "/AB123456-20260201-103000-2.json"
        try Data("{ \"student\": { \"cn".utf8).write(to: URL(fileURLWithPath: damaged))
        let orphan = l.dossiers + "/AB123456-20260105-080000.txt"
        try Data("summary".utf8).write(to: URL(fileURLWithPath: orphan))
        // Names that only look alike: another CNIE that starts the same,
        // a note the user wrote, a damaged file of someone else.
        for name in ["AB1234567-20260201-103000.json", "AB123456-notes.txt", "AB123456.txt", "XY1-20260201-103000.json"] {
            try Data("{".utf8).write(to: URL(fileURLWithPath: l.dossiers + "/" + name))
        }
        #expect(Set(l.eraser.targets(cnie: "AB123456").map(\.path)) == [damaged, orphan])
        #expect(DossierEraser.isStoreStem("AB123456-20260201-103000", of: "AB123456"))
        #expect(DossierEraser.isStoreStem("AB123456-20260201-103000-17", of: "AB123456"))
        #expect(!DossierEraser.isStoreStem("AB123456-2026021-103000", of: "AB123456"))
        #expect(!DossierEraser.isStoreStem("AB123456-20260201-103000-", of: "AB123456"))
    }

    @Test("the user's draft goes only when it is this student's")
    func draft() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let draft = DataFolder.draftPath(in: l.data)
        try PrivateFiles.writeAtomically(l.draftJSON(cnie: "AB123456"), to: draft)
        #expect(l.eraser.targets(cnie: "CD1").isEmpty)
        #expect(l.eraser.targets(cnie: "AB123456") == [DossierEraser.Target(folder: l.data, name: "draft.json", kind: .draft)])
        #expect(l.eraser.erase(cnie: "ab123456").deleted == 1)
        #expect(!FileManager.default.fileExists(atPath: draft))
    }

    @Test("kiosk drafts under the CNIE, and under another name when they hold it")
    func kioskDrafts() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let vault = DraftVault(dataFolder: l.data)
        let byName = try vault.save(Data("not even JSON".utf8), cnie: "AB123456")
        let byContent = l.drafts + "/old.json"
        try PrivateFiles.writeAtomically(l.draftJSON(cnie: "AB 123456"), to: byContent)
        let other = try vault.save(l.draftJSON(cnie: "ZZ1"), cnie: "ZZ1")
        let outcome = l.eraser.erase(cnie: "AB123456")
        #expect(outcome.deleted == 2)
        #expect(!FileManager.default.fileExists(atPath: byName))
        #expect(!FileManager.default.fileExists(atPath: byContent))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test("links are neither followed nor deleted, even when they point at the student's file")
    func links() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let outside = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(outside) }
        let elsewhere = try DossierStore(folder: outside).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        // Drafts of the same student in the folder the links lead to.
        let outsideDraft = outside + "/AB123456.json"
        try PrivateFiles.writeAtomically(l.draftJSON(cnie: "AB123456"), to: outsideDraft)
        symlink(elsewhere.jsonPath, l.dossiers + "/AB123456-20260201-103000.json")
        symlink(outside, l.drafts)
        symlink(outsideDraft, DataFolder.draftPath(in: l.data))
        #expect(l.eraser.targets(cnie: StoreFixtures.complete().student.cnie).isEmpty)
        #expect(l.eraser.erase(cnie: StoreFixtures.complete().student.cnie) == DossierEraser.Outcome(deleted: 0, failed: 0))
        #expect(FileManager.default.fileExists(atPath: elsewhere.jsonPath))
        #expect(FileManager.default.fileExists(atPath: elsewhere.summaryPath))
        #expect(FileManager.default.fileExists(atPath: outsideDraft))
        for link in [l.dossiers + "/AB123456-20260201-103000.json", l.drafts, DataFolder.draftPath(in: l.data)] {
            var info = stat()
            #expect(lstat(link, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link itself stays: \(link)")
        }
    }

    @Test("a file replaced by a link between listing and deleting is not deleted")
    func replacedAfterListing() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        let mine = try l.save(cnie: "AB123456")
        let targets = l.eraser.targets(cnie: "AB123456")
        let keep = l.data + "/keep.txt"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: keep))
        unlink(mine.jsonPath)
        symlink(keep, mine.jsonPath)
        let outcome = l.eraser.erase(targets)
        #expect(outcome == DossierEraser.Outcome(deleted: 1, failed: 1))
        #expect(FileManager.default.fileExists(atPath: keep))
    }

    @Test("a CNIE that cannot be one matches nothing: empty, a path, a huge argument")
    func badCNIE() throws {
        let l = try Layout()
        defer { StoreFixtures.remove(l.data) }
        _ = try l.save(cnie: "")
        for raw in ["", "   ", "../dossiers", "*", "AB12345\u{0}", String(repeating: "A", count: 10_000)] {
            #expect(DossierEraser.normalizedCNIE(raw) == nil, "\(raw.prefix(20))")
            #expect(l.eraser.targets(cnie: raw).isEmpty)
        }
        #expect(DossierEraser.normalizedCNIE("ab\u{200F} ١٢٣٤٥") == "AB12345")
    }

    @Test("forget's words: counts only, yes in three languages")
    func report() throws {
        let outcome = DossierEraser.Outcome(deleted: 3, failed: 1)
        for language in [Language.fr, .ar, .en] {
            let text = ForgetReport.outcome(outcome, language)
            #expect(text.contains("3") && text.contains(language == .ar ? "ملف واحد" : "1"))
            #expect(!text.contains("cli."))
        }
        #expect(ForgetReport.outcome(DossierEraser.Outcome(deleted: 0, failed: 0), .en) == "No file of this CNIE: nothing was deleted.\n")
        for yes in ["y", "Yes", " oui\n", "O", "نعم", "ن"] { #expect(ForgetReport.isYes(yes)) }
        for no in [nil, "", "n", "non", "no", "لا", "yes please"] { #expect(!ForgetReport.isYes(no)) }
        let plan = ForgetReport.plan([DossierEraser.Target(folder: "/d", name: "AB1-x.json", kind: .dossier),
                                      DossierEraser.Target(folder: "/d", name: "draft.json", kind: .draft)], .fr)
        #expect(plan == "2 fichiers de cette CNIE seront supprimés définitivement :\n  dossier : /d/AB1-x.json\n  brouillon : /d/draft.json\n")
    }
}
