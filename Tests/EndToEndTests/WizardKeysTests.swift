import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The keys a help-desk user relies on, through a real terminal: Esc answers
/// at once, Ctrl-Z undoes instead of suspending, Ctrl-S and F10 save.
@Suite("Keys end to end: Esc at once, Ctrl-Z is undo, Ctrl-S and F10 save", .enabled(if: TmuxSession.isAvailable))
struct WizardKeysTests {
    /// ncurses waits a whole second after an Esc for the rest of a key
    /// sequence unless told otherwise (`set_escdelay`): the previous screen
    /// must come back well before that second. The bound tells the two
    /// behaviours apart; it is not a performance figure (those are in bench/).
    @Test("Esc shows the previous screen without ncurses' one-second escape delay")
    func escapeAnswersAtOnce() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try t.press("Enter")
        try t.waitForFocus(on: "eligibility.enrolled")
        let started = Date()
        try t.press("Escape")
        try t.waitFor("· Welcome", timeout: 2)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 0.7, "Esc took \(Int(elapsed * 1000)) ms: the one-second escape delay is back")
    }

    @Test("Ctrl-Z undoes the last change; the program is neither suspended nor gone")
    func controlZIsUndo() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try t.press("Enter")
        try t.waitForFocus(on: "eligibility.enrolled")
        try t.press("n")
        // Three questions now answered No (other coverage and the exception were already).
        try t.waitUntil("enrolled: No") { $0.components(separatedBy: "(x) No").count - 1 == 3 }
        let pid = try t.programPID()
        try t.press("C-z")
        try t.waitFor("set back to “Yes”")
        let screen = try t.screen()
        #expect(screen.contains("· Coverage"))
        #expect(screen.components(separatedBy: "(x) No").count - 1 == 2, "enrolled is back to Yes: \(screen)")
        let state = TmuxSession.state(of: pid)
        #expect(state != nil && state != "T" && state != "t", "not stopped, not gone: \(String(describing: state))")
        #expect(!t.programExited())
        try t.waitForFocus(on: "eligibility.enrolled")   // still takes keys
        try t.press("Enter")
        try t.waitForFocus(on: "eligibility.otherCoverage")
    }

    @Test("Ctrl-S and F10 save the draft with the text being typed", arguments: ["C-s", "F10"])
    func saveKeys(key: String) throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitForFocus(on: "student.fullName")
        #expect(try world.draftDossier().student.fullName == "", "the draft as of entering the screen")
        try t.type("Karim Alami")
        try t.waitFor("Karim Alami")
        try t.press(key)
        try t.waitFor("Draft saved.")
        #expect(try world.draftDossier().student.fullName == "Karim Alami")
        #expect(PrivateWorld.mode(world.draftPath) == 0o600)
        try t.waitForFocus(on: "student.fullName")
    }
}
