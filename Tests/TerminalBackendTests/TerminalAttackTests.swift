#if canImport(Glibc)
import Glibc
#endif
import Foundation
import DossierWizard
import Testing
@testable import TerminalBackend

/// A program whose every event repaints every cell (a letter that changes),
/// so that a terminal which stops reading soon blocks its output; and which
/// notes the sizes it was asked to paint.
private struct Painter: TerminalProgram {
    final class Sizes: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [(Int, Int)] = []
        func add(_ size: (Int, Int)) { lock.withLock { seen.append(size) } }
        var all: [(Int, Int)] { lock.withLock { seen } }
    }

    var events: [Event] = []
    var terminatedWith: TerminationReason?
    let sizes = Sizes()

    mutating func handle(_ event: Event) -> Bool {
        events.append(event)
        return event != .key(.control("q"))
    }

    func view(width: Int, height: Int) -> Frame {
        sizes.add((width, height))
        var frame = Frame(width: width, height: height)
        let letter = String(Character(Unicode.Scalar(UInt8(0x61 + events.count % 26))))
        let line = String(repeating: letter, count: width)
        for row in 0..<height { frame.put(line, row: row, column: 0, role: .normal) }
        return frame
    }

    mutating func terminate(reason: TerminationReason) { terminatedWith = reason }
    mutating func tick() -> Bool { false }
}

/// The terminal side of a pty that reads the first screen, then stops
/// reading altogether (a frozen SSH link) while keys keep arriving; it
/// drains again only after `giveUpAfter`, so a program stuck in a write
/// cannot hang the test run.
private final class FrozenTerminal: @unchecked Sendable {
    let master: Int32
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false

    init(master: Int32) { self.master = master }

    func start(keys: Int, thenSignal signo: Int32, giveUpAfter: TimeInterval, signalled: @escaping @Sendable (ContinuousClock.Instant) -> Void) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while poll(&entry, 1, 5000) > 0, read(master, &buffer, buffer.count) > 0 {
                entry.revents = 0
                if poll(&entry, 1, 200) == 0 { break } // the first screen is whole
            }
            for _ in 0..<keys {
                var key: UInt8 = 0x78
                _ = write(master, &key, 1)
                usleep(30_000)
            }
            usleep(300_000)
            signalled(ContinuousClock.now)
            kill(getpid(), signo)
            let deadline = Date().addingTimeInterval(giveUpAfter)
            while Date() < deadline, !lock.withLock({ stopped }) { usleep(20_000) }
            // Drain whatever is left (the test has failed if it had to).
            while !lock.withLock({ stopped }) {
                var drain = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&drain, 1, 20) > 0, read(master, &buffer, buffer.count) <= 0 { break }
            }
            finished.signal()
        }
    }

    func stop() {
        lock.withLock { stopped = true }
        finished.wait()
    }
}

extension TerminalLoopPtyTests {
    @Test func oscAndDcsFromTheTerminalAreNeverKeys() throws {
        let (master, slave) = try openTerminal()
        defer { close(master); close(slave) }
        let keyboard = PtyKeyboard(master: master)
        keyboard.start(typing: [Array("\u{1B}]0;Fatima 2\u{07}y".utf8), Array("\u{1B}P1$r2 q\u{1B}\\".utf8), [0x11]])
        var program = Recorder()
        _ = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()
        #expect(program.events == [.key(.character("y")), .key(.control("q"))])
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithANoteAndTheLettersAfterThemKept() throws {
        let (master, slave) = try openTerminal()
        defer { close(master); close(slave) }
        let keyboard = PtyKeyboard(master: master)
        keyboard.start(typing: [[0x61, 0x62, 0xFF, 0x63, 0x64], Array("é".utf8), [0x11]])
        var program = Recorder()
        _ = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()
        #expect(program.events == [
            .key(.character("a")), .key(.character("b")), .key(.character("c")), .key(.character("d")),
            .invalidText(count: 1), .key(.character("é")), .key(.control("q")),
        ])
    }

    @Test("a terminal that says it has 32768 columns and rows: no crash, no gigabytes, a clamped frame",
          arguments: [(32768, 32768), (32768, 24), (80, 32768)])
    func hugeTerminal(width: Int, height: Int) throws {
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        let (master, slave) = try openTerminal(width: UInt16(width), height: UInt16(height))
        defer { close(master); close(slave) }
        let keyboard = PtyKeyboard(master: master)
        // Then the terminal grows to 32768×32768 while the program runs.
        keyboard.start(typing: [Array("a".utf8)]) {
            var huge = winsize(ws_row: 32768, ws_col: 32768, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &huge)
            kill(getpid(), SIGWINCH)
            // Ctrl-Q only once the new size has been taken (a frame of the
            // largest size takes a while to paint in a debug build).
            usleep(2_000_000)
            var key: UInt8 = 0x11
            _ = write(master, &key, 1)
        }
        var program = Painter()
        let reason = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()
        #expect(reason == nil)
        var winch = sigaction()
        sigaction(SIGWINCH, nil, &winch)
        #expect(program.events.contains(.key(.character("a"))), "\(program.events)")
        #expect(program.events.contains(.resize(width: CursesScreen.maximumWidth, height: CursesScreen.maximumHeight)),
                "\(program.events) winch handler \(String(describing: winch.__sigaction_handler.sa_handler))")
        let sizes = program.sizes.all
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { $0.0 <= CursesScreen.maximumWidth && $0.1 <= CursesScreen.maximumHeight }, "\(sizes.prefix(3))")
        #expect(sizes.first.map { $0 == (min(width, CursesScreen.maximumWidth), min(height, CursesScreen.maximumHeight)) } == true)
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        #expect(after.ru_maxrss - before.ru_maxrss < 300 * 1024, "peak memory grew by \(after.ru_maxrss - before.ru_maxrss) KiB")
    }

    @Test func sigtermWhileTheTerminalReadsNothingEndsWithinTwoSecondsAfterSaving() throws {
        let (master, slave) = try openTerminal(width: 300, height: 100)
        defer { close(master); close(slave) }
        let before = modes(slave)
        let terminal = FrozenTerminal(master: master)
        let sent = SignalTime()
        terminal.start(keys: 12, thenSignal: SIGTERM, giveUpAfter: 8) { sent.set($0) }
        var program = Painter()
        let reason = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        let ended = ContinuousClock.now
        terminal.stop()
        #expect(reason == .signal(SIGTERM))
        #expect(program.terminatedWith == .signal(SIGTERM), "the draft is saved before the exit")
        let took = try #require(sent.value).duration(to: ended)
        #expect(took < .seconds(2), "ended \(took) after SIGTERM")
        #expect(program.events.count < 12, "the output was blocked: not every key was painted")
        #expect(modes(slave).c_lflag == before.c_lflag, "the modes are back even so")
    }
}

private final class SignalTime: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: ContinuousClock.Instant?
    func set(_ value: ContinuousClock.Instant) { lock.withLock { instant = value } }
    var value: ContinuousClock.Instant? { lock.withLock { instant } }
}
