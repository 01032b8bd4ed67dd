@testable import DossierCore
import Foundation
import Testing

/// Issue 15: a file name that is not UTF-8 is carried as its bytes from
/// `argv`, standard input and `readdir` to `open`, and shown as `\xNN`.
@Suite("A file name that is not UTF-8 keeps its bytes, and is shown \\xNN, never raw")
struct RawFileNameTests {
    @Test("Any bytes come back the same; a UTF-8 name is the same String")
    func roundTrip() {
        var random = SplitMix64(seed: 15)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...24, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 1...255, using: &random) }
            #expect(RawFileName.bytes(RawFileName.string(bytes)) == bytes, "\(bytes)")
        }
        for name in ["dossier.json", "café-ملف.json", "x\u{1B}]0;y.json", ""] {
            #expect(RawFileName.string(Array(name.utf8)) == name)
            #expect(RawFileName.isUTF8(name))
        }
        // A valid scalar of the escape range is escaped byte by byte, so it too comes back.
        let inRange = Array("a\u{10FEFF}b".utf8)
        #expect(!RawFileName.isUTF8(RawFileName.string(inRange)))
        #expect(RawFileName.bytes(RawFileName.string(inRange)) == inRange)
    }

    @Test("Shown: \\xFF on a terminal, in a JSON value and in a shell command; the note says it is not UTF-8")
    func shown() {
        let name = RawFileName.string(Array("d/caf".utf8) + [0xE9] + Array("-".utf8) + [0xFF] + Array(".json".utf8))
        #expect(!RawFileName.isUTF8(name))
        #expect(TerminalText.visible(name) == "d/caf\\xE9-\\xFF.json")
        #expect(TerminalText.visible(name, limit: TerminalText.messageLimit) == "d/caf\\xE9-\\xFF.json")
        #expect(RawFileName.shown(name) == "d/caf\\xE9-\\xFF.json")
        #expect(ShellWord.quoted(name) == "$'d/caf\\xE9-\\xFF.json'")
        #expect(ShellWord.quoted(RawFileName.string(Array("it's".utf8) + [0x80])) == "$'it\\'s\\x80'")
        #expect(tr("cli.check.fileNotUTF8", .en).contains("not UTF-8"))
    }

    @Test("Names read from standard input and from a folder keep their bytes, and open the file")
    func standardInputAndFolder() throws {
        let folder = NSTemporaryDirectory() + "amo-dossier-raw-" + UUID().uuidString
        #expect(mkdir(folder, 0o700) == 0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nameBytes = Array("caf".utf8) + [0xE9, 0xFF] + Array(".json".utf8)
        let pathBytes = Array(folder.utf8) + [UInt8(ascii: "/")] + nameBytes
        let fd = open(pathBytes.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(fd >= 0)
        let json = try DossierJSON.encoder().encode(Dossier())
        _ = json.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)

        let listed = DossierStore(folder: folder).fileNames()
        #expect(listed.map(RawFileName.bytes) == [nameBytes], "readdir's bytes, not FileManager's decoding")
        let fromInput = CheckTargets.lines(Data(pathBytes + [UInt8(ascii: "\n")]))
        #expect(fromInput.map(RawFileName.bytes) == [pathBytes])
        for targets in [[folder], fromInput] {
            let files = try CheckTargets.expand(targets, standardInput: { Data() }).get()
            let report = CheckReport(files: files, context: DossierContext(today: Fixtures.date("2026-02-01"), rulebook: .builtIn, words: .shared))
            guard case .checked = report.results.first?.outcome else {
                Issue.record("not read: \(report.text(.en))")
                continue
            }
            #expect(report.text(.en).contains("caf\\xE9\\xFF.json"))
            #expect(report.text(.en).contains("this file's name is not UTF-8"))
            let parsed = try JSONSerialization.jsonObject(with: Data(report.json(.en).utf8)) as? [[String: Any]]
            #expect(parsed?.first?["fileIsUTF8"] as? Bool == false)
            #expect((parsed?.first?["file"] as? String)?.hasSuffix("/caf\\xE9\\xFF.json") == true)
        }
    }
}
