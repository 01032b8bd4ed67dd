import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A data folder opened up to others (a copy made with a loose umask) is
/// found by `list` and `check`, reported in one line on standard error and
/// made private again; a folder chosen with `--dir` is left as it is.
@Suite("Permissions: the built binary warns about and fixes an opened-up data folder")
struct PermissionsTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test("list on the default folder: one warning line, then 0700/0600; quiet the second time")
    func listFixes() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        try cli.writeDraft(cnie: "JB45678", to: cli.data + "/draft.json")
        chmod(cli.data, 0o755)
        chmod(cli.dossiers, 0o755)
        chmod(saved.jsonPath, 0o644)
        chmod(saved.summaryPath, 0o644)
        chmod(cli.data + "/draft.json", 0o666)

        let run = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stderr == "amo-dossier: 5 file(s) or folder(s) in \(cli.data) were readable by other users; made private again (0700/0600).\n")
        #expect(!run.stderr.contains("JB45678"))
        #expect(run.stdout.contains("Youssef Amrani"))
        for folder in [cli.data, cli.dossiers] { #expect(Self.mode(folder) == 0o700) }
        for file in [saved.jsonPath, saved.summaryPath, cli.data + "/draft.json"] { #expect(Self.mode(file) == 0o600) }

        let again = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(again.stderr.isEmpty)
    }

    @Test("check of a file in the data folder fixes it; a --dir folder elsewhere is not touched")
    func checkAndDir() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        chmod(saved.jsonPath, 0o640)
        let run = try cli.run(["check", saved.jsonPath, "--today", "2026-02-01", "--lang", "fr"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.hasPrefix("amo-dossier : 1 fichier(s)"))
        #expect(Self.mode(saved.jsonPath) == 0o600)

        let shared = cli.home + "/shared"
        let office = try cli.save(cnie: "K112233", name: "Nadia Fassi", folder: shared)
        chmod(shared, 0o750)
        chmod(office.jsonPath, 0o640)
        let list = try cli.run(["list", "--dir", shared, "--today", "2026-02-01"])
        #expect(list.stderr.isEmpty)
        #expect(Self.mode(shared) == 0o750 && Self.mode(office.jsonPath) == 0o640)
    }

    /// Issue 10: the full-screen wizard put the user's folders right at
    /// start and said so on its welcome screen; plain mode did neither.
    @Test("plain mode puts an opened-up data folder right at start and says so, as the wizard does")
    func plainModeFixes() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        try cli.writeDraft(cnie: "JB45678", to: cli.data + "/draft.json")
        chmod(cli.data, 0o755)
        chmod(cli.data + "/draft.json", 0o644)
        let run = try cli.run(["--plain", "--lang", "en"], input: "!\n")
        #expect(run.stdout.contains("2 file(s) or folder(s) in \(cli.data) were readable by other users; made private again (0700/0600)."),
                "\(run.stdout)")
        #expect(!run.stdout.contains("JB45678"), "no file name: it holds a CNIE")
        #expect(Self.mode(cli.data) == 0o700)
        #expect(Self.mode(cli.data + "/draft.json") == 0o600)
    }

    /// Issue 10: the README said a folder given with `--dir` is not changed,
    /// but saving into it made it 0700. The program changes the mode of no
    /// folder it did not create; the files it writes there are 0600.
    @Test("saving a dossier into a --dir folder leaves the folder's own mode; one it creates is 0700",
          arguments: [false, true])
    func dirKeepsItsMode(exists: Bool) throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let office = cli.home + "/office"
        if exists {
            mkdir(office, 0o750)
            chmod(office, 0o750)
        }
        let firstAct = CalendarDate.today().adding(days: -5).dayMonthYear
        let dialogue = PlainDialogue(PlainModeTests.answers(.en, firstAct: firstAct), language: .en)
        var environment = cli.environment
        environment["TERM"] = "dumb"
        let result = try dialogue.run([try CommandLineTests.binary(), "--dir", office, "--lang", "en"],
                                      environment: environment)
        #expect(result.status == 0, "\(result.stderr)\n\(result.transcript.suffix(600))")
        let files = try FileManager.default.contentsOfDirectory(atPath: office)
        #expect(files.count == 2, "the dossier and its summary: \(files)")
        for file in files { #expect(Self.mode(office + "/" + file) == 0o600) }
        #expect(Self.mode(office) == (exists ? 0o750 : 0o700), exists ? "the folder given keeps its mode" : "a folder it creates is private")
    }
}
