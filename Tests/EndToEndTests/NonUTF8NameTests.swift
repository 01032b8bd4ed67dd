import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 15: a dossier whose file name holds bytes that are not UTF-8 (a
/// name from a Latin-1 USB key, here é as 0xE9 and a lone 0xFF) is
/// checked, listed and followed with the built binary; its name is shown
/// `\xNN` and said to be not UTF-8, never sent raw, and JSON stays valid.
/// The name goes through a shell, the one way to put those bytes in argv.
@Suite("A file name that is not UTF-8 is checked, listed and followed")
struct NonUTF8NameTests {
    let cli = CommandLineTests()
    static let name = "caf\\351-\\377.json"
    static let shown = "caf\\xE9-\\xFF.json"

    /// Runs `script` with `sh`: `$1` the binary, `$2` the folder, `$F` the file.
    func shell(_ script: String) throws -> CommandLineTests.Run {
        let env = EditionFolders.isolate(["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": cli.folder], under: cli.folder)
        try EditionFolders.requireIsolated(env)
        let prelude = "F=\"$2/$(printf '\(Self.name)')\"; "
        return try ToolRun.run(["/bin/sh", "-c", prelude + script, "sh", try CommandLineTests.binary(), cli.folder],
                               environment: env)
    }

    func expectSafe(_ run: CommandLineTests.Run, _ what: String) {
        #expect(!(run.stdout + run.stderr).contains("\u{FFFD}"), "\(what): no raw byte sent: \(run.stdout)\(run.stderr)")
    }

    @Test("check FILE, DIR and - ; list text, --json and --csv; summary and mailed")
    func everyCommand() throws {
        defer { cli.cleanUp() }
        let saved = try cli.save(CommandLineTests.completeDossier())
        let made = try shell("mv \"$2/\(( saved as NSString).lastPathComponent)\" \"$F\" && ls \"$2\"")
        #expect(made.status == 0, "\(made.stderr)")
        let today = "--today 2026-02-01"

        let file = try shell("\"$1\" check \"$F\" \(today) --lang fr")
        #expect(file.status == 0, "read and complete, not 'introuvable': \(file.stdout)\(file.stderr)")
        #expect(file.stdout.contains(Self.shown + " : complet"), "\(file.stdout)")
        #expect(file.stdout.contains("n'est pas en UTF-8"), "\(file.stdout)")
        expectSafe(file, "check FILE")

        let folder = try shell("\"$1\" check \"$2\" \(today) --lang en --json")
        #expect(folder.status == 0, "\(folder.stdout)\(folder.stderr)")
        let checked = try JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) as? [[String: Any]]
        #expect(checked?.count == 1)
        #expect((checked?.first?["file"] as? String)?.hasSuffix("/" + Self.shown) == true, "\(folder.stdout)")
        #expect(checked?.first?["fileIsUTF8"] as? Bool == false)
        expectSafe(folder, "check DIR")

        let input = try shell("printf '%s\\n' \"$F\" | \"$1\" check - \(today) --lang en")
        #expect(input.status == 0, "\(input.stdout)\(input.stderr)")
        #expect(input.stdout.contains(Self.shown + ": complete"), "\(input.stdout)")
        #expect(input.stdout.contains("this file's name is not UTF-8"), "\(input.stdout)")

        let listed = try shell("\"$1\" list --dir \"$2\" \(today) --lang en")
        #expect(listed.status == 0, "\(listed.stdout)\(listed.stderr)")
        #expect(listed.stdout.contains(Self.shown), "\(listed.stdout)")
        #expect(listed.stdout.contains("The name of \(Self.shown) is not UTF-8"), "\(listed.stdout)")
        expectSafe(listed, "list")

        let json = try shell("\"$1\" list --dir \"$2\" \(today) --json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((rows?.first?["file"] as? String)?.hasSuffix("/" + Self.shown) == true, "\(json.stdout)")
        #expect(rows?.first?["fileIsUTF8"] as? Bool == false)
        let csv = try shell("\"$1\" list --dir \"$2\" \(today) --csv")
        #expect(csv.stdout.contains(Self.shown + ",ready"), "\(csv.stdout)")
        #expect(csv.stdout.contains(",false\r\n"), "\(csv.stdout)")
        expectSafe(csv, "list --csv")

        let summary = try shell("\"$1\" summary \"$F\" --lang en && ls \"$2\"")
        #expect(summary.status == 0, "\(summary.stdout)\(summary.stderr)")
        #expect(summary.stdout.contains("lp $'"), "a print command that names the real bytes: \(summary.stdout)")
        let mailed = try shell("\"$1\" mailed \"$F\" --on 2026-02-01 \(today) --lang en")
        #expect(mailed.status == 0, "\(mailed.stdout)\(mailed.stderr)")
        let after = try shell("\"$1\" list --dir \"$2\" \(today) --json")
        let row = (try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])?.first
        #expect(row?["status"] as? String == "mailed", "\(after.stdout)")
    }
}
