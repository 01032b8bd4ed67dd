import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary run on a private data folder (`XDG_DATA_HOME`), for
/// the safety commands: `forget`, and the permission check of `list` and
/// `check`.
struct SafetyCLI {
    let home: String
    var data: String { home + "/amo-dossier" }
    var dossiers: String { data + "/dossiers" }
    var environment: [String: String] {
        EditionFolders.isolate(["LANG": "C.UTF-8", "HOME": home, "XDG_DATA_HOME": home, "PATH": "/usr/bin:/bin"],
                               under: home)
    }

    init() {
        home = NSTemporaryDirectory() + "amo-dossier-safety-" + UUID().uuidString
        mkdir(home, 0o700)
        chmod(home, 0o700)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: home)
    }

    func run(_ arguments: [String], input: String? = nil) throws -> CommandLineTests.Run {
        try CommandLineTests.runBinary(arguments, environment: environment, input: input)
    }

    func save(cnie: String, name: String, second: TimeInterval = 0, folder: String? = nil) throws -> SavedDossier {
        var d = CommandLineTests.completeDossier(name: name)
        d.student.cnie = cnie
        return try DossierStore(folder: folder ?? dossiers).save(d, language: .fr,
                                                                 now: Date(timeIntervalSince1970: 1_769_941_800 + second),
                                                                 context: .builtIn(today: .today()))
    }

    /// A draft as the wizard writes it: a state whose `dossier` is the student's.
    func writeDraft(cnie: String, to path: String) throws {
        try PrivateFiles.ensureFolder((path as NSString).deletingLastPathComponent)
        try PrivateFiles.writeAtomically(try Self.draftJSON(cnie: cnie), to: path)
    }

    static func draftJSON(cnie: String) throws -> Data {
        var d = CommandLineTests.completeDossier()
        d.student.cnie = cnie
        let dossier = try JSONSerialization.jsonObject(with: DossierJSON.encoder().encode(d))
        return try JSONSerialization.data(withJSONObject: ["dossier": dossier, "step": "review", "language": "en"])
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

@Suite("forget CNIE: the built binary deletes one student's files (law 09-08)")
struct ForgetTests {
    @Test("--yes deletes the student's dossiers, summaries, draft and kiosk draft; prints a count only")
    func forgetWithYes() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let mine2 = try cli.save(cnie: "JB45678", name: "Youssef Amrani", second: 1)
        let other = try cli.save(cnie: "K112233", name: "Nadia Fassi")
        try cli.writeDraft(cnie: "jb 45678", to: cli.data + "/draft.json")
        try cli.writeDraft(cnie: "JB45678", to: cli.data + "/drafts/JB45678.json")
        try cli.writeDraft(cnie: "K112233", to: cli.data + "/drafts/K112233.json")

        let run = try cli.run(["forget", "jb45678", "--yes", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "6 files deleted.\n")
        #expect(!run.stdout.contains("JB45678") && !run.stdout.contains("Youssef") && run.stderr.isEmpty)
        for path in [mine.jsonPath, mine.summaryPath, mine2.jsonPath, mine2.summaryPath,
                     cli.data + "/draft.json", cli.data + "/drafts/JB45678.json"] {
            #expect(!cli.exists(path), "\(path) still there")
        }
        for path in [other.jsonPath, other.summaryPath, cli.data + "/drafts/K112233.json"] {
            #expect(cli.exists(path), "\(path) was deleted")
        }
        let again = try cli.run(["forget", "JB45678", "--yes", "--lang", "fr"])
        #expect(again.status == 0)
        #expect(again.stdout == "Aucun fichier de cette CNIE : rien n'a été supprimé.\n")
    }

    @Test("--dir chooses the dossier folder; the draft of another student is kept")
    func forgetInDir() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let office = cli.home + "/office"
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani", folder: office)
        let inDefault = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        try cli.writeDraft(cnie: "K112233", to: cli.data + "/draft.json")
        let run = try cli.run(["forget", "JB45678", "--dir", office, "--yes", "--lang", "ar"])
        #expect(run.status == 0)
        #expect(run.stdout == "حُذف ملفان.\n")
        #expect(!cli.exists(mine.jsonPath) && !cli.exists(mine.summaryPath))
        #expect(cli.exists(inDefault.jsonPath) && cli.exists(cli.data + "/draft.json"))
    }

    @Test("without --yes and without a terminal: refused, exit 1, nothing deleted")
    func noTerminal() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let run = try cli.run(["forget", "JB45678", "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--yes"))
        #expect(cli.exists(mine.jsonPath) && cli.exists(mine.summaryPath))
    }

    @Test("a value that is not a CNIE is refused with exit 64, without repeating it")
    func badCNIE() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        for bad in ["../dossiers", "", String(repeating: "A", count: 5000)] {
            let run = try cli.run(["forget", bad, "--yes", "--lang", "en"])
            #expect(run.status == 64)
            #expect(run.stderr == "amo-dossier: forget: this is not a CNIE number (letters and digits, at most 16)\n")
        }
        let long = try cli.run(["forget", "JB45678", "--yes", "--dir", String(repeating: "d", count: 5000)])
        #expect(long.status == 64)
    }

    @Test("on a terminal: lists the files, asks; n keeps them, o (oui) deletes them", .enabled(if: TmuxSession.isAvailable))
    func asksOnATerminal() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let binary = try CommandLineTests.binary()
        var env = cli.environment
        env["TERM"] = "xterm"

        // The shell prints the exit status on the screen, where it is read
        // with the answer's effect.
        let command = ["/bin/sh", "-c", "\"$0\" forget JB45678 --lang fr; echo EXIT=$?", binary]
        let refuse = try TmuxSession(command: command, environment: env, width: 200)
        let screen = try refuse.waitFor("[o/N]")
        #expect(screen.contains("2 fichiers"))
        #expect(screen.contains("dossier : " + mine.jsonPath))
        #expect(screen.contains("récapitulatif : " + mine.summaryPath))
        try refuse.type("n")
        try refuse.press("Enter")
        _ = try refuse.waitFor("Rien n'a été supprimé.")
        _ = try refuse.waitFor("EXIT=1")
        #expect(cli.exists(mine.jsonPath) && cli.exists(mine.summaryPath))

        let accept = try TmuxSession(command: command, environment: env, width: 200)
        _ = try accept.waitFor("[o/N]")
        try accept.type("o")
        try accept.press("Enter")
        _ = try accept.waitFor("2 fichiers supprimés.")
        _ = try accept.waitFor("EXIT=0")
        #expect(!cli.exists(mine.jsonPath) && !cli.exists(mine.summaryPath))
    }
}
