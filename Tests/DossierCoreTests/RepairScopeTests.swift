import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// The permission repair and the folder maker change modes only on the
/// program's own folders and files, and never where a link leads: a link
/// in place of the data folder once made `list` set a whole home to
/// 0700/0600, and typing `~` after a failed save made the home 0700.
@Suite("Mode changes stay inside the program's own folders and never follow a link")
struct RepairScopeTests {
    /// A folder the person keeps for something else: 0755 with a 0644 file.
    static func someoneElsesFolder(_ path: String) throws -> String {
        mkdir(path, 0o755)
        chmod(path, 0o755)
        let file = path + "/photo.jpg"
        FileManager.default.createFile(atPath: file, contents: Data("jpg".utf8))
        chmod(file, 0o644)
        return file
    }

    @Test("a folder of the person's own inside the data folder is left as it is; the draft beside it is made private")
    func otherFoldersInside() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let photo = try Self.someoneElsesFolder(data + "/photos")
        let draft = DataFolder.draftPath(in: data)
        try PrivateFiles.writeAtomically(Data("{}".utf8), to: draft)
        chmod(draft, 0o644)
        #expect(PrivateFiles.secure(folders: [data, DataFolder.dossiersFolder(in: data)])?.key == "permissions.fixed")
        #expect(StoreFixtures.mode(draft) == 0o600)
        #expect(StoreFixtures.mode(data + "/photos") == 0o755 && StoreFixtures.mode(photo) == 0o644)
    }

    @Test("a data folder that is a link: nothing is found, nothing changed where it leads")
    func linkAsDataFolder() throws {
        let base = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(base) }
        let home = base + "/home"
        let photo = try Self.someoneElsesFolder(home)
        mkdir(home + "/dossiers", 0o755)
        chmod(home + "/dossiers", 0o755)
        symlink(home, base + "/amo-dossier")
        #expect(PrivateFiles.secure(folders: [base + "/amo-dossier", base + "/amo-dossier/dossiers"]) == nil)
        #expect(StoreFixtures.mode(home) == 0o755 && StoreFixtures.mode(photo) == 0o644)
        #expect(StoreFixtures.mode(home + "/dossiers") == 0o755)
        #expect(UnsafeDataFolder.check(dataFolder: base + "/amo-dossier")
                == UnsafeDataFolder(path: base + "/amo-dossier", reason: .link))
    }

    @Test("saving into a folder that exists (typed ~ after a failed save) makes amo-dossier/ in it and keeps its mode")
    func saveInsideAnExistingFolder() throws {
        let base = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(base) }
        let home = base + "/home"
        let photo = try Self.someoneElsesFolder(home)
        let saved = try DossierStore(inside: home).save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now,
                                                        context: .builtIn(today: StoreFixtures.today))
        #expect(saved.jsonPath.hasPrefix(home + "/amo-dossier/AB123456-"))
        #expect(StoreFixtures.mode(home) == 0o755 && StoreFixtures.mode(photo) == 0o644)
        #expect(StoreFixtures.mode(home + "/amo-dossier") == 0o700 && StoreFixtures.mode(saved.jsonPath) == 0o600)

        // A folder reached through a link: written into, its mode left alone.
        symlink(home, base + "/link")
        try PrivateFiles.ensureFolder(base + "/link")
        #expect(StoreFixtures.mode(home) == 0o755)
    }
}
