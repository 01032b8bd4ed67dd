import Foundation
import Testing

/// The man pages and shell completions committed under docs/ (and put in
/// the Debian package) say what the built binary's command definitions say.
///
/// The completions are compared with what the binary generates, byte for
/// byte. The man pages come from swift-argument-parser's manual plugin,
/// too slow to run here (it builds its own tool and the package): each page
/// records the SHA-256 of the `--experimental-dump-help` it was made from
/// (`packaging/generate-docs.sh`), compared here with the binary's dump; and
/// every subcommand and option of the dump must be in the page, so a page
/// edited by hand after its stamp is caught too.
@Suite("docs/: man pages and completions match the command definitions")
struct DocumentationCurrencyTests {
    static let regenerate = "run packaging/generate-docs.sh and commit docs/"

    /// `text` as the page writes it: each character that is not ASCII as a
    /// groff escape (`\[u00E9]`; see `packaging/generate-docs.sh` for why).
    static func asWritten(_ text: String) -> String {
        text.unicodeScalars.map { $0.isASCII ? String($0) : "\\[u" + hex($0.value) + "]" }.joined()
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    func binary(_ arguments: [String], language: String) throws -> String {
        let run = try ToolRun.run([try CommandLineTests.binary()] + arguments,
                                  environment: ["LC_ALL": language, "PATH": "/usr/bin:/bin"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test("each man page's stamp is the SHA-256 of the command definitions it was generated from",
          arguments: [("en", "docs/man/amo-dossier.1"), ("fr", "docs/man/fr/amo-dossier.1")])
    func manPageStamp(language: String, page: String) throws {
        let dump = try binary(["--experimental-dump-help"], language: language)
        let sum = try ToolRun.run(["/usr/bin/sha256sum"], environment: [:], input: dump).stdout.prefix(64)
        let text = try Repository.text(page)
        #expect(text.contains(".\\\" command definitions: sha256 \(sum)\n"), "\(page) is out of date: \(Self.regenerate)")
    }

    @Test("each man page names every subcommand and every option of the command definitions",
          arguments: [("en", "docs/man/amo-dossier.1"), ("fr", "docs/man/fr/amo-dossier.1")])
    func manPageNamesEverything(language: String, page: String) throws {
        let dump = try binary(["--experimental-dump-help"], language: language)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let text = try Repository.text(page)
        var expected: [String] = []
        func collect(_ command: [String: Any], top: Bool) {
            if !top, let name = command["commandName"] as? String { expected.append(".It Em \(name)\n") }
            if let abstract = command["abstract"] as? String, !abstract.isEmpty { expected.append(abstract) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    expected.append("Fl -\(name["name"] as? String ?? "")")
                }
                if let abstract = argument["abstract"] as? String, !abstract.isEmpty { expected.append(abstract) }
            }
            for subcommand in command["subcommands"] as? [[String: Any]] ?? [] { collect(subcommand, top: false) }
        }
        collect(try #require(tool["command"] as? [String: Any]), top: true)
        #expect(expected.count > 60)
        for piece in expected.map(Self.asWritten) {
            #expect(text.contains(piece), "\(page) lacks \(piece.debugDescription): \(Self.regenerate)")
        }
    }

    @Test("the committed completion scripts are what the binary generates",
          arguments: [("bash", "docs/completions/amo-dossier.bash"), ("zsh", "docs/completions/_amo-dossier"),
                      ("fish", "docs/completions/amo-dossier.fish")])
    func completionScripts(shell: String, file: String) throws {
        let generated = try binary(["--generate-completion-script", shell], language: "en")
        #expect(generated == (try Repository.text(file)), "\(file) is out of date: \(Self.regenerate)")
    }
}
