import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, kiosk mode, done for real in a terminal: the next person at a
/// help desk gets nothing of the previous student's.
@Suite("Kiosk end to end: proof to resume, the Done dead end, a clean scrollback",
       .enabled(if: TmuxSession.isAvailable))
struct KioskTests {
    static let kiosk = ["--kiosk", "--lang", "en"]
    static let wrongTry = "No put-aside draft matches this CNIE and this birth date."

    /// Coverage (born 14/03/2004), the sheet, then Salma's name and CNIE.
    /// `until`: the field that then has the focus (further down, the form scrolls).
    static func typeNameAndCNIE(_ t: TmuxSession, until: String = "student.massar") throws {
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitFor("· Student")
        try t.answer(["student.fullName": "Salma Benali", "student.cnie": "AB123456"], until: until)
    }

    /// Welcome → "Resume my draft" → the CNIE → the birth date.
    static func tryResume(_ t: TmuxSession, cnie: String, born: String, prompt: Bool = false) throws {
        if !prompt {
            try t.waitFor("Resume my draft (with my CNIE and my birth date)")
            try t.press("Down")
            try t.waitFor("> Resume my draft")
            try t.press("Enter")
        }
        try t.waitUntil("the CNIE question") { TmuxSession.insideBox($0).contains("Type your CNIE number") }
        try t.type(cnie)
        try t.waitFor(cnie)
        try t.press("Enter")
        try t.waitFor("Your birth date (DD/MM/YYYY)")
        try t.type(born)
        try t.waitFor(born)
        try t.press("Enter")
    }

    @Test("A CNIE alone opens nothing: the birth date too, one message for any wrong try, and a wait")
    func resumeNeedsCNIEAndBirthDate() throws {
        let world = try PrivateWorld()
        let first = try world.startWizard(arguments: Self.kiosk)
        try Self.typeNameAndCNIE(first)
        try first.press("C-q")
        let quit = try first.waitFor("Keep the draft and quit")
        #expect(TmuxSession.insideBox(quit).contains("Resuming it takes your CNIE and your birth date."), "\(quit)")
        try first.press("1")
        #expect(first.waitForExit())
        let path = world.kioskDrafts + "/AB123456.json"
        #expect(PrivateWorld.mode(path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: world.draftPath))

        let next = try world.startWizard(arguments: Self.kiosk)
        #expect(!(try next.screen()).contains("Salma"))
        try Self.tryResume(next, cnie: "ab 123 456", born: "15/03/2004")
        let refused = try next.waitUntil("the wrong try's message") { TmuxSession.insideBox($0).contains(Self.wrongTry) }
        #expect(!refused.contains("Salma"))
        #expect(TmuxSession.insideBox(refused).contains("Next try possible in 2 s."), "\(refused)")
        // The wrong CNIE with the right date: the same words, a longer wait.
        usleep(2_200_000)
        try Self.tryResume(next, cnie: "AB123457", born: "14/03/2004", prompt: true)
        try next.waitUntil("the second wrong try") { TmuxSession.insideBox($0).contains("Next try possible in 4 s.") }
        #expect(TmuxSession.insideBox(try next.screen()).contains(Self.wrongTry))
        usleep(4_200_000)
        try Self.tryResume(next, cnie: "AB 123456", born: "14/03/2004", prompt: true)
        let resumed = try next.waitFor("· Student")
        #expect(resumed.contains("Salma Benali"), "\(resumed)")
    }

    @Test("After F10 at a kiosk, Esc and Ctrl-Z stay on Done and no draft is written")
    func doneIsADeadEnd() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard(arguments: Self.kiosk)
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try WizardDossierTests.typeStudent(t, WizardDossierTests.student)
        try t.answer(["treatment.firstActDate": TypedData.daysAgo(6).typed, "treatment.continuous": "n"])
        try t.continueFromList("Doctors", to: "Pharmacies")
        try t.continueFromList("Pharmacies", to: "Lab tests and imaging")
        try t.continueFromList("Lab tests and imaging", to: "Opticians")
        try t.continueFromList("Opticians", to: "Originals to attach")
        try t.press("Enter")
        try t.waitFor("· Review")
        try t.press("F10")
        try t.waitFor("Save anyway?")
        try t.press("y")
        try t.waitFor("· Dossier ready")
        #expect(world.savedDossiers().count == 1)
        for key in ["Escape", "C-z", "Escape", "F10", "C-s"] {
            try t.press(key)
            usleep(300_000)
            let screen = try t.waitFor("· Dossier ready")
            #expect(!screen.contains("· Review"), "\(key): \(screen)")
        }
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: world.kioskDrafts)) ?? []
        #expect(drafts.filter { $0.hasSuffix(".json") }.isEmpty, "\(drafts)")
        #expect(!FileManager.default.fileExists(atPath: world.draftPath))
        // Ctrl-Q on Done ends at once, still without a draft.
        try t.press("C-q")
        #expect(t.waitForExit())
        #expect(!FileManager.default.fileExists(atPath: world.draftPath))
    }

    /// Salma's name typed at a kiosk on a terminal without an alternate
    /// screen: ncurses scrolls the form with the terminal's own scrolling,
    /// which pushes its lines into the scrollback.
    static func typedOnVT100(_ world: PrivateWorld) throws -> TmuxSession {
        let t = try world.startWizard(term: "vt100", arguments: Self.kiosk)
        try Self.typeNameAndCNIE(t, until: "student.rib")
        return t
    }

    @Test("TERM=vt100 at a kiosk: Ctrl-Q, SIGHUP, SIGTERM and a normal end leave nothing on screen or in the scrollback",
          arguments: ["quit", "hup", "term", "end"])
    func scrollbackCleared(way: String) throws {
        let world = try PrivateWorld()
        let t: TmuxSession
        if way == "end" {
            // A normal end: the next student's clean Welcome screen, then Ctrl-Q.
            t = try world.startWizard(term: "vt100", arguments: Self.kiosk)
            try Self.typeNameAndCNIE(t, until: "student.rib")
            try t.press("C-q")
            try t.waitFor("Keep the draft")
            try t.press("2")
        } else {
            t = try Self.typedOnVT100(world)
            switch way {
            case "quit":
                try t.press("C-q")
                try t.waitFor("Keep the draft")
                try t.press("1")
            default:
                #expect(kill(try t.programPID(), way == "hup" ? SIGHUP : SIGTERM) == 0)
            }
        }
        #expect(t.waitForExit())
        let history = try t.history()
        #expect(!history.contains("Salma"), "\(way): \(history)")
        #expect(!history.contains("AB123456"), "\(way): \(history)")
    }

    @Test("--kiosk with --plain, or plain because TERM=dumb: the previous student's draft is not offered",
          arguments: [["--kiosk", "--plain"], ["--kiosk"]])
    func plainKiosk(flags: [String]) throws {
        let world = try PrivateWorld()
        // The previous student used the account without kiosk mode.
        let dialogue = PlainDialogue(["eligibility.enrolled": ["yes"], "eligibility.otherCoverage": ["no"],
                                      "eligibility.traditionalEducationFinalStage": ["no"],
                                      "student.birthDate": ["14/03/2004"], "sheet": ["1"],
                                      "student.fullName": ["Salma Benali"],
                                      "student.cnie": ["!"]], language: .en)
        let first = try dialogue.run([try CommandLineTests.binary(), "--plain", "--lang", "en", "--dir", world.dossiers],
                                     environment: world.environment(term: "dumb"))
        #expect(first.transcript.contains("Draft kept"), "\(first.transcript)")
        #expect(FileManager.default.fileExists(atPath: world.draftPath))
        let next = try CommandLineTests.runBinary(flags + ["--lang", "en", "--dir", world.dossiers],
                                                  environment: world.environment(term: "dumb"), input: "no\n")
        #expect(next.stdout.contains(tr("plain.kiosk.resumeQuestion", .en)), "\(next.stdout)")
        #expect(!next.stdout.contains("Salma"), "\(next.stdout)")
        #expect(!next.stdout.contains("Resume the draft"), "\(next.stdout)")
    }

    @Test("The help desk's config turns kiosk mode on; the user's config cannot turn it off; a broken one stops")
    func helpDeskConfig() throws {
        let world = try PrivateWorld()
        try world.helpDeskConfig(#"{"kiosk": true, "idleMinutes": 5, "draftDays": 7}"#)
        try FileManager.default.createDirectory(atPath: world.configHome + "/amo-dossier", withIntermediateDirectories: true)
        try Data(#"{"kiosk": false, "bidi": "app"}"#.utf8).write(to: URL(fileURLWithPath: world.configHome + "/amo-dossier/config.json"))
        // A broken edition of the account's own: read outside kiosk mode, not in it.
        try EditionFolders.drop("{ broken", named: "local.json", into: world.configHome)
        let t = try world.startWizard(waitFor: "Resume my draft (with my CNIE and my birth date)")
        try t.press("C-q")
        #expect(t.waitForExit())

        let env = world.environment(term: "dumb")
        let deadline = ["deadline", "--first-act", "2026-01-10"]
        #expect(try CommandLineTests.runBinary(deadline, environment: env).status == 0)
        try world.helpDeskConfig(#"{"kiosk": false}"#)
        let userEdition = try CommandLineTests.runBinary(deadline, environment: env)
        #expect(userEdition.status == 78, "outside kiosk mode the account's edition is read: \(userEdition.stderr)")

        try world.helpDeskConfig(#"{"kisok": true}"#)
        let broken = try CommandLineTests.runBinary(["--lang", "en"], environment: env, input: "")
        #expect(broken.status == 78)
        #expect(broken.stderr == "amo-dossier: help-desk config: \(world.configDirs)/amo-dossier/config.json, at kisok: unknown key (a typing mistake?): only kiosk, idleMinutes and draftDays are known.\n")
        #expect(broken.stdout.isEmpty, "nothing runs half-configured: \(broken.stdout)")
    }
}
