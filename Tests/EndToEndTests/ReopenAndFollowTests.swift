import DossierCore
import Foundation
import Testing

/// Issue 12's way of a dossier after F10, in the built program: typed and
/// saved, reopened with `open`, a typo fixed and saved into the same file
/// (its summary written again), marked mailed with a registered-mail
/// number on the Done screen, then reimbursed from the command line.
@Suite("Reopen and follow end to end: open, fix, save in place, mailed, reimbursed",
       .enabled(if: TmuxSession.isAvailable))
struct ReopenAndFollowTests {
    @Test("A dental dossier typed with a typo, reopened, fixed, saved in place, mailed with a tracking number, reimbursed")
    func wholeWay() throws {
        let world = try PrivateWorld()
        let care = TypedData.daysAgo(3)
        var student = WizardDossierTests.student
        student.fullName = "Youssef El Idirssi"
        student.rib = nil

        // Typed and saved.
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.answer(["sheet": "3"])
        try WizardDossierTests.typeStudent(t, student)
        try t.answer(["treatment.firstActDate": care.typed, "treatment.continuous": "n"])
        try t.addEntry(on: "Dentists")
        try t.answer(["dentists.name": "Dr Leila Amrani", "dentists.inpe": "24680",
                      "dentists.ice": TypedData.ice("0015263748000"), "dentists.date": care.typed,
                      "dentists.amount": "600", "dentists.stampedAndSigned": "y"])
        try t.continueFromList("Dentists", to: "Originals to attach")
        try t.tickAllOriginals()
        try t.press("Enter")
        try t.waitFor("· Review")
        try t.press("F10")
        try WizardDossierTests.finish(t)
        let first = try WizardDossierTests.checkSavedFiles(world)
        let json = world.savedDossiers()[0]
        let summaryPath = String(json.dropLast(5)) + ".txt"
        #expect(try String(contentsOfFile: summaryPath, encoding: .utf8).contains("Youssef El Idirssi"))
        // A second apart at least, so that updatedAt can be seen to change.
        Thread.sleep(forTimeInterval: 1.1)

        // Reopened at its review; the typo fixed on the student screen.
        let o = try TmuxSession(command: [try CommandLineTests.binary(), "open", json, "--dir", world.dossiers, "--lang", "en"],
                                environment: world.environment(), width: 80, height: 24)
        defer { o.end() }
        let review = try o.waitFor("· Review")
        #expect(review.contains("> [ Save the dossier (F10) ]"), "opened at its review, ready to save")
        for title in ["Originals to attach", "Dentists", "Treatment", "Student"] {
            try o.press("Escape")
            try o.waitFor("· " + title)
        }
        try o.answer(["student.fullName": "Youssef El Idrissi"])
        try o.answer([:])
        try o.continueFromList("Dentists", to: "Originals to attach")
        try o.press("Enter")
        try o.waitFor("· Review")
        try o.press("F10")
        try o.waitFor("· Dossier ready")
        #expect(world.savedDossiers() == [json], "the same file, no second dossier")
        let fixed = try DossierStore(folder: world.dossiers).load(path: json)
        #expect(fixed.student.fullName == "Youssef El Idrissi")
        #expect(fixed.id == first.id)
        #expect(fixed.createdAt == first.createdAt)
        #expect(fixed.updatedAt > first.updatedAt)
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.contains("Youssef El Idrissi") && !summary.contains("Idirssi"), "the summary is written again")
        #expect(PrivateWorld.mode(json) == 0o600)

        // Mailed today with a registered-mail number: a wrong check digit first.
        let today = TypedData.daysAgo(0)
        try o.press("m")
        try o.waitFor("Day mailed")
        try o.type(today.typed)
        try o.press("Enter")
        try o.waitFor("Registered-mail number")
        try o.type("RR123456784MA")
        try o.press("Enter")
        try o.waitFor("be 5, not 4")
        try o.press("C-u")
        try o.type("RR123456785MA")
        try o.press("Enter")
        let mailed = try o.waitFor("Mailed on \(today.typed), today.")
        #expect(mailed.contains("RR123456785MA"))
        #expect(!mailed.contains("days left"))
        let onDisk = try DossierStore(folder: world.dossiers).load(path: json)
        #expect(onDisk.mailing == Mailing(mailedOn: today.date, trackingNumber: "RR123456785MA"))
        try o.press("Enter")
        #expect(o.waitForExit())

        // Reimbursed, from the command line; the wrong digit is refused there too.
        let env = world.environment(term: nil)
        let wrong = try CommandLineTests.runBinary(["mailed", json, "--on", today.date.iso, "--tracking", "RR123456784MA",
                                                    "--lang", "en"], environment: env)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("should be 5, not 4"), "\(wrong.stderr)")
        let paid = try CommandLineTests.runBinary(["reimbursed", json, "--on", today.date.iso, "--amount", "540,50",
                                                   "--lang", "en"], environment: env)
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.contains("reimbursed on \(today.typed), 540.50 DH"))
        let settled = try DossierStore(folder: world.dossiers).load(path: json)
        #expect(settled.outcome == .reimbursed(on: today.date, amount: Money(centimes: 54_050)))
        #expect(settled.mailing?.trackingNumber == "RR123456785MA")
        #expect(DossierStatus(of: settled, context: .builtIn(today: .today())) == .reimbursed)
        let summarised = try CommandLineTests.runBinary(["summary", json, "--lang", "fr"], environment: env)
        #expect(summarised.status == 0, "\(summarised.stderr)")
        #expect(try String(contentsOfFile: summaryPath, encoding: .utf8).contains("Youssef El Idrissi"))
        #expect(world.savedDossiers() == [json])
    }

    @Test("open FILE --plain: a wrong Massar code fixed from the review's point, saved in the same file, summary rewritten")
    func openPlain() throws {
        let world = try PrivateWorld()
        try FileManager.default.createDirectory(atPath: world.dossiers, withIntermediateDirectories: true)
        var dossier = CommandLineTests.completeDossier(name: "Nadia Alaoui", firstAct: TypedData.daysAgo(3).date.iso)
        dossier.student.massar = "R12"
        let saved = try DossierStore(folder: world.dossiers).save(dossier, language: .en, now: Date(timeIntervalSince1970: 1_769_941_800),
                                                                   context: .builtIn(today: .today()))
        let before = try DossierStore(folder: world.dossiers).load(path: saved.jsonPath)
        let dialogue = PlainDialogue(["review": ["1", "y"], "student.massar": ["R123456789"], "done": [""]], language: .en)
        let result = try dialogue.run([try CommandLineTests.binary(), "open", saved.jsonPath, "--plain", "--dir", world.dossiers,
                                       "--lang", "en"], environment: world.environment(term: nil))
        #expect(result.status == 0, "\(result.stderr)\n\(result.transcript.suffix(1500))")
        #expect(result.asked.first == "review", "it starts at the review: \(result.asked.prefix(3))")
        #expect(result.asked.contains("student.massar"))
        #expect(world.savedDossiers() == [saved.jsonPath], "the same file, no second dossier")
        let fixed = try DossierStore(folder: world.dossiers).load(path: saved.jsonPath)
        #expect(fixed.student.massar == "R123456789")
        #expect(fixed.id == before.id && fixed.createdAt == before.createdAt)
        #expect(fixed.updatedAt > before.updatedAt)
        let summary = try String(contentsOfFile: saved.summaryPath, encoding: .utf8)
        #expect(summary.contains("R123456789") && !summary.contains("R12\n"), "the summary is written again")
    }


    func mailingDays() throws {
        let world = try PrivateWorld()
        try FileManager.default.createDirectory(atPath: world.dossiers, withIntermediateDirectories: true)
        let path = world.dossiers + "/d.json"
        var dossier = Dossier(sheet: .dental, student: WizardDossierTests.student,
                              treatment: Treatment(firstActDate: CalendarDate(iso: "2026-01-10")))
        dossier.eligibility = EligibilityAnswers(enrolled: true, otherCoverage: false)
        try DossierJSON.encoder(rules: .builtIn).encode(dossier).write(to: URL(fileURLWithPath: path))
        let env = world.environment(term: nil)
        func mailed(_ day: String, today: String = "2026-04-01") throws -> CommandLineTests.Run {
            try CommandLineTests.runBinary(["mailed", path, "--on", day, "--today", today, "--lang", "en"], environment: env)
        }
        let early = try mailed("2026-01-09")
        #expect(early.status == 1)
        #expect(early.stderr.contains("before the first medical act"), "\(early.stderr)")
        let future = try mailed("2026-04-02")
        #expect(future.status == 1)
        #expect(future.stderr.contains("has not come yet"))
        #expect(try DossierStore(folder: world.dossiers).load(path: path).mailing == nil)
        let late = try mailed("2026-03-12")
        #expect(late.status == 0)
        #expect(late.stderr.contains("Sent late: the last mailing day was 11/03/2026"), "\(late.stderr)")
        #expect(try DossierStore(folder: world.dossiers).load(path: path).mailing?.mailedOn == CalendarDate(iso: "2026-03-12"))
        let returned = try CommandLineTests.runBinary(["returned", path, "--on", "2026-03-30", "--today", "2026-04-01",
                                                       "--reason", "Facture manquante", "--lang", "en"], environment: env)
        #expect(returned.status == 0, "\(returned.stderr)")
        #expect(try DossierStore(folder: world.dossiers).load(path: path).outcome
                == .returned(on: CalendarDate(iso: "2026-03-30")!, reason: "Facture manquante"))
    }
}
