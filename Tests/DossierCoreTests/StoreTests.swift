import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

@Suite("Store: atomic private files, never overwrite, loading never changes a file", .serialized)
struct StoreTests {
    @Test("A saved dossier reads back equal, with updatedAt set to the save time")
    func roundTrip() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let dossier = StoreFixtures.everyField()
        let saved = try store.save(dossier, language: .fr, now: StoreFixtures.now)
        let loaded = try store.load(path: saved.jsonPath)
        var expected = dossier
        expected.updatedAt = StoreFixtures.now
        #expect(loaded == expected)
        #expect(loaded.createdAt == dossier.createdAt)
        #expect(loaded.total == StoreFixtures.dh("1892.90"))
        #expect(FileManager.default.fileExists(atPath: saved.summaryPath))
        #expect(saved.summaryPath == String(saved.jsonPath.dropLast(5)) + ".txt")
    }

    @Test("File name is <CNIE>-<yyyyMMdd-HHmmss>.json in the local time of the save")
    func fileName() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        var dossier = StoreFixtures.complete()
        dossier.student.cnie = " ab 123456 "
        let saved = try DossierStore(folder: folder).save(dossier, language: .en, now: StoreFixtures.now)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: StoreFixtures.now)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        #expect((saved.jsonPath as NSString).lastPathComponent == "AB123456-\(stamp).json")
    }

    @Test("A CNIE that is not letters and digits cannot become a path")
    func unsafeCNIE() {
        #expect(DossierStore.baseName(cnie: "../../etc/x1", now: StoreFixtures.now).hasPrefix("ETCX1-"))
        #expect(DossierStore.baseName(cnie: "", now: StoreFixtures.now).hasPrefix("dossier-"))
        #expect(!DossierStore.baseName(cnie: "a/b", now: StoreFixtures.now).contains("/"))
    }

    @Test("The file is pretty JSON with sorted keys, ISO dates and money as numbers")
    func fileShape() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let saved = try DossierStore(folder: folder).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        let text = try String(contentsOfFile: saved.jsonPath, encoding: .utf8)
        #expect(text.contains("\n  \"createdAt\" : \"2026-01-31T22:53:20Z\""))
        #expect(text.contains("\"updatedAt\" : \"2026-02-01T10:30:00Z\""))
        #expect(text.contains("\"birthDate\" : \"2003-05-14\""))
        #expect(text.contains("\"lastMailingDay\" : \"2026-03-11\""))
        #expect(text.contains("\"total\" : 842.9"))
        #expect(text.contains("\"fee\" : 150"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(keys.first == "createdAt")
    }

    @Test("Folder 0700 and files 0600 even under umask 000")
    func modesUnderOpenUmask() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let folder = root + "/new/dossiers"
        let old = umask(0)
        defer { umask(old) }
        let saved = try DossierStore(folder: folder).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        #expect(StoreFixtures.mode(folder) == 0o700)
        #expect(StoreFixtures.mode(root + "/new") == 0o700)
        #expect(StoreFixtures.mode(saved.jsonPath) == 0o600)
        #expect(StoreFixtures.mode(saved.summaryPath) == 0o600)
    }

    @Test("An existing folder readable by others is tightened to 0700 on save")
    func tightensFolder() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        chmod(folder, 0o755)
        _ = try DossierStore(folder: folder).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        #expect(StoreFixtures.mode(folder) == 0o700)
    }

    @Test("Saving at the same second never overwrites: -2, -3, and the first file keeps its bytes")
    func neverOverwrite() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let first = try store.save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first.jsonPath))
        var other = StoreFixtures.complete()
        other.id = UUID()
        other.student.fullName = "Another Student"
        let second = try store.save(other, language: .fr, now: StoreFixtures.now)
        other.student.phone = "0611111111"
        let third = try store.save(other, language: .fr, now: StoreFixtures.now)
        #expect(second.jsonPath == String(first.jsonPath.dropLast(5)) + "-2.json")
        #expect(third.jsonPath == String(first.jsonPath.dropLast(5)) + "-3.json")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first.jsonPath)) == firstBytes)
        #expect(try store.load(path: second.jsonPath).student.fullName == "Another Student")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasPrefix(".tmp-") }.isEmpty)
        #expect(names.count == 6)
    }

    @Test("A stray summary without its dossier also keeps its name")
    func straySummaryBlocksName() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let base = DossierStore.baseName(cnie: "AB123456", now: StoreFixtures.now)
        let stray = folder + "/" + base + ".txt"
        try Data("someone else's".utf8).write(to: URL(fileURLWithPath: stray))
        let saved = try DossierStore(folder: folder).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        #expect(saved.jsonPath.hasSuffix(base + "-2.json"))
        #expect(try String(contentsOfFile: stray, encoding: .utf8) == "someone else's")
    }

    @Test("Two saves racing on one folder both land, under different names")
    func concurrentSaves() async throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let paths = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<8 {
                group.addTask {
                    var d = StoreFixtures.complete()
                    d.student.fullName = "Student \(i)"
                    return try store.save(d, language: .fr, now: StoreFixtures.now).jsonPath
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(paths).count == 8)
        let names = Set(try paths.map { try store.load(path: $0).student.fullName })
        #expect(names == Set((0..<8).map { "Student \($0)" }))
    }

    @Test("Saving into a path that is a file fails clearly and changes nothing")
    func folderIsAFile() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let file = root + "/plain"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: PrivateFiles.WriteError.notAFolder(path: file)) {
            try DossierStore(folder: file).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    // MARK: loading damaged files

    /// Writes `bytes`, loads, and checks the error and that the file is untouched.
    func expectLoadError(_ bytes: Data, place: String, reason: DossierLoadError.Reason,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let path = folder + "/damaged.json"
        try bytes.write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        do {
            _ = try DossierStore(folder: folder).load(path: path)
            Issue.record("loaded a damaged file", sourceLocation: sourceLocation)
        } catch let error as DossierLoadError {
            #expect(error.file == path, sourceLocation: sourceLocation)
            #expect(error.place == place, sourceLocation: sourceLocation)
            #expect(error.reason == reason, sourceLocation: sourceLocation)
            for language in Language.allCases {
                let message = error.message(language)
                #expect(message.contains(path), sourceLocation: sourceLocation)
                if !place.isEmpty { #expect(message.contains(place), sourceLocation: sourceLocation) }
                #expect(!message.contains("load."), "untranslated key in \(message)", sourceLocation: sourceLocation)
            }
            #expect(error.description == error.message(.en), sourceLocation: sourceLocation)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, sourceLocation: sourceLocation)
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(before == after, sourceLocation: sourceLocation)
        #expect(StoreFixtures.mode(path) == 0o600, sourceLocation: sourceLocation)
        // Nothing was written beside it either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["damaged.json"], sourceLocation: sourceLocation)
    }

    func damaged(_ change: (inout [String: Any]) -> Void) throws -> Data {
        var object = StoreFixtures.jsonObject(StoreFixtures.complete())
        change(&object)
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    @Test("A truncated file: not JSON, the file named, bytes unchanged")
    func truncated() throws {
        let full = try DossierJSON.encoder().encode(StoreFixtures.complete())
        try expectLoadError(full.prefix(full.count / 2), place: "", reason: .notJSON)
    }

    @Test("A file that is not JSON at all")
    func notJSON() throws {
        try expectLoadError(Data("Feuille de soins\n".utf8), place: "", reason: .notJSON)
        try expectLoadError(Data(), place: "", reason: .notJSON)
        try expectLoadError(Data([0xFF, 0xFE, 0x00, 0x7B]), place: "", reason: .notJSON)
    }

    @Test("JSON that is not a dossier")
    func notADossier() throws {
        try expectLoadError(Data("[1, 2]".utf8), place: "", reason: .notADossier)
        try expectLoadError(Data(#"{"name": "x"}"#.utf8), place: "", reason: .notADossier)
    }

    @Test("schemaVersion 3 is refused by name, not guessed at")
    func unknownVersion() throws {
        try expectLoadError(try damaged { $0["schemaVersion"] = 3 }, place: "schemaVersion", reason: .unsupportedVersion(3))
        try expectLoadError(try damaged { $0["schemaVersion"] = 0 }, place: "schemaVersion", reason: .unsupportedVersion(0))
        try expectLoadError(try damaged { $0["schemaVersion"] = "1" }, place: "schemaVersion", reason: .wrongType)
    }

    @Test("A string where a number is: the place is the field's JSON path")
    func wrongType() throws {
        try expectLoadError(try damaged { o in
            var list = o["practitioners"] as! [[String: Any]]
            list[0]["fee"] = "150"
            o["practitioners"] = list
        }, place: "practitioners[0].fee", reason: .wrongType)
        try expectLoadError(try damaged { o in
            var student = o["student"] as! [String: Any]
            student["birthDate"] = 20030514
            o["student"] = student
        }, place: "student.birthDate", reason: .wrongType)
    }

    @Test("A missing key is named with its place")
    func missingKey() throws {
        try expectLoadError(try damaged { o in
            var student = o["student"] as! [String: Any]
            student["fullName"] = nil
            o["student"] = student
        }, place: "student.fullName", reason: .missingKey)
        try expectLoadError(try damaged { $0["originals"] = nil }, place: "originals", reason: .missingKey)
    }

    @Test("An impossible value (2003-02-30, an unknown sheet) is named with its place")
    func invalidValue() throws {
        try expectLoadError(try damaged { o in
            var student = o["student"] as! [String: Any]
            student["birthDate"] = "2003-02-30"
            o["student"] = student
        }, place: "student.birthDate", reason: .invalidValue)
        try expectLoadError(try damaged { $0["sheet"] = "optical" }, place: "sheet", reason: .invalidValue)
        try expectLoadError(try damaged { o in
            var labs = o["labs"] as! [[String: Any]]
            labs[1]["amount"] = 123_456_789_012
            o["labs"] = labs
        }, place: "labs[1].amount", reason: .invalidValue)
    }

    @Test("A missing file is unreadable, and nothing is created")
    func missingFile() {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        #expect(throws: DossierLoadError(file: folder + "/none.json", place: "", reason: .unreadable)) {
            try DossierStore(folder: folder).load(path: folder + "/none.json")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/none.json"))
    }

    // MARK: listing and the default folder

    @Test("list: every .json, loaded or with its error; summaries and temporary files skipped")
    func list() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let saved = try store.save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/.tmp-abcd1234"))
        let listing = store.list()
        #expect(listing.map(\.path) == [saved.jsonPath, folder + "/broken.json"].sorted())
        let broken = try #require(listing.first { $0.path.hasSuffix("broken.json") })
        guard case .failure(let error) = broken.result else { Issue.record("broken file loaded"); return }
        #expect(error.reason == .notJSON)
        let good = try #require(listing.first { $0.path == saved.jsonPath })
        #expect(try good.result.get().student.cnie == "AB123456")
        #expect(try String(contentsOfFile: folder + "/broken.json", encoding: .utf8) == "{")
        #expect(DossierStore(folder: folder + "/absent").list().isEmpty)
    }

    @Test("Default folder: $XDG_DATA_HOME, else ~/.local/share; a relative XDG_DATA_HOME is ignored")
    func defaultFolder() {
        #expect(DossierStore.defaultFolder(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])
                == "/data/amo-dossier/dossiers")
        #expect(DossierStore.defaultFolder(environment: ["HOME": "/home/a"])
                == "/home/a/.local/share/amo-dossier/dossiers")
        #expect(DossierStore.defaultFolder(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/a"])
                == "/home/a/.local/share/amo-dossier/dossiers")
    }
}
