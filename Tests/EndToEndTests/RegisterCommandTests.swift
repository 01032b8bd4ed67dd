import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The officer's register with the built binary: `list` and its filters and
/// exports, copies, unreadable files, a wrong `--dir`, a failed standard
/// output; `check DIR` and `check -`.
@Suite("Register: list --find/--status/--due/--late/--json/--csv, copies, errors; check DIR and check -")
struct RegisterCommandTests {
    let cli = CommandLineTests()
    var folder: String { cli.folder }

    /// Four walk-ins on 2026-02-01: Élodie (last day 2026-03-11, 38 left),
    /// Youssef (2026-02-03, 2 left), Imane (late: 2026-01-19), and Salma,
    /// mailed on 2026-01-20 with a registered-mail number, written as the
    /// model's JSON says.
    func walkIns() throws -> [String: String] {
        var files: [String: String] = [:]
        files["elodie"] = try cli.save(Self.dossier("Élodie Benali", cnie: "JB45678"))
        files["youssef"] = try cli.save(Self.dossier("Youssef Amrani", cnie: "K112233", firstAct: "2025-12-05"), second: 1)
        files["imane"] = try cli.save(Self.dossier("Imane Tazi", cnie: "EE998877", firstAct: "2025-11-20"), second: 2)
        var salma = Self.dossier("Salma Idrissi", cnie: "AB123456", firstAct: "2026-01-05")
        salma.mailing = Mailing(mailedOn: CalendarDate(iso: "2026-01-20")!, trackingNumber: "RR123456785MA")
        files["salma"] = try cli.save(salma, second: 3)
        return files
    }

    static func dossier(_ name: String, cnie: String, firstAct: String = "2026-01-10") -> Dossier {
        var d = CommandLineTests.completeDossier(name: name, firstAct: firstAct)
        d.student.cnie = cnie
        return d
    }

    func list(_ extra: [String]) throws -> CommandLineTests.Run {
        try cli.run(["list", "--dir", folder, "--today", "2026-02-01", "--lang", "en"] + extra)
    }

    func rows(_ run: CommandLineTests.Run) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    }

    @Test("list shows status and file; --find by CNIE in any spacing or by name without accents; --status, --due, --late")
    func findAndFilters() throws {
        defer { cli.cleanUp() }
        let files = try walkIns()
        let all = try list([])
        #expect(all.status == 0, "\(all.stderr)")
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("Status      Last day    Days"))
        #expect(lines[1].hasPrefix("incomplete  2026-01-19  -13 ") && lines[1].contains("Imane Tazi"))
        #expect(lines[2].hasPrefix("ready       2026-02-03  2 ") && lines[2].hasSuffix(((files["youssef"]!) as NSString).lastPathComponent))
        #expect(lines[3].hasPrefix("ready       2026-03-11  38 ") && lines[3].contains("Élodie Benali"))
        #expect(lines[4].hasPrefix("mailed      2026-03-06  12 d ago ") && lines[4].contains("Salma Idrissi"),
                "after mailing the days since mailing count")
        func names(_ extra: [String]) throws -> [String] {
            try rows(try list(extra + ["--json"])).map { $0["name"] as? String ?? "?" }
        }
        #expect(try names(["--find", "elodie"]) == ["Élodie Benali"])
        #expect(try names(["--find", "jb 456 78"]) == ["Élodie Benali"])
        #expect(try names(["--find", "K112233"]) == ["Youssef Amrani"])
        #expect(try names(["--status", "mailed"]) == ["Salma Idrissi"])
        #expect(try names(["--status", "READY"]) == ["Youssef Amrani", "Élodie Benali"])
        #expect(try names(["--due", "7"]) == ["Youssef Amrani"], "ready or incomplete only: Salma is mailed")
        #expect(try names(["--late"]) == ["Imane Tazi"])
        #expect(try names(["--due", "7", "--late"]) == ["Imane Tazi", "Youssef Amrani"])
        let none = try list(["--find", "nobody"])
        #expect(none.status == 0 && none.stdout == "No dossier matches in \(folder) (of 4)\n")
        let bad = try list(["--status", "lost"])
        #expect(bad.status == 64 && bad.stderr.contains("--status lost: unknown status"))
        #expect(try list(["--due", "soon"]).status == 64)
        #expect(try list(["--json", "--csv"]).status == 64)
    }

    @Test("--json is one document with every column; --csv the same columns, RFC 4180 as python's csv module reads it")
    func exports() throws {
        defer { cli.cleanUp() }
        let files = try walkIns()
        let json = try rows(try list(["--json"]))
        let salma = try #require(json.first { $0["name"] as? String == "Salma Idrissi" })
        #expect(salma["file"] as? String == files["salma"])
        #expect(salma["status"] as? String == "mailed")
        #expect(salma["cnie"] as? String == "AB123456")
        #expect(salma["sheet"] as? String == "ordinary")
        #expect((salma["total"] as? NSNumber)?.doubleValue == 339.6)
        #expect(salma["lastMailingDay"] as? String == "2026-03-06")
        #expect(salma["daysLeft"] is NSNull)
        #expect((salma["daysSinceMailing"] as? NSNumber)?.intValue == 12)
        #expect(salma["mailedOn"] as? String == "2026-01-20")
        #expect(salma["trackingNumber"] as? String == "RR123456785MA")
        #expect((salma["problems"] as? NSNumber)?.intValue != nil)
        let csv = try list(["--csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("file,status,name,cnie,sheet,total,lastMailingDay,daysLeft,daysSinceMailing,mailedOn,trackingNumber,problems,copies,sameTracking,savedOn,fileIsUTF8\r\n"))
        let table = try Self.pythonCSV(csv.stdout, in: folder)
        #expect(table.count == 5)
        #expect(table.allSatisfy { $0.count == DossierListReport.columns.count })
        let row = try #require(table.first { $0[2] == "Salma Idrissi" })
        #expect(Array(row[0...10]) == [files["salma"]!, "mailed", "Salma Idrissi", "AB123456", "ordinary", "339.60",
                                       "2026-03-06", "", "12", "2026-01-20", "RR123456785MA"])
        #expect(table.dropFirst().map { $0[1] } == json.map { $0["status"] as? String ?? "" }, "the same rows in the same order")
    }

    /// What python3's csv module (strict) reads from `text`.
    static func pythonCSV(_ text: String, in folder: String) throws -> [[String]] {
        let path = folder + "/register.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
            + "    print(json.dumps(list(csv.reader(f, strict=True))))\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }

    @Test("Two files with the same id are one dossier flagged as copies, not two")
    func copies() throws {
        defer { cli.cleanUp() }
        let files = try walkIns()
        let copy = folder + "/from-usb-key.json"
        try FileManager.default.copyItem(atPath: files["elodie"]!, toPath: copy)
        let text = try list([])
        #expect(text.stdout.split(separator: "\n").count == 5 + 1, "four dossiers and one line about the copies")
        #expect(text.stdout.contains(" +1 copy\n"))
        #expect(text.stdout.contains("The same dossier (same id) in several files, shown once: "))
        let json = try rows(try list(["--json"]))
        #expect(json.count == 4)
        let elodie = try #require(json.first { $0["name"] as? String == "Élodie Benali" })
        #expect((elodie["copies"] as? [String])?.count == 1)
        #expect(Set([elodie["file"] as? String] + ((elodie["copies"] as? [String]) ?? [])) == Set([files["elodie"], copy]))
    }

    @Test("Unreadable files go to standard error and exit 2; a --dir that is missing or not a folder is an error")
    func errors() throws {
        defer { cli.cleanUp() }
        _ = try walkIns()
        let broken = folder + "/broken.json"
        try Data("{\"schemaVersion\": 2,".utf8).write(to: URL(fileURLWithPath: broken))
        let result = try list([])
        #expect(result.status == 2)
        #expect(!result.stdout.contains("broken.json") && result.stdout.split(separator: "\n").count == 5)
        #expect(result.stderr == "Unreadable, left as it is: \(broken): not valid JSON (truncated or damaged file); the file was not changed\n")
        #expect(try list(["--json"]).status == 2)
        let missing = try cli.run(["list", "--dir", folder + "/typo", "--lang", "en"])
        #expect(missing.status == 66 && missing.stdout.isEmpty)
        #expect(missing.stderr == "amo-dossier: --dir \(folder)/typo: no such folder\n")
        let file = try cli.run(["list", "--dir", broken, "--lang", "en"])
        #expect(file.status == 66 && file.stderr == "amo-dossier: --dir \(broken): not a folder\n")
    }

    @Test("A failed write to standard output is a non-zero exit: a full disk (/dev/full), a closed pipe")
    func failedOutput() throws {
        defer { cli.cleanUp() }
        _ = try walkIns()
        for format in [[], ["--csv"], ["--json"]] {
            let full = try Self.runWithOutput(FileHandle(forWritingAtPath: "/dev/full")!,
                                              [try CommandLineTests.binary(), "list", "--dir", folder, "--lang", "en"] + format,
                                              environment: cli)
            #expect(full.status == 74)
            #expect(full.stderr == "amo-dossier: Cannot write to standard output: the disk is full. What was written is incomplete.\n")
        }
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let closed = try Self.runWithOutput(pipe.fileHandleForWriting,
                                            [try CommandLineTests.binary(), "check", folder, "--json", "--lang", "en"],
                                            environment: cli)
        #expect(closed.status == 74, "\(closed.stderr)")
        #expect(closed.stderr.contains("the program reading the output has stopped"))
    }

    /// Runs `argv` with standard output on `output`; its status and standard error.
    static func runWithOutput(_ output: FileHandle, _ argv: [String], environment cli: CommandLineTests) throws -> (status: Int32, stderr: String) {
        var env = EditionFolders.isolate(["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": cli.folder], under: cli.folder)
        env["XDG_DATA_HOME"] = cli.folder + "/data"
        try EditionFolders.requireIsolated(env)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: argv[0])
        process.arguments = Array(argv.dropFirst())
        process.environment = env
        let err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = err
        try process.run()
        try output.close()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test("check DIR checks every dossier of the folder; check - the names on standard input; one JSON document")
    func checkFolderAndInput() throws {
        defer { cli.cleanUp() }
        let files = try walkIns()
        let folderRun = try cli.run(["check", folder, "--today", "2026-02-01", "--json", "--lang", "en"])
        #expect(folderRun.status == 1, "Imane is late")
        let checked = try rows(folderRun)
        #expect(checked.map { $0["file"] as? String ?? "" } == files.values.sorted())
        let names = [files["elodie"]!, files["youssef"]!].joined(separator: "\n") + "\n"
        let input = try CommandLineTests.runBinary(["check", "-", "--today", "2026-02-01", "--json"],
                                                   environment: EditionFolders.isolate(
                                                       ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": folder], under: folder),
                                                   input: names)
        #expect(input.status == 0, "\(input.stderr)")
        #expect(try rows(input).map { $0["file"] as? String ?? "" } == [files["elodie"]!, files["youssef"]!])
        // Options after the files, and -- before a file that starts with a dash.
        let dash = folder + "/-odd.json"
        try FileManager.default.copyItem(atPath: files["elodie"]!, toPath: dash)
        let mixed = try cli.run(["check", files["elodie"]!, "--today", "2026-02-01", "--", dash])
        #expect(mixed.status == 0, "\(mixed.stderr)")
    }

    @Test("check takes 20 000 files in time that grows with their number, not its square, in one JSON document")
    func manyFiles() throws {
        defer { cli.cleanUp() }
        // Files that do not exist cost no reading: what is timed is the command line and the report.
        func run(_ count: Int) throws -> (seconds: Double, entries: Int) {
            let files = (0..<count).map { "m\($0).json" }
            let start = Date()
            let result = try cli.run(["check", "--json", "--lang", "en"] + files)
            let seconds = Date().timeIntervalSince(start)
            #expect(result.status == 2)
            return (seconds, try rows(result).count)
        }
        let small = try run(2_000)
        let large = try run(20_000)
        #expect(small.entries == 2_000 && large.entries == 20_000)
        // Linear: ten times the files, about ten times the time (quadratic would be a hundred).
        #expect(large.seconds < max(1, small.seconds) * 30, "2 000 files: \(small.seconds) s, 20 000: \(large.seconds) s")
    }

    @Test("list of dossiers holding a 900 KB name writes a bounded line per dossier")
    func boundedCells() throws {
        defer { cli.cleanUp() }
        let huge = String(repeating: "Benali ", count: 900_000 / 7)
        for i in 0..<3 {
            _ = try cli.save(Self.dossier(huge, cnie: "JB4567\(i)"), second: TimeInterval(i))
        }
        for format in [[], ["--csv"], ["--json"]] {
            let result = try list(format)
            #expect(result.stdout.utf8.count < 3 * 1_200, "\(format): \(result.stdout.utf8.count) bytes")
            #expect(result.stdout.contains("Benali…") || result.stdout.contains("…"), "cut with an ellipsis")
        }
    }
}
