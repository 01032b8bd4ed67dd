#if canImport(Glibc)
import Glibc
#endif
import Foundation
import DossierWizard
import Testing
@testable import TerminalBackend

/// A program that records what it is told and ends on Ctrl-Q.
struct Recorder: TerminalProgram {
    var events: [Event] = []
    var terminatedWith: TerminationReason?
    var views = 0

    mutating func handle(_ event: Event) -> Bool {
        events.append(event)
        return event != .key(.control("q"))
    }

    func view(width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        frame.put("Nom: " + events.count.description, row: 0, column: 0, role: .title)
        frame.cursor = (0, 5)
        return frame
    }

    mutating func terminate(reason: TerminationReason) { terminatedWith = reason }
    mutating func tick() -> Bool { false }
}

/// The terminal side of a pseudo-terminal: reads everything the program
/// writes (so it never blocks) and types keys once the screen has started.
final class PtyKeyboard: @unchecked Sendable {
    let master: Int32
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    init(master: Int32) { self.master = master }

    var received: [UInt8] { lock.withLock { output } }

    /// Waits for the first screen, then sends each chunk with a pause, then
    /// keeps draining until stopped.
    func start(typing chunks: [[UInt8]], then action: (@Sendable () -> Void)? = nil) {
        Thread.detachNewThread { [self] in
            var typed = false
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let stopping = lock.withLock { stopped }
                var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&entry, 1, stopping ? 0 : 20) > 0 {
                    let count = read(master, &buffer, buffer.count)
                    if count <= 0 { break }
                    lock.withLock { output += buffer[0..<count] }
                    continue
                }
                if stopping { break }
                if !typed, !received.isEmpty {
                    typed = true
                    usleep(150_000)
                    for chunk in chunks {
                        _ = chunk.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
                        usleep(150_000)
                    }
                    action?()
                }
            }
            finished.signal()
        }
    }

    func stop() {
        lock.withLock { stopped = true }
        finished.wait()
    }
}

func openTerminal(width: UInt16 = 80, height: UInt16 = 24) throws -> (master: Int32, slave: Int32) {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
    return (master, slave)
}

func modes(_ descriptor: Int32) -> termios {
    var modes = termios()
    tcgetattr(descriptor, &modes)
    return modes
}

/// ncurses keeps one global screen and the loop owns the process's signal
/// handlers: these run one at a time.
@Suite(.serialized)
struct TerminalLoopPtyTests {
    let options = TerminalOptions(environment: ["TERM": "xterm-256color"])

    @Test func notATerminalIsRefusedBeforeAnythingChanges() throws {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        var program = Recorder()
        #expect(throws: TerminalError.notATerminal) {
            _ = try TerminalLoop.run(&program, options: options,
                                     inputDescriptor: pipeEnds[0], outputDescriptor: pipeEnds[1])
        }
    }

    @Test func unknownTerminalIsRefusedAndTheModesAreUntouched() throws {
        let (master, slave) = try openTerminal()
        defer { close(master); close(slave) }
        let before = modes(slave)
        var program = Recorder()
        #expect(throws: TerminalError.unknownTerminal("unknownterm")) {
            _ = try TerminalLoop.run(&program, options: TerminalOptions(environment: ["TERM": "unknownterm"]),
                                     inputDescriptor: slave, outputDescriptor: slave)
        }
        #expect(throws: TerminalError.unknownTerminal("")) {
            _ = try TerminalLoop.run(&program, options: TerminalOptions(environment: [:]),
                                     inputDescriptor: slave, outputDescriptor: slave)
        }
        #expect(modes(slave).c_lflag == before.c_lflag)
        #expect(program.events.isEmpty)
    }

    @Test func keysArriveAsEventsAndTheTerminalIsRestored() throws {
        let (master, slave) = try openTerminal()
        defer { close(master); close(slave) }
        let before = modes(slave)
        #expect(before.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))

        let keyboard = PtyKeyboard(master: master)
        keyboard.start(typing: [
            Array("abc".utf8), Array("Ahmed Bennani, Rabat".utf8), [0x03], [0x1A], Array("é".utf8), [0x1B], [0x11],
        ])
        var program = Recorder()
        let reason = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()

        #expect(reason == nil)
        #expect(program.terminatedWith == nil)
        #expect(program.events == [
            .key(.character("a")), .key(.character("b")), .key(.character("c")),
            .paste("Ahmed Bennani, Rabat"), .key(.control("c")), .key(.control("z")), .key(.character("é")), .key(.escape),
            .key(.control("q")),
        ])
        let after = modes(slave)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        // The alternate screen was entered and left, the cursor shown again.
        let output = String(decoding: keyboard.received, as: UTF8.self)
        #expect(output.contains("\u{1B}[?1049h"))
        #expect(output.contains("\u{1B}[?1049l"))
        #expect(output.contains("Nom: 0"))
    }

    @Test func terminatingSignalSavesThenRestores() throws {
        let (master, slave) = try openTerminal()
        defer { close(master); close(slave) }
        let before = modes(slave)
        let keyboard = PtyKeyboard(master: master)
        keyboard.start(typing: [Array("x".utf8)]) {
            kill(getpid(), SIGTERM)
        }
        var program = Recorder()
        let reason = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()

        #expect(reason == .signal(SIGTERM))
        #expect(program.terminatedWith == .signal(SIGTERM))
        #expect(program.events == [.key(.character("x"))])
        #expect(modes(slave).c_lflag == before.c_lflag)
        // Our handler is gone again: the disposition is back to the default.
        var current = sigaction()
        sigaction(SIGTERM, nil, &current)
        #expect(current.__sigaction_handler.sa_handler == nil)
    }

    @Test func tinyScreenDoesNotCrash() throws {
        let (master, slave) = try openTerminal(width: 1, height: 1)
        defer { close(master); close(slave) }
        let keyboard = PtyKeyboard(master: master)
        keyboard.start(typing: [[0x11]])
        var program = Recorder()
        let reason = try TerminalLoop.run(&program, options: options, inputDescriptor: slave, outputDescriptor: slave)
        keyboard.stop()
        #expect(reason == nil)
        #expect(program.events == [.key(.control("q"))])
    }
}
