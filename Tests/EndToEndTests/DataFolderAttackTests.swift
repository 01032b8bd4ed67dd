import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One machine, two accounts: a student (the victim) and another user of
/// the same machine (the attacker), both throw-away accounts, and a folder
/// both can write to, as `/tmp` is (mode 1777). The binary runs as the
/// victim.
final class SharedMachine {
    /// Removed with everything in it when the test ends.
    private let world: PrivateWorld
    let victim: ThrowAwayUser
    let attacker: ThrowAwayUser
    var root: String { world.folder }

    init() throws {
        world = try PrivateWorld()
        chmod(world.folder, 0o755)                          // both accounts may go through it
        victim = try ThrowAwayUser()
        attacker = try ThrowAwayUser()
        victim.folder(home, mode: 0o755)
        mkdir(shared, 0o777)
        chmod(shared, 0o1777)
    }

    var home: String { root + "/home" }
    var shared: String { root + "/shared" }
    /// The victim's own data folder, where it belongs by default.
    var ownData: String { home + "/.local/share/amo-dossier" }

    /// The victim's environment; `dataHome` is `XDG_DATA_HOME` (nil: the default under HOME).
    func environment(dataHome: String? = nil) -> [String: String] {
        var env = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                   "XDG_CONFIG_DIRS": root + "/xdg", "XDG_CONFIG_HOME": home + "/.config"]
        env["XDG_DATA_HOME"] = dataHome
        return env
    }

    /// The victim's data folder made by the victim, opened up as a copy
    /// under a loose umask leaves it: others may put files in it.
    func openedUpDataFolder() {
        for path in [home + "/.local", home + "/.local/share"] { victim.folder(path, mode: 0o755) }
        victim.folder(ownData, mode: 0o777)
    }

    func run(_ arguments: [String], dataHome: String? = nil, input: String? = nil) throws -> CommandLineTests.Run {
        try CommandLineTests.runBinary(arguments, environment: environment(dataHome: dataHome), input: input, as: victim)
    }

    func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// Issue 10, "the data folder is the user's alone": each attack made for
/// real by another account, and what the program now does.
@Suite("Another account's folder or link is refused before anything is read or written",
       .enabled(if: ThrowAwayUser.isAvailable), .serialized)
struct DataFolderAttackTests {
    static func mode(_ path: String) -> Int? { PrivateWorld.mode(path) }

    @Test("a link planted as amo-dossier in a shared XDG_DATA_HOME: refused, the victim's home keeps its modes")
    func linkPlantedInSharedDataHome() throws {
        let machine = try SharedMachine()
        let notes = machine.home + "/notes.txt"
        let projects = machine.home + "/projects"
        try machine.victim.file(notes, "mine", mode: 0o644)
        machine.victim.folder(projects, mode: 0o755)
        try machine.victim.file(projects + "/a.txt", "mine", mode: 0o644)
        let planted = machine.shared + "/amo-dossier"
        #expect(try machine.attacker.run(["ln", "-s", machine.home, planted]) == 0)
        let before = machine.names(machine.home)

        for arguments in [["list", "--lang", "en"], ["--plain", "--lang", "en"], ["forget", "AB123456", "--yes", "--lang", "en"]] {
            let run = try machine.run(arguments, dataHome: machine.shared, input: "")
            #expect(run.status == 77, "\(arguments): \(run.stdout)\(run.stderr)")
            #expect(run.stderr == "amo-dossier: \(planted) is a symbolic link, not a folder; the data folder and its "
                    + "dossiers/ and drafts/ folders must be real folders of your own account. Nothing was read or written.\n")
            #expect(!run.stdout.contains("Welcome"))
        }
        #expect(Self.mode(machine.home) == 0o755)
        #expect(Self.mode(notes) == 0o644 && Self.mode(projects) == 0o755 && Self.mode(projects + "/a.txt") == 0o644)
        #expect(machine.names(machine.home) == before, "nothing was written through the link")
    }

    @Test("a data folder made 0777 in advance by another account receives nothing")
    func folderMadeInAdvance() throws {
        let machine = try SharedMachine()
        let trap = machine.shared + "/amo-dossier"
        #expect(try machine.attacker.run(["mkdir", "-m", "777", trap]) == 0)
        for arguments in [["--plain", "--lang", "fr"], ["list", "--lang", "fr"]] {
            let run = try machine.run(arguments, dataHome: machine.shared, input: "Salma Benali\n")
            #expect(run.status == 77, "\(arguments): \(run.stdout)\(run.stderr)")
            #expect(run.stderr.hasPrefix("amo-dossier : \(trap) appartient à un autre compte"), "\(run.stderr)")
            #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        }
        #expect(machine.names(trap).isEmpty, "\(machine.names(trap))")
    }

    @Test("dossiers/ swapped for a link, drafts/ made by another account in an opened-up data folder: refused")
    func foldersInside() throws {
        let machine = try SharedMachine()
        machine.openedUpDataFolder()
        let catcher = machine.shared + "/catcher"
        #expect(try machine.attacker.run(["mkdir", "-m", "777", catcher]) == 0)
        let dossiers = machine.ownData + "/dossiers"
        #expect(try machine.attacker.run(["ln", "-s", catcher, dossiers]) == 0)
        let list = try machine.run(["list", "--lang", "en"])
        #expect(list.status == 77)
        #expect(list.stderr.hasPrefix("amo-dossier: \(dossiers) is a symbolic link"), "\(list.stderr)")
        #expect(Self.mode(machine.ownData) == 0o777, "refused before the repair")

        unlink(dossiers)
        let drafts = machine.ownData + "/drafts"
        #expect(try machine.attacker.run(["mkdir", "-m", "777", drafts]) == 0)
        let forget = try machine.run(["forget", "AB123456", "--yes", "--lang", "en"])
        #expect(forget.status == 77)
        #expect(forget.stderr.hasPrefix("amo-dossier: \(drafts) belongs to another account"), "\(forget.stderr)")
        #expect(machine.names(catcher).isEmpty && machine.names(drafts).isEmpty)
    }

    @Test("a draft planted by another account while the folder was open is never offered nor changed")
    func plantedDraft() throws {
        let machine = try SharedMachine()
        machine.openedUpDataFolder()
        let planted = machine.ownData + "/draft.json"
        try machine.attacker.file(planted, String(decoding: try SafetyCLI.draftJSON(cnie: "ZZ999999"), as: UTF8.self),
                                  mode: 0o644)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: planted))

        let run = try machine.run(["--plain", "--lang", "en"], input: "")
        #expect(run.status == 1, "input ended at the first question: \(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("A draft was found"), "\(run.stdout)")
        #expect(run.stdout.contains("\(planted) is not a draft of yours"), "\(run.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: planted)) == bytes)
        var info = stat()
        lstat(planted, &info)
        #expect(info.st_uid == machine.attacker.uid)
        #expect(Self.mode(machine.ownData) == 0o700, "the folder itself is the victim's: made private again")
    }
}
