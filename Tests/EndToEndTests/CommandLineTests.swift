import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `amo-dossier` binary run as a user or a script would: real
/// arguments, real exit codes, output parsed as JSON.
@Suite("Command line: the built binary, its subcommands, exit codes and --json")
final class CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary sits next to the test bundle in the build folder that
    /// built these tests (never another engineer's build folder).
    static func binary() throws -> String {
        var candidates = [Bundle.main.bundleURL.appendingPathComponent("amo-dossier").path,
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("amo-dossier").path]
        if let argv0 = CommandLine.arguments.first {
            candidates.append((((argv0 as NSString).deletingLastPathComponent) as NSString).appendingPathComponent("amo-dossier"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.joined(separator: ", ")])
        }
        return found
    }

    func run(_ arguments: [String], environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> Run {
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["HOME"] = env["HOME"] ?? folder
        return try Self.runBinary(arguments, environment: EditionFolders.isolate(env, under: folder))
    }

    /// Runs the built binary with exactly `environment`, `input` on a pipe
    /// (or nothing to read when nil), and collects what it printed: the one
    /// way every end-to-end test of the command line runs it.
    /// `user`: run as that account (`setpriv`) instead of root.
    static func runBinary(_ arguments: [String], environment: [String: String], input: String? = nil,
                          as user: ThrowAwayUser? = nil) throws -> Run {
        try EditionFolders.requireIsolated(environment)
        return try ToolRun.run([try binary()] + arguments, environment: environment, input: input, as: user)
    }

    let folder: String

    init() {
        folder = NSTemporaryDirectory() + "amo-dossier-cli-" + UUID().uuidString
        mkdir(folder, 0o700)
        chmod(folder, 0o700)
    }

    /// A dossier complete on 2026-02-01: first act 2026-01-10, one doctor
    /// and one pharmacy (with its INPE), every original they need ticked.
    static func completeDossier(name: String = "Youssef Amrani", firstAct: String = "2026-01-10") -> Dossier {
        let first = CalendarDate(iso: firstAct)!
        return Dossier(
            createdAt: Date(timeIntervalSince1970: 1_769_900_000),
            student: Student(fullName: name, cnie: "JB45678", birthDate: CalendarDate(iso: "2004-09-30"),
                             address: "3, derb Sidi Bouloukat, Marrakech", institution: "Université Cadi Ayyad"),
            treatment: Treatment(firstActDate: first),
            practitioners: [Practitioner(name: "Dr Nadia Fassi", specialty: "ORL", inpe: "204518", date: first,
                                         fee: Money(centimes: 25_000), stampedAndSigned: true)],
            pharmacies: [PharmacyPurchase(name: "Pharmacie Menara", inpe: "771204", date: first,
                                          total: Money(centimes: 8_960), stampedAndSigned: true)],
            originals: Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true))
    }

    func save(_ dossier: Dossier, second: TimeInterval = 0) throws -> String {
        try DossierStore(folder: folder).save(dossier, language: .fr,
                                              now: Date(timeIntervalSince1970: 1_769_941_800 + second),
                                              context: .builtIn(today: .today())).jsonPath
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    /// The folder goes with the test that made it, cleaned up or not: a
    /// test that forgot left an empty 0700 folder in /tmp at every run.
    deinit { cleanUp() }

    func object(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    // MARK: deadline

    @Test("deadline prints the last mailing day and the days left; --json for scripts")
    func deadline() throws {
        defer { cleanUp() }
        let text = try run(["deadline", "--first-act", "2026-01-10", "--today", "2026-02-01", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout == "Last mailing day: 2026-03-11\n60 days after the first medical act on 2026-01-10.\n38 days left.\n")
        let json = try run(["deadline", "--first-act", "10/01/2026", "--treatment-end", "2026-02-15",
                            "--today", "2026-04-20", "--json"])
        #expect(json.status == 0)
        let result = try #require(try object(json.stdout) as? [String: Any])
        #expect(result["lastMailingDay"] as? String == "2026-04-16")
        #expect(result["basis"] as? String == "treatmentEnd")
        #expect((result["daysLeft"] as? NSNumber)?.intValue == -4)
        #expect((result["days"] as? NSNumber)?.intValue == 60, "the days of the edition in force on the first act")
    }

    /// "Today" is the local day: 26 hours apart, UTC−12 and UTC+14 are
    /// always on different days, so the days left differ by one or two.
    @Test("deadline without --today counts from the day of the machine's time zone (TZ)")
    func deadlineTodayIsLocal() throws {
        defer { cleanUp() }
        func daysLeft(_ zone: String) throws -> Int? {
            let result = try run(["deadline", "--first-act", "2026-12-01", "--json"],
                                 environment: ["LANG": "C.UTF-8", "TZ": zone])
            return (try object(result.stdout) as? [String: Any])?["daysLeft"] as? Int
        }
        let west = try #require(try daysLeft("Etc/GMT+12"))
        let east = try #require(try daysLeft("Etc/GMT-14"))
        #expect([1, 2].contains(west - east), "west \(west), east \(east)")
    }

    @Test("A bad argument gives one line naming the value and a non-zero exit",
          arguments: [
            (["deadline", "--first-act", "2026-02-30"], "2026-02-30"),
            (["deadline", "--first-act", "2026-01-10", "--today", "hier"], "hier"),
            (["deadline", "--first-act", "2026-01-10", "--treatment-end", "2026-01-01"], "2026-01-01"),
            (["deadline", "--first-act", "2026-02-02", "--today", "2026-02-01"], "2026-02-02"),
            (["address", "--lang", "klingon"], "klingon"),
            (["list", "--sheet", "optical"], "optical"),
            (["check", "--today", "2025-13-01", "x.json"], "2025-13-01"),
          ])
    func badArguments(arguments: [String], value: String) throws {
        defer { cleanUp() }
        // --dir where it means something (elsewhere it is refused: CommandLineNewcomerTests).
        let result = try run(arguments + (["list", "check"].contains(arguments[0]) ? ["--dir", folder] : []))
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.dropLast().split(separator: "\n").count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.contains(value))
    }

    @Test("Errors speak the language of the environment")
    func errorLanguage() throws {
        defer { cleanUp() }
        let fr = try run(["deadline", "--first-act", "2026-02-30"], environment: ["LANG": "fr_MA.UTF-8"])
        #expect(fr.stderr == "amo-dossier: --first-act : le jour « 2026-02-30 » n'existe pas\n")
        let ar = try run(["deadline", "--first-act", "2026-02-30"], environment: ["LC_ALL": "ar_MA.UTF-8"])
        #expect(ar.stderr.contains("غير موجود"))
    }

    // MARK: check

    @Test("check: exit 0 when every file is complete")
    func checkComplete() throws {
        defer { cleanUp() }
        let a = try save(Self.completeDossier())
        let b = try save(Self.completeDossier(name: "Salma Berrada"), second: 1)
        let result = try run(["check", a, b, "--today", "2026-02-01", "--json"])
        #expect(result.status == 0)
        let list = try #require(try object(result.stdout) as? [[String: Any]])
        #expect(list.map { $0["file"] as? String } == [a, b])
        #expect(list.allSatisfy { $0["complete"] as? Bool == true && ($0["problems"] as? [Any])?.isEmpty == true })
        #expect(list.allSatisfy { $0["lastMailingDay"] as? String == "2026-03-11" })
        let text = try run(["check", a, "--today", "2026-02-01", "--lang", "fr"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("\(a) : complet\n"))
    }

    @Test("check: exit 1 when a file has problems, each with code, path and message; late counts")
    func checkProblems() throws {
        defer { cleanUp() }
        var missing = Self.completeDossier()
        missing.originals.prescription = false
        let a = try save(missing)
        let result = try run(["check", a, "--today", "2026-02-01", "--json", "--lang", "en"])
        #expect(result.status == 1)
        let list = try #require(try object(result.stdout) as? [[String: Any]])
        #expect(list[0]["complete"] as? Bool == false)
        let problems = try #require(list[0]["problems"] as? [[String: String]])
        #expect(problems.map { $0["code"] } == ["original.missing.prescription"])
        #expect(problems[0]["path"] == "originals.prescription")
        #expect(problems[0]["message"]?.isEmpty == false)

        let complete = try save(Self.completeDossier(), second: 1)
        let late = try run(["check", complete, "--today", "2026-03-12", "--lang", "en"])
        #expect(late.status == 1, "the day after the last mailing day")
        #expect(late.stdout.contains("lastMailingDay: "))
        #expect(try run(["check", complete, "--today", "2026-03-11"]).status == 0, "the last day itself is in time")
    }

    @Test("check: warnings only are complete and exit 0, each problem with its severity; an error exits 1")
    func checkWarnings() throws {
        defer { cleanUp() }
        var warned = Self.completeDossier()
        warned.pharmacies[0].inpe = ""
        warned.student.email = "youssef.example.ma"
        let a = try save(warned)
        let result = try run(["check", a, "--today", "2026-02-01", "--json", "--lang", "en"])
        #expect(result.status == 0, "\(result.stdout)")
        let list = try #require(try object(result.stdout) as? [[String: Any]])
        #expect(list[0]["complete"] as? Bool == true)
        let problems = try #require(list[0]["problems"] as? [[String: String]])
        #expect(problems.map { "\($0["severity"] ?? "")/\($0["code"] ?? "")@\($0["path"] ?? "")" } == [
            "warning/email.format@student.email", "warning/inpe.missingPharmacist@pharmacies[0].inpe",
        ])
        var both = warned
        both.originals.medicineSerialNumbers = false
        let b = try save(both, second: 1)
        let failed = try run(["check", a, b, "--today", "2026-02-01", "--lang", "en"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("\(a): complete, 2 warnings\n"))
        #expect(failed.stdout.contains("\(b): 1 problem, 2 warnings\n  originals.medicineSerialNumbers: "))
        #expect(failed.stdout.contains("  student.email (warning): "))
    }

    @Test("check: an amount below zero or finer than a centime in a file is the dossier's error (exit 1), at its path")
    func checkAmountsInAFile() throws {
        defer { cleanUp() }
        let good = try save(Self.completeDossier())
        let text = try String(contentsOfFile: good, encoding: .utf8)
        for (amount, code) in [("-89.6", "amount.negative"), ("89.605", "amount.decimals")] {
            let odd = folder + "/odd-\(code).json"
            let changed = text.replacingOccurrences(of: "\"total\" : 89.6", with: "\"total\" : \(amount)")
            #expect(changed != text)
            try changed.write(toFile: odd, atomically: false, encoding: .utf8)
            let result = try run(["check", odd, "--today", "2026-02-01", "--json", "--lang", "en"])
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            let list = try #require(try object(result.stdout) as? [[String: Any]])
            let problems = try #require(list[0]["problems"] as? [[String: String]])
            #expect(problems.map { "\($0["code"] ?? "")@\($0["path"] ?? "")" } == ["\(code)@pharmacies[0].total"])
            #expect(problems[0]["severity"] == "error")
            #expect(try String(contentsOfFile: odd, encoding: .utf8) == changed, "the file is left as it was")
        }
    }

    @Test("check: exit 2 when a file is not a dossier; the file and the place are named and the file is untouched")
    func checkUnreadable() throws {
        defer { cleanUp() }
        let good = try save(Self.completeDossier())
        var text = try String(contentsOfFile: good, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"birthDate\" : \"2004-09-30\"", with: "\"birthDate\" : 20040930")
        let wrongType = folder + "/wrong-type.json"
        try text.write(toFile: wrongType, atomically: false, encoding: .utf8)
        let truncated = folder + "/truncated.json"
        try Data(text.utf8.prefix(200)).write(to: URL(fileURLWithPath: truncated))
        let before = try Data(contentsOf: URL(fileURLWithPath: wrongType))

        let result = try run(["check", good, wrongType, truncated, "--today", "2026-02-01", "--json", "--lang", "en"])
        #expect(result.status == 2)
        let list = try #require(try object(result.stdout) as? [[String: Any]])
        #expect(list.count == 3)
        let wrong = try #require((list[1]["problems"] as? [[String: String]])?.first)
        #expect(wrong["code"] == "load.wrongType")
        #expect(wrong["path"] == "student.birthDate")
        #expect(wrong["message"]?.contains(wrongType) == true)
        #expect(list[1]["lastMailingDay"] is NSNull)
        #expect((list[2]["problems"] as? [[String: String]])?.first?["code"] == "load.notJSON")
        #expect(try Data(contentsOf: URL(fileURLWithPath: wrongType)) == before)

        let plain = try run(["check", wrongType, "--lang", "en"])
        #expect(plain.status == 2)
        #expect(plain.stdout.contains("\(wrongType), at student.birthDate: value of the wrong type"))
    }

    // MARK: address and list

    @Test("address: the CNOPS block in French, Arabic, English")
    func address() throws {
        defer { cleanUp() }
        let fr = try run(["address", "--lang", "fr"])
        #expect(fr.status == 0)
        #expect(fr.stdout.hasPrefix("CNOPS — Caisse Nationale des Organismes de Prévoyance Sociale\n8-10, rue Al Khalil — B.P. 912\nRabat\n\n"))
        // The edition's notice follows the block: the AMO is moving to CNSS.
        #expect(fr.stdout.contains("CNSS") && fr.stdout.contains("www.cnops.org.ma"))
        let ar = try run(["address"], environment: ["LANG": "ar_MA.UTF-8"])
        #expect(ar.stdout.hasPrefix("الصندوق الوطني لمنظمات الاحتياط الاجتماعي\n10-8 زنقة الخليل، ص.ب 912\nالرباط\n\n"))
        #expect(ar.stdout.contains("CNSS") && ar.stdout.contains("تحقق من العنوان"))
    }

    @Test("list --dir: most urgent first, unreadable files named on standard error (exit 2) and left as they are")
    func list() throws {
        defer { cleanUp() }
        _ = try save(Self.completeDossier(name: "Later Student", firstAct: "2026-01-20"))
        _ = try save(Self.completeDossier(name: "Sooner Student", firstAct: "2026-01-05"), second: 1)
        let broken = folder + "/broken.json"
        try Data("{\"schemaVersion\": 1,".utf8).write(to: URL(fileURLWithPath: broken))
        let result = try run(["list", "--dir", folder, "--today", "2026-02-01", "--lang", "en"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("ready   2026-03-06  33 "))
        #expect(lines[1].contains("Sooner Student") && lines[1].contains("JB45678") && lines[1].contains("339.60 DH"))
        #expect(lines[2].hasPrefix("ready   2026-03-21  48 ") && lines[2].contains("Later Student"))
        #expect(result.stderr.hasPrefix("Unreadable, left as it is: \(broken)"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == "{\"schemaVersion\": 1,")
    }

    @Test("list without --dir reads $XDG_DATA_HOME/amo-dossier/dossiers")
    func listDefaultFolder() throws {
        defer { cleanUp() }
        let result = try run(["list", "--lang", "en"], environment: ["XDG_DATA_HOME": folder, "LANG": "C"])
        #expect(result.status == 0)
        #expect(result.stdout == "No saved dossier in \(folder)/amo-dossier/dossiers\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/amo-dossier"), "listing creates nothing")
    }

    @Test("An unknown subcommand is refused with a non-zero exit")
    func unknownSubcommand() throws {
        defer { cleanUp() }
        let result = try run(["send"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("send"))
    }
}
