import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary in plain mode, fed its answers from a here-document on
/// a pipe, as a script or a screen-reader user's console would.
@Suite("Plain mode: the built binary completes a dossier from a here-document")
struct PlainModeTests {
    typealias Run = CommandLineTests.Run

    let folder: String

    init() {
        folder = NSTemporaryDirectory() + "amo-dossier-plain-" + UUID().uuidString
        mkdir(folder, 0o700)
        chmod(folder, 0o700)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    var dossiers: String { folder + "/dossiers" }

    /// Runs the binary (found as `CommandLineTests` finds it) with `input`
    /// on a pipe; HOME is the test's folder, so the draft lands there.
    func run(_ arguments: [String], input: String, environment: [String: String]) throws -> Run {
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["HOME"] = folder
        return try CommandLineTests.runBinary(arguments, environment: EditionFolders.isolate(env, under: folder),
                                              input: input)
    }

    /// An ordinary dossier: covered, one doctor and one pharmacy five days
    /// ago, both originals in the envelope; yes and no in the language's words.
    static func hereDocument(_ language: Language, firstAct: String) -> String {
        let (y, n, name) = switch language {
        case .fr: ("oui", "non", "Youssef Amrani")
        case .ar: ("نعم", "لا", "يوسف العمراني")
        case .en: ("yes", "no", "Youssef Amrani")
        }
        return """
        \(y)
        \(n)
        14/03/2004

        1
        \(name)
        JB45678

        3, derb Sidi Bouloukat, Marrakech
        Université Cadi Ayyad



        \(firstAct)

        \(y)
        Dr Nadia Fassi
        ORL
        204518
        \(firstAct)
        250
        \(y)
        \(n)
        \(y)
        Pharmacie Menara
        \(firstAct)
        89,60
        \(y)
        \(n)
        \(n)
        \(y)
        \(y)
        \(y)

        """
    }

    static let modes: [(name: String, arguments: [String], term: String?)] = [
        ("--plain", ["--plain"], "xterm-256color"),
        ("TERM=dumb", [], "dumb"),
    ]

    @Test("a complete ordinary dossier in each language, with --plain and with TERM=dumb",
          arguments: Language.allCases, [0, 1])
    func completeDossier(language: Language, mode: Int) throws {
        defer { cleanUp() }
        let firstAct = CalendarDate.today().adding(days: -5)
        var environment = ["LANG": "C.UTF-8"]
        environment["TERM"] = Self.modes[mode].term
        let result = try run(Self.modes[mode].arguments + ["--dir", dossiers, "--lang", language.rawValue],
                             input: Self.hereDocument(language, firstAct: firstAct.dayMonthYear),
                             environment: environment)
        #expect(result.status == 0, "\(Self.modes[mode].name) \(language): \(result.stderr)\n\(result.stdout)")
        #expect(result.stderr.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: dossiers).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        guard let file = files.first else { return }
        let path = dossiers + "/" + file
        let dossier = try DossierStore(folder: dossiers).load(path: path)
        #expect(dossier.student.fullName == (language == .ar ? "يوسف العمراني" : "Youssef Amrani"))
        #expect(dossier.student.cnie == "JB45678")
        #expect(dossier.treatment.firstActDate == firstAct)
        #expect(dossier.practitioners.map(\.inpe) == ["204518"])
        #expect(dossier.pharmacies.map(\.total) == [Money(centimes: 8_960)])
        #expect(dossier.originals == Originals(prescription: true, doctorInvoice: true))
        #expect(DossierValidator.problems(in: dossier, context: .builtIn(today: .today())).isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // The saved path, the summary and the address, as plain lines.
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(result.stdout.contains(path))
        let rules = RuleBook.builtIn.rules(on: .today())
        for line in rules.addressLines(.fr) + rules.addressLines(.ar) {
            #expect(lines.contains(line))
        }
        #expect(!result.stdout.contains("\u{1B}"), "plain mode sends no escape sequence")
        // No draft is left behind once the dossier is saved.
        #expect(!FileManager.default.fileExists(atPath: folder + "/.local/share/amo-dossier/draft.json"))
    }

    @Test("input that ends early keeps the draft, says so, and exits 1")
    func endOfInput() throws {
        defer { cleanUp() }
        let result = try run(["--dir", dossiers, "--lang", "en"], input: "no\n", environment: ["TERM": "dumb"])
        #expect(result.status == 1)
        let draft = folder + "/.local/share/amo-dossier/draft.json"
        #expect(result.stdout.hasSuffix(tr("plain.eof.saved", .en, ["path": draft]) + "\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: draft)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!FileManager.default.fileExists(atPath: dossiers))
    }

    @Test("--plain on a real terminal (a pseudo-terminal from util-linux script): line prompts, no escape sequence",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func plainFlagOnTerminal() throws {
        defer { cleanUp() }
        // stdin and stdout of the program are a terminal and TERM is a capable
        // one: only the flag asks for plain mode.
        let command = ["env", "-i", "HOME=\(folder)", "TERM=xterm-256color", "LANG=C.UTF-8",
                       "XDG_CONFIG_DIRS=\(folder)/xdg", "XDG_CONFIG_HOME=\(folder)/config",
                       try CommandLineTests.binary(), "--plain", "--lang", "en", "--dir", dossiers]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let stdin = Pipe(), out = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("no\n!\n".utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("Enrolled at an institution this year? (y/n) [Yes]: "))
        #expect(output.contains(tr("plain.quit.saved", .en, ["path": folder + "/.local/share/amo-dossier/draft.json"])))
        #expect(!output.contains("\u{1B}"), "plain mode sends no escape sequence, even to a capable terminal")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/.local/share/amo-dossier/draft.json")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
