#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CNcursesw

/// Takes over the signals that would otherwise end the program without
/// saving (ncurses' own SIGINT/SIGTERM handler calls `_exit`) or leave the
/// terminal raw after a crash.
///
/// The handlers are C functions in the shim header, writing only static
/// storage there: that storage exists once per Swift file that calls it, so
/// this is the only file that may call the `amo_guard_*` functions.
struct SignalGuard {
    /// Asked to end: the loop saves, restores the terminal, then returns.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes, Swift traps included (SIGILL / SIGTRAP): restore, then die.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    private var previous: [(Int32, sigaction)] = []

    /// Installs every handler; call before `newterm` so ncurses sees them
    /// taken and does not install its own.
    init(inputDescriptor: Int32, outputDescriptor: Int32) {
        amo_guard_set_descriptors(inputDescriptor, outputDescriptor)
        amo_guard_forget_termios()
        amo_guard_set_reset_bytes("", 0)
        _ = amo_guard_take_pending_signal()
        for signo in SignalGuard.terminatingSignals {
            install(signo, handler: amo_guard_terminating_handler(), flags: SA_RESTART)
        }
        let resetHand = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
        for signo in SignalGuard.crashSignals {
            install(signo, handler: amo_guard_crash_handler(), flags: resetHand)
        }
    }

    private mutating func install(_ signo: Int32, handler: amo_signal_handler?, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = flags
        sigemptyset(&action.sa_mask)
        var old = sigaction()
        if sigaction(signo, &action, &old) == 0 {
            previous.append((signo, old))
        }
    }

    /// Remembers the terminal modes as the shell left them (before ncurses
    /// changes anything) for the crash handler.
    func saveTerminalModes() {
        _ = amo_guard_save_termios()
    }

    /// Puts back the modes saved by `saveTerminalModes` (endwin restores
    /// ncurses' idea of them; this makes sure of it).
    func restoreTerminalModes() {
        _ = amo_guard_restore_termios()
    }

    /// The bytes that leave full-screen mode, computed now because a signal
    /// handler may not call terminfo.
    func setResetBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                amo_guard_set_reset_bytes(chars.baseAddress, Int32(chars.count))
            }
        }
    }

    /// The terminating signal that arrived since the last call, if any.
    func takePendingSignal() -> Int32? {
        let signo = amo_guard_take_pending_signal()
        return signo == 0 ? nil : signo
    }

    /// A terminating signal is waiting (stop reading, go and handle it).
    var hasPendingSignal: Bool { amo_guard_peek_pending_signal() != 0 }

    /// Puts every handler back as it was (after the terminal is restored).
    mutating func restore() {
        for (signo, old) in previous.reversed() {
            var action = old
            sigaction(signo, &action, nil)
        }
        previous = []
        amo_guard_forget_termios()
        amo_guard_set_reset_bytes("", 0)
    }
}
