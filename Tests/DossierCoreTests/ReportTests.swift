import Foundation
import Testing
@testable import DossierCore

@Suite("Command-line reports: deadline, check, address, list, argument values")
struct ReportTests {
    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    // MARK: argument values

    @Test("Dates: ISO or DD/MM/YYYY; an impossible day and a non-date are told apart and named")
    func dateArguments() throws {
        #expect(try CommandLineValue.date("2026-01-10", option: "--first-act").get() == StoreFixtures.day("2026-01-10"))
        #expect(try CommandLineValue.date("10/01/2026", option: "--first-act").get() == StoreFixtures.day("2026-01-10"))
        #expect(try CommandLineValue.date("29/02/2028", option: "--today").get() == StoreFixtures.day("2028-02-29"))
        let impossible = CommandLineError(key: "arg.date.impossible", arguments: ["option": "--first-act", "value": "2026-02-30"])
        #expect(CommandLineValue.date("2026-02-30", option: "--first-act") == .failure(impossible))
        #expect(impossible.message(.en) == "--first-act: the day \"2026-02-30\" does not exist")
        guard case .failure(let format) = CommandLineValue.date("tomorrow", option: "--today") else {
            Issue.record("accepted tomorrow"); return
        }
        #expect(format.key == "arg.date.format")
        for language in Language.allCases {
            #expect(format.message(language).contains("tomorrow"))
            #expect(!format.message(language).contains("\n"))
        }
    }

    @Test("Language: fr, ar, en (any case); default from the environment; anything else named")
    func languageArguments() throws {
        #expect(try CommandLineValue.language("AR", environment: [:]).get() == .ar)
        #expect(try CommandLineValue.language(nil, environment: ["LANG": "en_US.UTF-8"]).get() == .en)
        #expect(try CommandLineValue.language(nil, environment: [:]).get() == .fr)
        guard case .failure(let error) = CommandLineValue.language("de", environment: [:]) else {
            Issue.record("accepted de"); return
        }
        #expect(error.message(.fr) == "--lang : « de » n'est pas une langue proposée (fr, ar, en)")
    }

    @Test("Sheet: the three ids; an unknown sheet named")
    func sheetArguments() throws {
        #expect(try CommandLineValue.sheet("dental").get() == .dental)
        guard case .failure(let error) = CommandLineValue.sheet("optical") else { Issue.record("accepted optical"); return }
        #expect(error.message(.en).contains("\"optical\""))
    }

    // MARK: deadline

    @Test("Deadline from the first act: 2026-01-10 → 2026-03-11, days left counted from today")
    func deadlineFirstAct() throws {
        let report = try DeadlineReport(firstAct: StoreFixtures.day("2026-01-10"), treatmentEnd: nil,
                                        today: StoreFixtures.day("2026-03-01"))
        #expect(report.daysLeft == 10)
        let object = try #require(try json(report.json()) as? [String: Any])
        #expect(object["lastMailingDay"] as? String == "2026-03-11")
        #expect(object["basis"] as? String == "firstAct")
        #expect((object["daysLeft"] as? NSNumber)?.intValue == 10)
        // The days of the edition in force on the first act.
        #expect((object["days"] as? NSNumber)?.intValue == 60)
        #expect(object.count == 4)
        #expect(report.text(.en) == "Last mailing day: 2026-03-11\n60 days after the first medical act on 2026-01-10.\n10 days left.\n")
    }

    @Test("Deadline of a continuous treatment runs from its end; across a leap day")
    func deadlineTreatmentEnd() throws {
        let report = try DeadlineReport(firstAct: StoreFixtures.day("2027-12-01"), treatmentEnd: StoreFixtures.day("2028-01-15"),
                                        today: StoreFixtures.day("2028-03-20"))
        let object = try #require(try json(report.json()) as? [String: Any])
        #expect(object["lastMailingDay"] as? String == "2028-03-15")
        #expect(object["basis"] as? String == "treatmentEnd")
        #expect((object["daysLeft"] as? NSNumber)?.intValue == -5)
        #expect((object["days"] as? NSNumber)?.intValue == 60)
        #expect(report.text(.fr).contains("Délai dépassé de 5 jours."))
    }

    @Test("A treatment that ends before its first act is refused, naming the date")
    func deadlineEndBeforeStart() {
        #expect(throws: CommandLineError(key: "arg.endBeforeFirstAct", arguments: ["value": "2026-01-09", "firstAct": "2026-01-10"])) {
            try DeadlineReport(firstAct: StoreFixtures.day("2026-01-10"), treatmentEnd: StoreFixtures.day("2026-01-09"),
                               today: StoreFixtures.day("2026-01-10"))
        }
    }

    @Test("A first act after today is refused in one line, as check refuses it; today itself is fine")
    func deadlineFirstActInFuture() throws {
        let today = StoreFixtures.day("2026-03-01")
        let error = CommandLineError(key: "arg.firstActFuture", arguments: ["value": "2026-03-02", "today": "2026-03-01"])
        #expect(throws: error) {
            try DeadlineReport(firstAct: today.adding(days: 1), treatmentEnd: nil, today: today)
        }
        for language in Language.allCases {
            let message = error.message(language)
            #expect(message.contains("2026-03-02") && message.contains("--first-act") && !message.contains("\n"))
        }
        #expect(try DeadlineReport(firstAct: today, treatmentEnd: nil, today: today).daysLeft == 60)
    }

    // MARK: check

    func withFiles(_ body: (String, DossierStore) throws -> Void) throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        try body(folder, DossierStore(folder: folder))
    }

    @Test("check: 0 when every file is complete")
    func checkComplete() throws {
        try withFiles { _, store in
            let saved = try store.save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
            let report = CheckReport(files: [saved.jsonPath], today: StoreFixtures.today)
            #expect(report.exitCode == 0)
            let list = try #require(try json(report.json(.en)) as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list[0]["file"] as? String == saved.jsonPath)
            #expect(list[0]["complete"] as? Bool == true)
            #expect((list[0]["problems"] as? [Any])?.isEmpty == true)
            #expect(list[0]["lastMailingDay"] as? String == "2026-03-11")
            #expect(report.text(.en).hasPrefix("\(saved.jsonPath): complete\n"))
        }
    }

    @Test("check: 1 when a file has problems, each with code, path and message")
    func checkProblems() throws {
        try withFiles { _, store in
            var dossier = StoreFixtures.complete()
            dossier.originals.prescription = false
            dossier.practitioners[0].inpe = "12A"
            let good = try store.save(StoreFixtures.complete(), language: .fr, now: StoreFixtures.now)
            let bad = try store.save(dossier, language: .fr, now: StoreFixtures.now)
            let report = CheckReport(files: [good.jsonPath, bad.jsonPath], today: StoreFixtures.today)
            #expect(report.exitCode == 1)
            let list = try #require(try json(report.json(.fr)) as? [[String: Any]])
            #expect(list.map { $0["complete"] as? Bool } == [true, false])
            let problems = try #require(list[1]["problems"] as? [[String: String]])
            #expect(problems.contains { $0["code"] == "inpe.digits" && $0["path"] == "practitioners[0].inpe" })
            #expect(problems.contains { $0["code"] == "original.missing.prescription" && $0["path"] == "originals.prescription" })
            #expect(problems.allSatisfy { ($0["message"] ?? "").isEmpty == false && !($0["message"] ?? "").hasPrefix("problem.") })
            let text = report.text(.en)
            #expect(text.contains("\(bad.jsonPath): 2 problems"))
            #expect(text.contains("  practitioners[0].inpe: "))
        }
    }

    @Test("check: 2 when a file cannot be read, even beside files with problems; the file is named, null deadline")
    func checkUnreadable() throws {
        try withFiles { folder, store in
            var dossier = StoreFixtures.complete()
            dossier.student.fullName = ""
            let bad = try store.save(dossier, language: .fr, now: StoreFixtures.now)
            let broken = folder + "/broken.json"
            try Data(#"{"schemaVersion": 3}"#.utf8).write(to: URL(fileURLWithPath: broken))
            let report = CheckReport(files: [bad.jsonPath, broken, folder + "/missing.json"], today: StoreFixtures.today)
            #expect(report.exitCode == 2)
            let list = try #require(try json(report.json(.en)) as? [[String: Any]])
            #expect(list.count == 3)
            #expect(list[1]["complete"] as? Bool == false)
            #expect(list[1]["lastMailingDay"] is NSNull)
            let problems = try #require(list[1]["problems"] as? [[String: String]])
            #expect(problems == [["code": "load.unsupportedVersion", "path": "schemaVersion", "severity": "error",
                                  "message": "\(broken), at schemaVersion: schemaVersion 3 is not read by this program (it reads versions 1–2)"]])
            #expect((list[2]["problems"] as? [[String: String]])?.first?["code"] == "load.unreadable")
            #expect(try String(contentsOfFile: broken, encoding: .utf8) == #"{"schemaVersion": 3}"#)
        }
    }

    @Test("check of an empty list of files is complete (nothing to fix)")
    func checkNothing() {
        #expect(CheckReport(files: [], today: StoreFixtures.today).exitCode == 0)
    }

    // MARK: address

    @Test("address: the reference data's lines, then the edition's notice, in the chosen language",
          arguments: Language.allCases)
    func address(language: Language) throws {
        let text = AddressBlock.text(language)
        let notice = try #require(ReferenceData.shared.notice).text(language)
        #expect(text == (ReferenceData.shared.addressLines(language) + ["", notice]).joined(separator: "\n") + "\n")
        #expect(text.contains("912"))
        #expect(!text.contains("209"))
    }

    @Test("address in French is the domain's block, and the notice of the AMO moving to CNSS")
    func addressFrench() {
        #expect(AddressBlock.text(.fr) == """
            CNOPS — Caisse Nationale des Organismes de Prévoyance Sociale
            8-10, rue Al Khalil — B.P. 912
            Rabat

            La gestion de l'AMO passe de la CNOPS à la CNSS (projet de loi 54-23) : avant d'envoyer le dossier, \
            vérifiez l'adresse sur le site de la CNOPS (www.cnops.org.ma).

            """)
    }

    // MARK: list

    func listing(_ name: String, _ dossier: Dossier) -> DossierListing {
        DossierListing(path: "/d/\(name).json", result: .success(dossier))
    }

    func dossier(_ name: String, firstAct: String?, sheet: CareSheetKind = .ordinary) -> Dossier {
        var d = StoreFixtures.complete()
        d.id = UUID() // each its own dossier, not copies of one
        d.student.fullName = name
        d.treatment.firstActDate = firstAct.map(StoreFixtures.day)
        let first = d.treatment.firstActDate
        for i in d.practitioners.indices { d.practitioners[i].date = first }
        for i in d.pharmacies.indices { d.pharmacies[i].date = first }
        for i in d.labs.indices { d.labs[i].date = first }
        d.sheet = sheet
        return d
    }

    @Test("list: most urgent first, undated after; unreadable apart, for standard error; days left from today")
    func listOrder() {
        let broken = DossierListing(path: "/d/x.json", result: .failure(DossierLoadError(file: "/d/x.json", place: "", reason: .notJSON)))
        let report = DossierListReport(listings: [
            listing("a", dossier("Late One", firstAct: "2025-11-20")),
            broken,
            listing("b", dossier("No Date", firstAct: nil)),
            listing("c", dossier("Soon", firstAct: "2026-01-05")),
            listing("d", dossier("Later", firstAct: "2026-01-25")),
        ], today: StoreFixtures.today)
        #expect(report.rows.map(\.dossier.student.fullName) == ["Late One", "Soon", "Later", "No Date"])
        #expect(report.rows.map(\.daysLeft) == [-13, 33, 53, nil])
        #expect(report.rows.map(\.status) == [.incomplete, .ready, .ready, .incomplete], "late, complete, complete, undated")
        #expect(report.exitCode == 2)
        let lines = report.text(.en, folder: "/d").split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("Status      Last day    Days  Name"))
        #expect(lines[1] == "incomplete  2026-01-19  -13   Late One  AB123456  ordinary  842.90 DH  a.json")
        #expect(lines[2].hasPrefix("ready       2026-03-06  33    Soon "))
        #expect(lines[4].hasPrefix("incomplete  —           —     No Date"))
        #expect(report.unreadableText(.en)
                == "Unreadable, left as it is: /d/x.json: not valid JSON (truncated or damaged file); the file was not changed\n")
    }

    @Test("list --sheet keeps only that sheet; an empty folder says so")
    func listFilterAndEmpty() {
        let report = DossierListReport(listings: [
            listing("a", dossier("Ordinary", firstAct: "2026-01-05")),
            listing("b", dossier("Dental", firstAct: "2026-01-06", sheet: .dental)),
        ], today: StoreFixtures.today, sheet: .dental)
        #expect(report.rows.map(\.dossier.student.fullName) == ["Dental"])
        #expect(DossierListReport(listings: [], today: StoreFixtures.today).text(.fr, folder: "/d")
                == "Aucun dossier enregistré dans /d\n")
    }
}

@Suite("Translation tables of the command line and the summary")
struct ReportTranslationTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The values a text asks for; a plural block (`{count|one:…|other:…}`)
    /// asks for its number once, whatever its forms say in each language.
    static func placeholders(_ text: String) -> Set<String> {
        L10n.placeholders(in: text)
    }

    @Test("Every key has fr, ar and en, non-empty, with the same placeholders", arguments: ["cli.json", "summary.json", "register.json"])
    func complete(file: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Resources/l10n/\(file)"))
        let table = try JSONDecoder().decode([String: [String: String]].self, from: data)
        #expect(!table.isEmpty)
        for (key, entry) in table {
            #expect(Set(entry.keys) == ["fr", "ar", "en"], "\(key)")
            let fr = Self.placeholders(entry["fr"] ?? "")
            for language in ["ar", "en"] {
                #expect(!(entry[language] ?? "").isEmpty, "\(key).\(language)")
                #expect(Self.placeholders(entry[language] ?? "") == fr, "\(key).\(language) placeholders")
            }
            #expect(L10n.shared.table[key] == entry, "\(key): the embedded copy is not the file on disk (rebuild)")
        }
    }

    @Test("Numbers stay in Western digits in Arabic output")
    func westernDigits() {
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: StoreFixtures.complete(), language: .ar, today: StoreFixtures.today))
        #expect(text.contains("842,90 درهم"))
        #expect(!text.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) })
    }
}
