import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The committed bash completion script (`docs/completions/amo-dossier.bash`,
/// installed by the Debian package) offers what a user expects at the
/// point they press Tab: run in bash as bash runs it for `complete -F`: the
/// line typed so far in COMP_WORDS, the cursor at its end, and the
/// function given the command, the word under the cursor and the one before.
@Suite("bash completion: values of --lang, --bidi, --sheet, --status; files and folders")
struct BashCompletionTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "amo-dossier-completion-" + UUID().uuidString
        mkdir(folder, 0o700)
        mkdir(folder + "/register", 0o700)
        for name in ["AB123456-20260203-091500.json", "notes.txt"] {
            try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    /// What Tab offers after `words` (the last one being completed, "" for a
    /// new word), sorted.
    func offered(_ words: [String]) throws -> [String] {
        let quoted = (["amo-dossier"] + words).map { "'" + $0 + "'" }.joined(separator: " ")
        let line = (["amo-dossier"] + words).joined(separator: " ")
        let script = """
            shopt -s extglob
            source '\(Repository.path("docs/completions/amo-dossier.bash"))'
            COMP_WORDS=(\(quoted))
            COMP_CWORD=\(words.count)
            COMP_LINE='\(line)'
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _amo-dossier "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let run = try ToolRun.run(["/bin/bash", "--norc", "--noprofile", "-c", script],
                                  environment: ["PATH": "/usr/bin:/bin"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init).sorted()
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @Test("--lang offers fr, ar, en; after a letter only what starts with it")
    func languages() throws {
        defer { cleanUp() }
        #expect(try offered(["--lang", ""]) == ["ar", "en", "fr"])
        #expect(try offered(["check", "--lang", "f"]) == ["fr"])
    }

    @Test("--bidi offers app and terminal")
    func bidi() throws {
        defer { cleanUp() }
        #expect(try offered(["--bidi", ""]) == ["app", "terminal"])
    }

    @Test("list --sheet offers the three care sheets, list --status the five statuses of a saved dossier")
    func registerFilters() throws {
        defer { cleanUp() }
        #expect(try offered(["list", "--sheet", ""]) == ["chronic", "dental", "ordinary"])
        #expect(try offered(["list", "--status", ""]) == ["incomplete", "mailed", "ready", "reimbursed", "returned"])
        #expect(try offered(["list", "--status", "re"]) == ["ready", "reimbursed", "returned"])
    }

    @Test("check offers every file and folder; open and mailed the .json files and folders; --dir only folders")
    func filesAndFolders() throws {
        defer { cleanUp() }
        #expect(try offered(["check", ""]) == ["AB123456-20260203-091500.json", "notes.txt", "register"])
        #expect(try offered(["open", ""]) == ["AB123456-20260203-091500.json", "register"])
        #expect(try offered(["mailed", "--on", "2026-02-03", ""]) == ["AB123456-20260203-091500.json", "register"])
        #expect(try offered(["list", "--dir", ""]) == ["register"])
    }

    @Test("the first word offers the subcommands")
    func subcommands() throws {
        defer { cleanUp() }
        let words = try offered([""])
        for subcommand in ["deadline", "check", "address", "list", "forget", "open", "summary", "mailed", "reimbursed", "returned"] {
            #expect(words.contains(subcommand))
        }
    }
}
