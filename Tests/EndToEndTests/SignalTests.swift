import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5, done for real: the program in a real terminal is killed with a
/// signal in the middle of typing a name. The draft must hold the half-typed
/// text, privately; the terminal must be usable again; the program must have
/// ended rather than spin; the next start must offer to resume.
@Suite("Signals end to end: HUP, TERM, INT while typing keep the draft and restore the terminal",
       .enabled(if: TmuxSession.isAvailable))
struct SignalTests {
    static let halfTyped = "Fatima Zahra El"

    /// The `stty -a` flags as words (`icanon`, `-echo`…).
    static func flags(_ stty: String) -> Set<String> {
        Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    /// The wizard (then `stty -a`) in a terminal, with `halfTyped` in the
    /// student's name field.
    static func typingAName(_ world: PrivateWorld) throws -> TmuxSession {
        let t = try world.startWizardThenStty()
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitForFocus(on: "student.fullName")
        try t.type(halfTyped)
        try t.waitFor(halfTyped)
        return t
    }

    @Test("A signal while typing a name (SIGQUIT too: no crash report, a saved draft)",
          arguments: [SIGHUP, SIGTERM, SIGINT, SIGQUIT])
    func signalWhileTyping(signo: Int32) throws {
        let world = try PrivateWorld()
        let t = try Self.typingAName(world)
        let pid = try t.programPID()
        #expect(kill(pid, signo) == 0)

        // The shell runs `stty -a` once the program has gone; the pane's
        // exit status is written after it, so the file is whole by then.
        #expect(t.exitStatus() != nil, "the shell ended")
        let stty = try String(contentsOfFile: world.sttyPath, encoding: .utf8)
        #expect(TmuxSession.isGone(pid), "the program has ended, it does not spin on")
        let flags = Self.flags(stty)
        for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(flags.contains(mode) && !flags.contains("-" + mode), "\(mode) restored: \(stty)")
        }
        let status = try String(contentsOfFile: world.statusPath, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == String(128 + signo), "exit status 128+signal after saving, not a crash")

        #expect(PrivateWorld.mode(world.draftPath) == 0o600)
        #expect(PrivateWorld.mode(world.dataHome + "/amo-dossier") == 0o700)
        let draft = try world.draftDossier()
        #expect(draft.student.fullName == Self.halfTyped)
        #expect(draft.student.birthDate == CalendarDate(iso: "2004-03-14"))
        let object = try world.draftObject()
        #expect(object["step"] as? String == "student")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: world.dataHome + "/amo-dossier")
            .filter { $0 != "draft.json" && $0 != "dossiers" }
        // The empty lock file that claimed the draft stays (removing a lock
        // file races with the next claimer); it must hold nothing.
        #expect(leftovers.filter { $0 != "draft.lock" }.isEmpty,
                "no temporary file left beside the draft: \(leftovers)")
        let lock = world.dataHome + "/amo-dossier/draft.lock"
        if FileManager.default.fileExists(atPath: lock) {
            #expect((try FileManager.default.attributesOfItem(atPath: lock)[.size] as? NSNumber)?.intValue == 0)
            #expect(PrivateWorld.mode(lock) == 0o600)
        }

        // The next start offers the draft and resumes in the field, with its text.
        let again = try world.startWizard(waitFor: "Resume the draft")
        try again.press("Enter")
        let resumed = try again.waitFor("· Student")
        #expect(resumed.contains(Self.halfTyped), "\(resumed)")
        try again.waitForFocus(on: "student.fullName")
    }

    /// A crash (SIGSEGV, SIGABRT, a Swift trap's SIGILL/SIGTRAP: the handler
    /// is the same) must not leave the terminal raw: the handler restores the
    /// saved modes and leaves the full screen before the process dies, and
    /// the last autosave is still there.
    @Test("A crash while typing restores the terminal and keeps the last autosave",
          arguments: [SIGSEGV, SIGABRT, SIGILL])
    func crashWhileTyping(signo: Int32) throws {
        let world = try PrivateWorld()
        let t = try Self.typingAName(world)
        try t.press("Tab")     // the field is completed: autosaved
        try t.waitForFocus(leaving: "student.fullName")
        let pid = try t.programPID()
        #expect(kill(pid, signo) == 0)

        #expect(t.exitStatus() != nil, "the shell ended, stty -a written whole before")
        let stty = try String(contentsOfFile: world.sttyPath, encoding: .utf8)
        let flags = Self.flags(stty)
        for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(flags.contains(mode) && !flags.contains("-" + mode), "\(mode) restored after a crash: \(stty)")
        }
        let status = try String(contentsOfFile: world.statusPath, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == String(128 + signo), "the process died of the signal, as a crash does")
        #expect(try world.draftDossier().student.fullName == Self.halfTyped, "the last autosave is kept")
        #expect(PrivateWorld.mode(world.draftPath) == 0o600)
    }

    /// Issue 10: a terminal that stops reading (a frozen SSH link) blocks
    /// the program in a write; SIGTERM then waited for ever, and the draft's
    /// lock with it. The output is dropped after a grace of a second.
    @Test("SIGTERM while the terminal reads nothing: the draft is saved and the program ends within 2 s")
    func sigtermWhileTheTerminalIsFrozen() throws {
        let world = try PrivateWorld()
        let p = try PtyProgram(try world.wizardArguments(), environment: world.environment(), width: 200, height: 60)
        #expect(p.read(until: "Start"))
        p.readUntilQuiet()
        p.type([0x0D])                       // Start: the Coverage screen
        #expect(p.read(until: "Coverage"))
        p.readUntilQuiet()
        p.type(Array("n".utf8))              // not enrolled: the draft is written
        p.readUntilQuiet(0.5)
        #expect(try world.draftDossier().eligibility.enrolled == false)
        // From now on nothing is read: each help window opened and closed
        // is a screenful to send, until the terminal's buffer is full and
        // the program waits in a write.
        var blocked = false
        for _ in 0..<150 where !blocked {
            p.type(Array("\u{1B}OP".utf8))  // F1: the help
            usleep(60_000)
            p.type([0x1B])                   // Esc: closed
            usleep(60_000)
            let syscall = (try? String(contentsOfFile: "/proc/\(p.pid)/syscall", encoding: .utf8)) ?? ""
            blocked = syscall.hasPrefix("1 ") // write(2), waiting
        }
        #expect(blocked, "the program's output is blocked before the signal")
        let started = Date()
        #expect(kill(p.pid, SIGTERM) == 0)
        let status = p.waitForExit(timeout: 6)
        let took = Date().timeIntervalSince(started)
        #expect(status == 128 + SIGTERM, "ended by SIGTERM after saving")
        #expect(took < 2, "took \(took) s")
        #expect(try world.draftDossier().eligibility.enrolled == false)
        #expect(PrivateWorld.mode(world.draftPath) == 0o600)
    }

    /// Issue 10: a terminal reporting 32768 columns and rows (a broken or
    /// hostile emulator) made ncurses and the frame allocate gigabytes.
    @Test("A terminal of 32768×32768, at start and by a resize: no crash, a bounded memory, the screen drawn",
          arguments: [true, false])
    func hugeTerminal(atStart: Bool) throws {
        let world = try PrivateWorld()
        let p = try PtyProgram(try world.wizardArguments(), environment: world.environment(),
                               width: atStart ? 32768 : 80, height: atStart ? 32768 : 24)
        #expect(p.read(until: "Start", timeout: 20))
        if !atStart {
            p.resize(width: 32768, height: 32768)
            p.readUntilQuiet(0.5)
            p.type([0x0D])
            #expect(p.read(until: "Coverage", timeout: 20), "still answers keys at the new size")
        }
        p.readUntilQuiet()
        #expect(p.waitForExit(timeout: 0) == nil, "still running")
        let peak = try #require(p.peakMemoryKiB())
        #expect(peak < 400 * 1024, "peak memory \(peak) KiB")
        #expect(kill(p.pid, SIGTERM) == 0)
        #expect(p.waitForExit(timeout: 10) == 128 + SIGTERM)
    }
}
