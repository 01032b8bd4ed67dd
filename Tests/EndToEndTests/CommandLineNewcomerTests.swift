import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 15's command line, with the built binary: no option taken and
/// then ignored, no option silently given twice, and load errors that say
/// where and what (a number at its JSON path, a folder, a FIFO, a
/// permission refusal), in each language.
@Suite("Command line for a newcomer: options never ignored, load errors that say where")
struct CommandLineNewcomerTests {
    let cli = CommandLineTests()

    /// A chronic dossier whose disease number is written `value`, as JSON text.
    func chronic(_ value: String) throws -> String {
        var d = CommandLineTests.completeDossier()
        d.sheet = .chronic
        d.chronicDisease = 12
        let path = try cli.save(d)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"chronicDisease\" : 12", with: "\"chronicDisease\" : \(value)")
            .replacingOccurrences(of: "\"chronicDisease\":12", with: "\"chronicDisease\":\(value)")
        #expect(changed != text, "the disease number was found in the file")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("1.5, 1e308 and 1e400 as a disease number name chronicDisease; null is a missing disease; none is 'not JSON'")
    func numbers() throws {
        defer { cli.cleanUp() }
        for value in ["1.5", "1e308", "1e400"] {
            let path = try chronic(value)
            for (language, words) in [("en", "at chronicDisease: a number that is not a possible whole number"),
                                      ("fr", "à chronicDisease : nombre qui n'est pas un entier possible"),
                                      ("ar", "في chronicDisease: عدد ليس عددا صحيحا ممكنا")] {
                let run = try cli.run(["check", path, "--today", "2026-02-01", "--lang", language])
                #expect(run.status == 2, "\(value): \(run.stderr)")
                #expect((run.stdout + run.stderr).contains(words), "\(value) \(language): \(run.stdout)\(run.stderr)")
                #expect(!(run.stdout + run.stderr).contains("JSON"), "\(value): not 'not JSON'")
            }
            try FileManager.default.removeItem(atPath: path)
        }
        let null = try chronic("null")
        let run = try cli.run(["check", null, "--today", "2026-02-01", "--lang", "en", "--json"])
        #expect(run.status == 1, "a dossier with a problem, not an unreadable file: \(run.stderr)")
        #expect(run.stdout.contains("\"chronicDisease.missing\""), "\(run.stdout)")
    }

    @Test("A folder, a FIFO and a file this account may not read each get their own message; the FIFO does not block")
    func notPlainFiles() throws {
        defer { cli.cleanUp() }
        let folder = cli.folder + "/a-folder.json"
        mkdir(folder, 0o700)
        let fifo = cli.folder + "/a-pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        let opened = try cli.run(["open", folder, "--plain", "--lang", "en"])
        #expect(opened.status != 0)
        #expect(opened.stderr.contains("a folder, not a file"), "\(opened.stderr)")
        let piped = try cli.run(["summary", fifo, "--lang", "fr"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("ce n'est pas un fichier ordinaire (tube nommé"), "\(piped.stderr)")
        #expect(Date().timeIntervalSince(started) < 20, "nothing waited on the FIFO")
        let listed = try cli.run(["list", "--dir", cli.folder, "--lang", "en"])
        #expect(listed.stderr.contains("a-pipe.json: not a plain file"), "\(listed.stderr)")

        guard ThrowAwayUser.isAvailable else { return }
        let user = try ThrowAwayUser()
        let shared = NSTemporaryDirectory() + "amo-dossier-perm-" + UUID().uuidString
        mkdir(shared, 0o755)
        chmod(shared, 0o755)
        defer { try? FileManager.default.removeItem(atPath: shared) }
        let path = shared + "/someone-else.json"
        try DossierJSON.encoder(rules: .builtIn).encode(CommandLineTests.completeDossier()).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let home = NSTemporaryDirectory() + "amo-dossier-home-" + UUID().uuidString
        mkdir(home, 0o700)
        chown(home, user.uid, user.gid)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = EditionFolders.isolate(["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home], under: home)
        let refused = try CommandLineTests.runBinary(["check", path, "--lang", "en"], environment: env, as: user)
        #expect(refused.status == 2)
        #expect(refused.stdout.contains("this account may not read it"), "\(refused.stdout)\(refused.stderr)")
    }

    @Test("A repeated --today (or any option of one value) is an error; --dir on deadline and address is refused; check --dir checks that folder")
    func options() throws {
        defer { cli.cleanUp() }
        let twice = try cli.run(["list", "--today", "2026-02-01", "--dir", cli.folder, "--today=2026-03-01", "--lang", "en"])
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("--today is given twice: give it once"), "\(twice.stderr)")
        let twiceFr = try cli.run(["deadline", "--first-act", "2026-01-10", "--today", "2026-02-01", "--today", "2026-02-02",
                                   "--lang", "fr"])
        #expect(twiceFr.status == 64)
        #expect(twiceFr.stderr.contains("--today est donnée deux fois"), "\(twiceFr.stderr)")
        let once = try cli.run(["deadline", "--first-act", "2026-01-10", "--today", "2026-02-01", "--lang", "en"])
        #expect(once.status == 0, "\(once.stderr)")
        for command in [["deadline", "--first-act", "2026-01-10"], ["address"]] {
            let run = try cli.run(command + ["--dir", cli.folder, "--lang", "en"])
            #expect(run.status == 64, "\(command): \(run.stdout)")
            #expect(run.stderr.contains("--dir means nothing to \(command[0])"), "\(run.stderr)")
        }
        let path = try cli.save(CommandLineTests.completeDossier(name: "Nadia Alaoui"))
        let checked = try cli.run(["check", "--dir", cli.folder, "--today", "2026-02-01", "--lang", "en"])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains((path as NSString).lastPathComponent), "the folder's dossier is checked: \(checked.stdout)")
    }
}
