import Foundation
import Testing
@testable import DossierCore

/// What a coverage officer's morning asked of the register: a table that
/// fits the terminal, one registered-mail number on two dossiers flagged,
/// the day's register (`--saved-on`, `--mailed-on`), an export a
/// spreadsheet cannot be made to run.
@Suite("The officer's morning: a table that fits, one tracking number twice, the day's register, inert CSV")
struct RegisterDeskTests {
    typealias R = RegisterTests

    /// Ten walk-ins with long names and long file names.
    static func morning() -> [DossierListing] {
        (0..<10).map { i in
            R.listing("2026-02-01-etudiant-\(i)-a1b2c3d4", R.dossier("Fatima-Zahra Bennani El Alaoui \(i)", cnie: "JB45678\(i)"))
        }
    }

    @Test("On a terminal every row fits its width: 80 and 40 columns, cut with …; to a pipe the rows are whole")
    func fitsTheTerminal() {
        let report = R.report(Self.morning())
        let whole = report.text(.en, folder: "/d").split(separator: "\n")
        #expect(whole.contains { $0.count > 80 }, "the whole rows are wider than 80: the test means something")
        #expect(whole.contains { $0.contains("Fatima-Zahra Bennani El Alaoui 3") && $0.hasSuffix("-a1b2c3d4.json") })
        for width in [80, 60, 40] {
            let lines = report.text(.en, folder: "/d", width: width).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast()
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines.filter { $0.count > width })")
            // Each dossier's file is still there whole, on its row or on its own line.
            for i in 0..<10 {
                #expect(lines.contains { $0.contains("2026-02-01-etudiant-\(i)-a1b2c3d4.json") }, "\(width): file \(i)")
            }
        }
        let at80 = report.text(.en, folder: "/d", width: 80)
        #expect(at80.contains("…"), "the name is cut, not wrapped")
        #expect(at80.contains("JB456783"), "the CNIE is whole at 80 columns")
        // A wide character counts two cells.
        let wide = R.report([R.listing("w", R.dossier(String(repeating: "漢", count: 30)))])
        let measure = { (text: String) in text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x4E00 && $1.value <= 0x9FFF ? 2 : 1) } }
        let lines = wide.text(.en, folder: "/d", width: 60, measure: measure).split(separator: "\n")
        #expect(lines.allSatisfy { measure(String($0)) <= 60 }, "\(lines)")
    }

    @Test("The table names the sheet in the reader's words and counts copies with plural forms")
    func sheetAndCopiesInWords() {
        var dental = R.dossier("Amina A")
        dental.sheet = .dental
        let report = R.report([R.listing("a", dental), R.listing("a-2", dental), R.listing("a-3", dental)])
        #expect(report.text(.fr, folder: "/d").contains(" dentaire "))
        #expect(report.text(.ar, folder: "/d").contains(" الأسنان "))
        #expect(report.text(.en, folder: "/d").contains("+2 copies"))
        #expect(report.text(.fr, folder: "/d").contains("+2 copies"))
        #expect(!report.text(.fr, folder: "/d").contains(" dental "))
        #expect(tr("register.copiesCell", .en, ["file": "a.json", "count": "1"]) == "a.json +1 copy")
    }

    @Test("Two dossiers with one registered-mail number are flagged in list, each naming the other's file; copies are not")
    func sameTracking() throws {
        var a = R.dossier("Amina A")
        a.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-20"), trackingNumber: "RR123456785MA")
        var b = R.dossier("Bouchra B")
        b.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-21"), trackingNumber: "RR123456785MA")
        var c = R.dossier("Chaima C")
        c.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-21"), trackingNumber: "RR000316760MA")
        let report = R.report([R.listing("a", a), R.listing("a-copy", a), R.listing("b", b), R.listing("c", c)])
        let byName = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.dossier.student.fullName, $0) })
        #expect(byName["Amina A"]?.sameTracking == ["/d/b.json"])
        #expect(byName["Bouchra B"]?.sameTracking.count == 1)
        #expect(byName["Chaima C"]?.sameTracking == [])
        let text = report.text(.en, folder: "/d")
        let notes = text.split(separator: "\n").filter { $0.hasPrefix("Beware: one registered-mail number") }
        #expect(notes.count == 1, "one note per number: \(text)")
        #expect(notes.first?.contains("RR123456785MA") == true && notes.first?.contains("b.json") == true, "\(text)")
        #expect(!text.contains("c.json;") && !text.contains("RR000316760MA on"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [[String: Any]])
        let bouchra = try #require(json.first { $0["name"] as? String == "Bouchra B" })
        #expect((bouchra["sameTracking"] as? [String])?.count == 1)
    }

    @Test("--saved-on keeps the dossiers saved that day (the day's register), --mailed-on those mailed that day")
    func theDaysRegister() throws {
        let zone = TimeZone.current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = try #require(calendar.date(from: DateComponents(year: 2026, month: 2, day: 1, hour: 10)))
        let yesterday = try #require(calendar.date(from: DateComponents(year: 2026, month: 1, day: 31, hour: 23, minute: 30)))
        var typed = R.dossier("Typed Today")
        typed.updatedAt = today
        var old = R.dossier("Typed Yesterday")
        old.updatedAt = yesterday
        var posted = R.dossier("Posted Today")
        posted.updatedAt = today
        posted.mailing = Mailing(mailedOn: StoreFixtures.day("2026-02-01"))
        var postedBefore = R.dossier("Posted Before")
        postedBefore.updatedAt = yesterday
        postedBefore.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-30"))
        let all = [R.listing("t", typed), R.listing("y", old), R.listing("p", posted), R.listing("q", postedBefore)]
        func names(_ filter: RegisterFilter) -> Set<String> {
            Set(R.report(all, filter).rows.map(\.dossier.student.fullName))
        }
        let day = StoreFixtures.day("2026-02-01")
        #expect(names(RegisterFilter(savedOn: day)) == ["Typed Today", "Posted Today"])
        #expect(names(RegisterFilter(savedOn: StoreFixtures.day("2026-01-31"))) == ["Typed Yesterday", "Posted Before"])
        #expect(names(RegisterFilter(mailedOn: day)) == ["Posted Today"])
        #expect(names(RegisterFilter(status: .ready, savedOn: day)) == ["Typed Today"])
        #expect(!RegisterFilter(savedOn: day).isEmpty && !RegisterFilter(mailedOn: day).isEmpty)
        #expect(CommandLineValue.day("today", option: "--saved-on", today: day) == .success(day))
        #expect(CommandLineValue.day(" Today ", option: "--saved-on", today: day) == .success(day))
        #expect(CommandLineValue.day("01/02/2026", option: "--saved-on", today: StoreFixtures.day("2026-03-01")) == .success(day))
        guard case .failure(let error) = CommandLineValue.day("yesterday", option: "--saved-on", today: day) else {
            Issue.record("accepted"); return
        }
        #expect(error.message(.en).contains("--saved-on"))
    }

    @Test("CSV: a cell from a file starting with = + - @, a tab or CR starts with ' (no formula runs); our numbers are left alone")
    func inertCSV() {
        for (typed, shown) in [("=HYPERLINK(\"http://x\";\"y\")", "'=HYPERLINK"), ("+212600", "'+212600"), ("-1+1", "'-1+1"),
                               ("@SUM(A1)", "'@SUM(A1)")] {
            let report = R.report([R.listing("a", R.dossier(typed, cnie: "JB45678"))])
            let row = RegisterTests.parseCSV(report.csv())[1]
            #expect(row[2].hasPrefix(shown), "\(typed) → \(row[2])")
        }
        #expect(DossierListReport.inert("\tx") == "'\tx")
        #expect(DossierListReport.inert("\rx") == "'\rx")
        #expect(DossierListReport.inert("Élodie") == "Élodie")
        #expect(DossierListReport.inert("") == "")
        // A late dossier's negative days left stay a number.
        let late = R.report([R.listing("c", R.dossier("Late", firstAct: "2025-11-20"))])
        let row = RegisterTests.parseCSV(late.csv())[1]
        #expect(row[7] == "-13")
        #expect(late.json().contains("\"name\" : \"Late\"") || late.json().contains("\"name\":\"Late\""))
    }

    @Test("--json written by hand reads back as the same values, escapes included; sorted keys as the other reports")
    func handWrittenJSON() throws {
        let tricky = "a\"b\\c\td\u{1}e\u{7F}\u{202E}f漢😀/g"
        let text = DossierListReport.jsonString(tricky)
        let back = try JSONSerialization.jsonObject(with: Data(("[" + text + "]").utf8)) as? [String]
        #expect(back == [tricky])
        #expect(!text.unicodeScalars.contains { TerminalText.steers($0) }, "nothing raw that steers a terminal")
        var mailed = R.dossier("Élodie \"Eli\" Benali")
        mailed.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-20"), trackingNumber: "RR123456785MA")
        let report = R.report([R.listing("a", mailed), R.listing("a2", mailed), R.listing("b", R.dossier("Other"))])
        let json = report.json()
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        let eli = try #require(rows.first { ($0["name"] as? String)?.contains("Eli") == true })
        #expect(eli["name"] as? String == "Élodie \"Eli\" Benali")
        #expect((eli["total"] as? NSNumber)?.doubleValue == 842.9)
        #expect(eli["copies"] as? [String] == ["/d/a2.json"] || eli["copies"] as? [String] == ["/d/a.json"])
        #expect(eli["lastMailingDay"] as? String == "2026-03-11")
        #expect(eli["daysLeft"] is NSNull)
        let keys = json.split(separator: "\n").prefix(while: { !$0.hasPrefix("  }") }).compactMap { line -> String? in
            guard line.hasPrefix("    \"") else { return nil }
            return String(line.dropFirst(5).prefix { $0 != "\"" })
        }
        #expect(keys == DossierListReport.columns.sorted())
    }

    @Test("mailed with a number another dossier of the folder already has: recorded, with a warning naming that file")
    func mailedSameTracking() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let context = DossierContext.builtIn(today: R.today)
        let encoder = DossierJSON.encoder(rules: .builtIn)
        var first = R.dossier("Amina A")
        first.mailing = Mailing(mailedOn: StoreFixtures.day("2026-01-20"), trackingNumber: "RR123456785MA")
        try encoder.encode(first).write(to: URL(fileURLWithPath: folder + "/a.json"))
        try encoder.encode(first).write(to: URL(fileURLWithPath: folder + "/a-copy.json"))
        try encoder.encode(R.dossier("Bouchra B")).write(to: URL(fileURLWithPath: folder + "/b.json"))
        try encoder.encode(R.dossier("Chaima C")).write(to: URL(fileURLWithPath: folder + "/c.json"))
        let same = Mailing(mailedOn: StoreFixtures.day("2026-01-25"), trackingNumber: "rr123456785ma")
        let report = FollowUpReport(.mailing(same), files: [folder + "/b.json"], language: .en, now: Date(), context: context)
        #expect(report.exitCode == 0, "\(report.errors)")
        #expect(report.errors.count == 1, "\(report.errors)")
        #expect(report.errors.first?.contains("is already that of \(folder)/a-copy.json, \(folder)/a.json;") == true,
                "one warning for the dossier, naming its copies: \(report.errors)")
        #expect(try DossierStore(folder: folder).load(path: folder + "/b.json").mailing?.trackingNumber == "RR123456785MA")
        // The copy of the first one marked again is no mistake, nor another number.
        let again = FollowUpReport(.mailing(first.mailing!), files: [folder + "/a.json"], language: .fr, now: Date(), context: context)
        #expect(again.errors.filter { $0.contains("a-copy") }.isEmpty, "\(again.errors)")
        #expect(again.errors.count == 1 && again.errors[0].contains("b.json"), "\(again.errors)")
        let other = FollowUpReport(.mailing(Mailing(mailedOn: StoreFixtures.day("2026-01-25"), trackingNumber: "RR000316760MA")),
                                   files: [folder + "/c.json"], language: .en, now: Date(), context: context)
        #expect(other.errors.isEmpty, "\(other.errors)")
    }
}
