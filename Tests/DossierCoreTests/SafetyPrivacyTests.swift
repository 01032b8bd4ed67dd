import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// Folders and files of personal data that others could read are found and
/// made private again; kiosk drafts are private from their creation; reads
/// are bounded; text fields with control characters are reported.
@Suite("Safety: permission audit, kiosk drafts, bounded reads, text fields")
struct SafetyPrivacyTests {
    @Test("an opened-up data folder, dossier folder, draft and dossier are found and set back to 0700/0600")
    func auditAndFix() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let dossiers = data + "/dossiers"
        let saved = try DossierStore(folder: dossiers).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        let draft = DataFolder.draftPath(in: data)
        try PrivateFiles.writeAtomically(Data("{}".utf8), to: draft)
        let kiosk = try DraftVault(dataFolder: data).save(Data("{}".utf8), cnie: "AB123456")
        #expect(PrivateFiles.audit(folder: data).isEmpty)

        chmod(data, 0o755)
        chmod(dossiers, 0o770)
        chmod(saved.jsonPath, 0o644)
        chmod(draft, 0o604)
        chmod(kiosk, 0o640)
        let findings = PrivateFiles.audit(folder: data)
        #expect(Set(findings.map(\.path)) == [data, dossiers, saved.jsonPath, draft, kiosk])
        #expect(findings.first { $0.path == saved.jsonPath }?.mode == 0o644)
        #expect(findings.first { $0.path == dossiers }?.kind == .folder)
        #expect(findings.allSatisfy { !$0.ownedByAnotherUser })

        #expect(PrivateFiles.audit(folder: data, repair: true).allSatisfy { $0.repaired })
        for folder in [data, dossiers, DraftVault(dataFolder: data).folder] { #expect(StoreFixtures.mode(folder) == 0o700) }
        for file in [saved.jsonPath, saved.summaryPath, draft, kiosk] { #expect(StoreFixtures.mode(file) == 0o600) }
        #expect(PrivateFiles.audit(folder: data).isEmpty)
    }

    @Test("a file its owner cannot even read (0044) is fixed too")
    func unreadableToOwner() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let file = data + "/draft.json"
        try PrivateFiles.writeAtomically(Data("{}".utf8), to: file)
        chmod(file, 0o044)
        #expect(PrivateFiles.audit(folder: data, repair: true).map(\.repaired) == [true])
        #expect(StoreFixtures.mode(file) == 0o600)
    }

    @Test("a link in the folder is neither reported nor followed by the fix")
    func linksLeftAlone() throws {
        let data = StoreFixtures.privateFolder()
        let outside = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data); StoreFixtures.remove(outside) }
        let target = outside + "/shared.txt"
        try Data("x".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o644)
        symlink(target, data + "/link.json")
        #expect(PrivateFiles.audit(folder: data).isEmpty)
        #expect(PrivateFiles.audit(folder: data, repair: true).isEmpty)
        #expect(StoreFixtures.mode(target) == 0o644)
    }

    @Test("the start-up warning: one line naming the folder, never a file, in three languages; nil when private")
    func warning() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let saved = try DossierStore(folder: data + "/dossiers").save(StoreFixtures.complete(), language: .fr,
                                                                     now: StoreFixtures.now)
        #expect(PrivateFiles.secureAtStart(folders: [data, data + "/dossiers"], language: .fr) == nil)
        for (language, word) in [(Language.fr, "privé"), (.ar, "خاصة"), (.en, "private")] {
            chmod(saved.jsonPath, 0o666)
            chmod(data + "/dossiers", 0o755)
            let line = try #require(PrivateFiles.secureAtStart(folders: [data, data + "/dossiers"], language: language))
            // Two in Arabic is a dual, "ملفان أو مجلدان", not a digit.
            #expect(line.contains(data) && line.contains(language == .ar ? "ملفان" : "2") && line.contains(word), "\(line)")
            #expect(!line.contains("AB123456") && !line.contains("\n"))
            #expect(StoreFixtures.mode(saved.jsonPath) == 0o600)
        }
    }

    @Test("kiosk drafts: saved under the normalised CNIE, 0600 in a 0700 folder whatever the umask, loaded, removed")
    func draftVault() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let vault = DraftVault(dataFolder: data)
        let old = umask(0)
        defer { umask(old) }
        struct Draft: Codable, Equatable { var cnie: String; var typed: String }
        let draft = Draft(cnie: "ab 123456", typed: "سلمى e\u{301}")
        let path = try vault.save(draft, cnie: draft.cnie)
        #expect(path == data + "/drafts/AB123456.json")
        #expect(StoreFixtures.mode(data + "/drafts") == 0o700)
        #expect(StoreFixtures.mode(path) == 0o600)
        #expect(vault.load(Draft.self, cnie: "AB123456") == draft)
        var later = draft
        later.typed = "more"
        try vault.save(later, cnie: "AB123456")
        #expect(vault.load(Draft.self, cnie: "ab123456") == later)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/drafts") == ["AB123456.json"])
        #expect(vault.remove(cnie: "AB123456"))
        #expect(vault.load(cnie: "AB123456") == nil)
        #expect(!vault.remove(cnie: "AB123456"))
        for bad in ["", "../../etc/x", "AB/12", String(repeating: "9", count: 40)] {
            #expect(throws: DraftVault.VaultError.noCNIE) { try vault.save(Data(), cnie: bad) }
        }
    }

    @Test("reads are bounded: over 1 MiB refused unread, a FIFO refused without blocking, a folder refused")
    func boundedReads() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let big = folder + "/big.json"
        try Data(count: PrivateFiles.maximumReadSize + 1).write(to: URL(fileURLWithPath: big))
        #expect(throws: DossierLoadError(file: big, place: "", reason: .tooLarge(limit: PrivateFiles.maximumReadSize))) {
            try store.load(path: big)
        }
        let message = DossierLoadError(file: big, place: "", reason: .tooLarge(limit: PrivateFiles.maximumReadSize)).message(.fr)
        #expect(message.contains("1024 Kio"), "\(message)")
        let fifo = folder + "/fifo.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Were it opened blocking, this would wait for a writer forever.
        // Each refused with its own reason (issue 15): not a plain file, a folder.
        #expect(throws: DossierLoadError(file: fifo, place: "", reason: .notAPlainFile)) { try store.load(path: fifo) }
        #expect(throws: DossierLoadError(file: folder, place: "", reason: .folder)) { try store.load(path: folder) }
        // Exactly at the limit is read.
        let edge = folder + "/edge.json"
        try Data(repeating: 0x20, count: PrivateFiles.maximumReadSize).write(to: URL(fileURLWithPath: edge))
        #expect(PrivateFiles.readBounded(path: edge).map(\.count) == .success(PrivateFiles.maximumReadSize))
    }

    @Test("control characters, bidi overrides and damaged text in a loaded dossier are problems; Arabic, marks and accents are not")
    func textFields() throws {
        var d = StoreFixtures.complete()
        d.student.fullName = "سلمى\u{200F} بن علي"
        d.student.address = "Zoe\u{301}, derb \u{200F}السلام\u{200E}"
        d.pharmacies[0].name = "Pharmacie 🙂"
        #expect(DossierValidator.problems(in: d, today: StoreFixtures.today).isEmpty)
        for (text, code) in [("Amina\nEl Idrissi", "text.control"), ("A\u{1B}[2J", "text.control"),
                             ("tab\there", "text.control"), ("x\u{85}", "text.control"), ("x\u{2028}", "text.control"),
                             ("Amina \u{202E}issirdI", "text.bidiControl"), ("derb \u{202B}السلام\u{202C}", "text.bidiControl"),
                             ("\u{2067}x\u{2069}", "text.bidiControl"),
                             ("Am\u{FFFD}na", "text.invalid"), ("x\u{FFFE}", "text.invalid")] {
            var bad = StoreFixtures.complete()
            bad.labs[1].name = text
            let problems = DossierValidator.problems(in: bad, today: StoreFixtures.today)
            #expect(problems == [Problem(code: code, path: "labs[1].name")], "\(text.debugDescription)")
            #expect(!problems[0].message(.ar).hasPrefix("problem."))
        }
    }

    @Test("invalid UTF-8 in a dossier file is refused or shows as text.invalid, never passes silently")
    func invalidUTF8File() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let path = folder + "/bad.json"
        var bytes = [UInt8](try DossierJSON.encoder().encode(StoreFixtures.complete()))
        let name = [UInt8]("Amina".utf8)
        let at = try #require((0...(bytes.count - name.count)).first { Array(bytes[$0..<$0 + name.count]) == name })
        bytes.replaceSubrange(at..<at + 1, with: [0xC3, 0x28])
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            let d = try DossierStore(folder: folder).load(path: path)
            #expect(DossierValidator.problems(in: d, today: StoreFixtures.today).contains {
                $0.code == "text.invalid" && $0.path == "student.fullName"
            })
        } catch let error as DossierLoadError {
            #expect(error.reason == .notJSON)
        }
    }

    @Test("command-line values are bounded: paths, each file name, the CNIE")
    func commandLineBounds() {
        #expect(CommandLineValue.path(String(repeating: "a", count: 4096), option: "--dir").map(\.count) == .success(4096))
        #expect(CommandLineValue.path(String(repeating: "a", count: 4097), option: "--dir")
            == .failure(CommandLineError(key: "arg.tooLong", arguments: ["option": "--dir", "max": "4096"])))
        #expect((try? CommandLineValue.path("a\u{0}b", option: "--dir").get()) == nil)
        // No cap on the number of files (a faculty's folder), each path bounded.
        #expect((try? CommandLineValue.files(Array(repeating: "x.json", count: 50_000)).get())?.count == 50_000)
        #expect((try? CommandLineValue.files(["a.json", String(repeating: "a", count: 4097)]).get()) == nil)
        #expect(CommandLineValue.files(["a.json", "b.json"]) == .success(["a.json", "b.json"]))
        #expect(CommandLineValue.cnie(" j 4567 ") == .success("J4567"))
        let refused = CommandLineValue.cnie("AB12/../x")
        #expect(refused == .failure(CommandLineError(key: "arg.cnie", arguments: [:])))
        if case .failure(let error) = refused { #expect(!error.message(.en).contains("AB12")) }
    }
}
