import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5's awkward terminals, for real: old and colourless terminal types,
/// unknown or missing TERM, tiny windows, resize storms, stdin that is not a
/// terminal. Each gets a working screen or a clear message, never a crash.
@Suite("Terminals end to end: vt100, NO_COLOR, unknown or no TERM, tiny windows, resize storms, pipes",
       .enabled(if: TmuxSession.isAvailable))
struct TerminalTests {
    /// Exit statuses of a crash: SIGILL, SIGTRAP, SIGABRT, SIGSEGV as a shell reports them.
    static let crashStatuses: Set<Int32> = [132, 133, 134, 135, 136, 139]

    @Test("The wizard works without colour: a field can be typed", arguments: [
        ("vt100", [String: String]()),
        ("xterm-256color", ["NO_COLOR": "1"]),
    ])
    func withoutColour(term: String, extra: [String: String]) throws {
        let world = try PrivateWorld()
        let t = try world.startWizard(term: term, extraEnvironment: extra)
        try t.press("Enter")
        try t.waitFor("· Coverage")
        try t.answer(["eligibility.enrolled": "y", "eligibility.otherCoverage": "n"], until: "student.birthDate")
        try t.type("14/03/2004")
        try t.waitFor("14/03/2004")
        try t.press("Enter")
        try t.waitFor("· Care sheet")
        // Saved on leaving the field: the keys really reached the wizard.
        #expect(try world.draftDossier().student.birthDate == CalendarDate(iso: "2004-03-14"))
        try t.press("C-q")
        try t.waitFor("Keep the draft")
        try t.press("1")
        #expect(t.waitForExit())
        #expect(t.exitStatus() == 0)
    }

    @Test("An unknown TERM or none at all: a clear message or the line mode, never a crash",
          arguments: ["nosuchterm", nil] as [String?])
    func unknownOrMissingTerm(term: String?) throws {
        let world = try PrivateWorld()
        let t = try world.startWizard(term: term, waitFor: nil)
        let screen = try t.waitUntil("a message and the exit, or the line mode's first question") {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && (t.programExited() || $0.contains("Coverage"))
        }
        if t.programExited() {
            let status = t.exitStatus()
            #expect(status != nil && !Self.crashStatuses.contains(status!), "status \(String(describing: status))")
            #expect(screen.contains("TERM") || screen.contains("--plain"), "a message that says what to do: \(screen)")
        } else {
            // The line mode: it asks its first question and takes an answer.
            try t.waitFor("Coverage")
            try t.type("yes")
            try t.press("Enter")
            try t.waitFor("yes")
            #expect(!t.programExited())
        }
    }

    @Test("A 1×1 and a 10×5 window: a degraded screen, no crash, and the full screen once enlarged",
          arguments: [(1, 1), (10, 5)])
    func tinyWindow(width: Int, height: Int) throws {
        let world = try PrivateWorld()
        let t = try world.startWizard(width: width, height: height, waitFor: nil)
        let tiny = try t.waitUntil("something drawn") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if width >= 10 { #expect(tiny.contains("Enlarge"), "\(tiny)") }
        let pid = try t.programPID()
        #expect(!TmuxSession.isGone(pid))
        try t.resize(width: 80, height: 24)
        try t.waitFor("· Welcome")
        try t.waitFor("> Start")
    }

    @Test("A resize storm: 20 resize-window and 50 SIGWINCH, then the screen is right")
    func resizeStorm() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try t.press("Enter")
        try t.waitFor("· Coverage")
        try t.focus("student.birthDate")
        try t.type("14/03/2004")
        let reference = try t.waitFor("14/03/2004")
        let pid = try t.programPID()
        let sizes = [(40, 12), (120, 40), (10, 5), (1, 1), (79, 23)]
        for i in 0..<20 {
            let (w, h) = sizes[i % sizes.count]
            try t.resize(width: w, height: h)
        }
        for _ in 0..<50 { kill(pid, SIGWINCH) }
        try t.resize(width: 80, height: 24)
        let after = try t.waitUntil("the same screen as before the storm") { $0 == reference }
        #expect(after == reference)
        #expect(!TmuxSession.isGone(pid))
        try t.press("Enter")                               // still takes keys, the text intact
        try t.waitFor("· Care sheet")
        #expect(try world.draftDossier().student.birthDate == CalendarDate(iso: "2004-03-14"))
    }

    @Test("Standard input not a terminal (echo | amo-dossier): the line mode or a message, never a crash")
    func stdinIsAPipe() throws {
        let world = try PrivateWorld()
        let wizard = try world.wizardArguments().map(TmuxSession.quote).joined(separator: " ")
        let script = "echo | \(wizard); echo $? > \(TmuxSession.quote(world.statusPath))"
        let t = try TmuxSession(command: ["sh", "-c", script], environment: world.environment())
        // The pane's own status is written after the script's: the file is whole.
        #expect(t.exitStatus() != nil, "the shell ended")
        let status = Int32(try String(contentsOfFile: world.statusPath, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(status != nil && !Self.crashStatuses.contains(status!), "status \(String(describing: status))")
        let screen = try t.screen()
        #expect(!screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(!screen.contains("Fatal error"), "\(screen)")
    }

    /// Issue 10: a title or a terminal's answer arriving as input (a paste
    /// from another window, a DECRQSS reply) was read as Esc plus letters,
    /// and its `2` picked the second care sheet.
    @Test("An OSC or DCS sequence on the care sheet changes nothing: the ordinary sheet stays chosen",
          arguments: ["\u{1B}]0;Fatima 2\u{07}", "\u{1B}P1$r2 q\u{1B}\\", "\u{1B}_G2;OK\u{1B}\\"])
    func stringSequenceOnTheCareSheet(sequence: String) throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.send(bytes: Array(sequence.utf8))
        Thread.sleep(forTimeInterval: 0.3) // read in a burst of its own, as a terminal's answer is
        try t.press("Enter")
        try t.waitFor("· Student")
        #expect(try world.draftDossier().sheet == .ordinary)
    }

    /// Issue 10: a byte that is not UTF-8 (a terminal left in Latin-1) was
    /// dropped by ncurses together with the letters typed after it.
    @Test("A byte that is not UTF-8 in a name: refused with a note under the field, the letters after it kept")
    func notUTF8InAName() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitForFocus(on: "student.fullName")
        try t.send(bytes: [0x4B, 0xE9, 0x6E, 0x69, 0x74, 0x72, 0x61]) // "Kénitra" in Latin-1
        let screen = try t.waitFor("not UTF-8 text")
        #expect(screen.contains("[Knitra"), "\(screen)")
        #expect(screen.contains("Set the terminal to UTF-8"))
    }
}
