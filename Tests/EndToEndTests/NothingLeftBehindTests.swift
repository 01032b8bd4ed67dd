import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, "nothing left behind, nothing undone", and what reaches the
/// officer's terminal: the built binary on a private data folder.
@Suite("Crash leftovers, links, duplicate keys and hostile values through the built binary")
struct NothingLeftBehindTests {
    /// A temporary file as `writeAtomically` names it, holding `data`, an hour old.
    static func leftover(_ data: Data, in folder: String, name: String = ".tmp-0a1b2c3d") throws -> String {
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let then = timeval(tv_sec: time(nil) - 3600, tv_usec: 0)
        _ = [then, then].withUnsafeBufferPointer { utimes(path, $0.baseAddress) }
        return path
    }

    @Test("forget removes the crash's temporary files of that CNIE, and only those")
    func forgetRemovesTemporaries() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        _ = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let draft = try Self.leftover(try SafetyCLI.draftJSON(cnie: "jb 45678"), in: cli.data)
        var dossier = CommandLineTests.completeDossier()
        dossier.student.cnie = "JB45678"
        let saved = try Self.leftover(try DossierJSON.encoder().encode(dossier), in: cli.dossiers, name: ".tmp-9f8e7d6c")
        let other = try Self.leftover(try SafetyCLI.draftJSON(cnie: "K112233"), in: cli.data, name: ".tmp-11112222")
        let run = try cli.run(["forget", "JB45678", "--yes", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "4 files deleted.\n")
        #expect(!cli.exists(draft) && !cli.exists(saved))
        #expect(cli.exists(other), "another student's leftover is not this request's")
    }

    @Test("the next start removes a crash's temporary files; list writes a summary a kill left unwritten")
    func nextStart() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        unlink(saved.summaryPath)                             // killed between the dossier and its summary
        let leftover = try Self.leftover(try SafetyCLI.draftJSON(cnie: "JB45678"), in: cli.data)
        let list = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(cli.exists(saved.summaryPath))
        #expect(try String(contentsOfFile: saved.summaryPath, encoding: .utf8).contains("Youssef Amrani"))
        #expect(!cli.exists(leftover))

        let again = try Self.leftover(try SafetyCLI.draftJSON(cnie: "JB45678"), in: cli.data)
        _ = try cli.run(["--plain", "--lang", "en"], input: "")
        #expect(!cli.exists(again), "the wizard's start removes it too")
    }

    @Test("list and forget agree on links: neither follows one")
    func linksAgree() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let elsewhere = try cli.save(cnie: "JB45678", name: "Youssef Amrani", folder: cli.home + "/elsewhere")
        _ = try cli.save(cnie: "K112233", name: "Nadia Fassi")
        let link = cli.dossiers + "/JB45678-20260101-101010.json"
        symlink(elsewhere.jsonPath, link)
        let list = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(!list.stdout.contains("Youssef Amrani"), "the link is not read: \(list.stdout)")
        #expect(list.stderr.contains(link) && list.status == 2, "it is named as a file that cannot be read")
        let forget = try cli.run(["forget", "JB45678", "--yes", "--lang", "en"])
        #expect(forget.stdout == "No file of this CNIE: nothing was deleted.\n", "\(forget.stdout)")
        #expect(cli.exists(elsewhere.jsonPath))
    }

    @Test("a dossier holding \"cnie\" twice is unreadable: exit 2 naming the key; forget goes by its name")
    func duplicateKey() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        var text = try String(contentsOfFile: saved.jsonPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"cnie\" : \"JB45678\"", with: "\"cnie\" : \"K112233\", \"cnie\" : \"JB45678\"")
        try text.write(toFile: saved.jsonPath, atomically: false, encoding: .utf8)
        let check = try cli.run(["check", saved.jsonPath, "--today", "2026-02-01", "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.stdout == "\(saved.jsonPath), at student.cnie: key written twice in the same object "
                + "(each program might take a different value); the file was not changed\n")
        let list = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(!list.stdout.contains("Youssef") && list.stderr.contains("student.cnie") && list.status == 2)
        #expect(try cli.run(["forget", "K112233", "--yes", "--lang", "en"]).stdout.hasPrefix("No file"))
        #expect(try cli.run(["forget", "JB45678", "--yes", "--lang", "en"]).stdout == "2 files deleted.\n")
    }

    @Test("list and check show a hostile name and Massar value written out: the terminal obeys nothing")
    func hostileValues() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        var d = CommandLineTests.completeDossier(name: "Youssef \u{1B}]0;pwned\u{07}\u{202E}inarmA")
        d.student.massar = "\u{1B}[1A\u{1B}[2K" + String(repeating: "7", count: 300)
        let saved = try DossierStore(folder: cli.dossiers).save(d, language: .en, now: Date(timeIntervalSince1970: 1_769_941_800),
                                                                context: .builtIn(today: .today()))
        let list = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        let check = try cli.run(["check", saved.jsonPath, "--today", "2026-02-01", "--lang", "en"])
        #expect(check.status == 1)
        for output in [list.stdout, check.stdout, list.stderr, check.stderr] {
            #expect(output.unicodeScalars.filter { TerminalText.steers($0) && $0 != "\n" }.isEmpty, "\(output.debugDescription)")
        }
        // Written out, and cut at the register's 40 characters.
        #expect(list.stdout.contains("Youssef \\u{1B}]0;pwned\\u{7}\\u{202E}inar…"))
        #expect(check.stdout.contains("student.fullName: This text contains control characters"))
        #expect(check.stdout.contains("\\u{1B}[1A\\u{1B}[2K77") && check.stdout.contains("…"))
    }
}

/// `forget` run by a coverage officer while the student's wizard is still
/// open on another terminal of the same account.
@Suite("forget while the wizard is open", .enabled(if: TmuxSession.isAvailable))
struct ForgetWhileOpenTests {
    @Test func theWizardDoesNotWriteTheDeletedDraftBack() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.answer(["student.fullName": "Salma Benali", "student.cnie": "AB123456"], until: "student.massar")
        #expect(try world.draftDossier().student.cnie == "AB123456")

        let forget = try CommandLineTests.runBinary(["forget", "AB123456", "--yes", "--lang", "en", "--dir", world.dossiers],
                                                    environment: world.environment(term: nil))
        #expect(forget.stdout == "1 file deleted.\n", "\(forget.stdout)\(forget.stderr)")
        try t.type("R123456789")
        try t.press("Enter")                                   // leaving the field writes the draft
        _ = try t.waitFor("deleted while the wizard was open")
        #expect(!FileManager.default.fileExists(atPath: world.draftPath), "the deleted draft was written back")
        try t.press("C-q")
        #expect(t.waitForExit())
        #expect(!FileManager.default.fileExists(atPath: world.draftPath))
    }
}
