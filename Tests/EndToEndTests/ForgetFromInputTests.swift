import DossierCore
import Foundation
import Testing

/// `forget` with the CNIE on standard input: the number never appears in
/// the process's arguments, which other users can read in `ps`.
@Suite struct ForgetFromInputTests {
    @Test("the CNIE read from standard input (no argument, or -) deletes that student's files only",
          arguments: [[String](), ["-"]])
    func cnieFromStandardInput(extra: [String]) throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let other = try cli.save(cnie: "K112233", name: "Nadia Fassi")
        let result = try cli.run(["forget"] + extra + ["--yes", "--lang", "en"], input: "jb 45678\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2 files deleted.\n")
        #expect(!cli.exists(mine.jsonPath) && !cli.exists(mine.summaryPath))
        #expect(cli.exists(other.jsonPath) && cli.exists(other.summaryPath))
    }

    @Test func nothingOnStandardInputIsRefusedWithoutDeletingAnything() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let result = try cli.run(["forget", "--yes", "--lang", "en"], input: "")
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(cli.exists(mine.jsonPath))
    }
}
