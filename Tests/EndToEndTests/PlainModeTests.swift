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
        try CommandLineTests.runBinary(arguments, environment: self.environment(environment), input: input)
    }

    /// `environment` with PATH, and HOME and the edition folders in the test's folder.
    func environment(_ environment: [String: String]) -> [String: String] {
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["HOME"] = folder
        return EditionFolders.isolate(env, under: folder)
    }

    /// An ordinary dossier, answered by question: covered, one doctor and
    /// one pharmacy (its INPE given) five days ago, every original they
    /// need in the envelope; yes and no in the language's words. Every
    /// other question gets Enter.
    static func answers(_ language: Language, firstAct: String) -> [String: [String]] {
        let (y, n, name) = switch language {
        case .fr: ("oui", "non", "Youssef Amrani")
        case .ar: ("نعم", "لا", "يوسف العمراني")
        case .en: ("yes", "no", "Youssef Amrani")
        }
        return [
            "eligibility.enrolled": [y], "eligibility.otherCoverage": [n],
            "eligibility.traditionalEducationFinalStage": [n], "student.birthDate": ["14/03/2004"],
            "sheet": ["1"],
            "student.fullName": [name], "student.cnie": ["JB45678"],
            "student.address": ["3, derb Sidi Bouloukat, Marrakech"], "student.institution": ["Université Cadi Ayyad"],
            "treatment.firstActDate": [firstAct], "treatment.continuous": [n],
            "entries.practitioners": [y, n],
            "practitioners[0].name": ["Dr Nadia Fassi"], "practitioners[0].specialty": ["ORL"],
            "practitioners[0].inpe": ["204518"], "practitioners[0].date": [firstAct], "practitioners[0].fee": ["250"],
            "practitioners[0].stampedAndSigned": [y],
            "entries.pharmacies": [y, n],
            "pharmacies[0].name": ["Pharmacie Menara"], "pharmacies[0].inpe": ["771204"], "pharmacies[0].date": [firstAct],
            "pharmacies[0].total": ["89,60"], "pharmacies[0].stampedAndSigned": [y],
            "entries.labs": [n], "entries.opticians": [n],
            "originals.prescription": [y], "originals.medicineSerialNumbers": [y], "originals.doctorInvoice": [y],
            "review": [y],
        ]
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
        let dialogue = PlainDialogue(Self.answers(language, firstAct: firstAct.dayMonthYear), language: language)
        let result = try dialogue.run([try CommandLineTests.binary()] + Self.modes[mode].arguments
                                        + ["--dir", dossiers, "--lang", language.rawValue],
                                      environment: self.environment(environment))
        #expect(result.status == 0, "\(Self.modes[mode].name) \(language): \(result.stderr)\n\(result.transcript)")
        #expect(result.stderr.isEmpty)
        #expect(result.asked.first == "eligibility.enrolled")
        // After the review, the day it was mailed, left for later with Enter.
        #expect(result.asked.suffix(2) == ["review", "done"])
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
        #expect(dossier.originals == Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true))
        #expect(DossierValidator.problems(in: dossier, context: .builtIn(today: .today())).isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // The saved path, the summary and the address, as plain lines.
        let lines = result.transcript.components(separatedBy: "\n")
        #expect(result.transcript.contains(path))
        let rules = RuleBook.builtIn.rules(on: .today())
        for line in rules.addressLines(.fr) + rules.addressLines(.ar) {
            #expect(lines.contains(line))
        }
        #expect(!result.transcript.contains("\u{1B}"), "plain mode sends no escape sequence")
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
        let environment = self.environment(["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        let command = (["env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                       + [try CommandLineTests.binary(), "--plain", "--lang", "en", "--dir", dossiers])
            .map(TmuxSession.quote).joined(separator: " ")
        // No to the first question, then quit at the second.
        let dialogue = PlainDialogue(["eligibility.enrolled": ["no"], "eligibility.otherCoverage": ["!"]], language: .en)
        let result = try dialogue.run(["/usr/bin/script", "-qec", command, "/dev/null"], environment: environment)
        let output = result.transcript
        #expect(result.status == 0, "\(output)")
        #expect(result.asked == ["eligibility.enrolled", "eligibility.otherCoverage"])
        #expect(output.contains("Enrolled at an institution this year? (y/n) [Yes]: "))
        #expect(output.contains(tr("plain.quit.saved", .en, ["path": folder + "/.local/share/amo-dossier/draft.json"])))
        #expect(!output.contains("\u{1B}"), "plain mode sends no escape sequence, even to a capable terminal")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/.local/share/amo-dossier/draft.json")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
