#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CNcursesw

/// What the signal handlers read and write. Allocated once and never freed,
/// so a handler may use it at any moment; touched before any handler is
/// installed, so its lazy initialisation never runs inside a handler.
nonisolated(unsafe) private let guardState: UnsafeMutablePointer<amo_guard_state> = {
    let state = UnsafeMutablePointer<amo_guard_state>.allocate(capacity: 1)
    state.initialize(to: amo_guard_state())
    return state
}()

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: set a flag, nothing else.
private let onTerminatingSignal: @convention(c) (Int32) -> Void = { signo in
    amo_guard_record_signal(guardState, signo)
}

/// SIGWINCH: set a flag, nothing else.
private let onResize: @convention(c) (Int32) -> Void = { _ in
    amo_guard_record_resize(guardState)
}

/// SIGALRM, armed by a terminating signal: output that has not drained
/// by then is sent to /dev/null (in C).
private let onGraceOver: @convention(c) (Int32) -> Void = { _ in
    amo_guard_silence_output(guardState)
}

/// SIGSEGV, SIGILL, SIGTRAP…: tcsetattr, write, raise (all in C).
private let onCrash: @convention(c) (Int32) -> Void = { signo in
    amo_guard_restore_after_crash(guardState, signo)
}

/// Takes over the signals that would otherwise end the program without
/// saving (ncurses' own SIGINT/SIGTERM handler calls `_exit`) or leave the
/// terminal raw after a crash (a Swift trap is SIGILL or SIGTRAP).
struct SignalGuard {
    /// Asked to end: the loop saves, restores the terminal, then returns.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes: restore the terminal, then die as the signal says.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    /// How long the terminal may go on not reading once a signal asked to
    /// end, before the output is dropped: the exit then takes no longer
    /// than about this (a frozen SSH link must not keep the program, and
    /// the draft's lock, for ever).
    static let outputGraceSeconds: UInt32 = 1

    private var previous: [(Int32, sigaction)] = []

    /// Installs every handler; call before `newterm` so ncurses sees them
    /// taken and does not install its own.
    init(inputDescriptor: Int32, outputDescriptor: Int32) {
        let state = guardState
        state.pointee.have_termios = 0
        state.pointee.reset_length = 0
        state.pointee.pending_signal = 0
        state.pointee.input_fd = inputDescriptor
        state.pointee.output_fd = outputDescriptor
        state.pointee.silence_fd = -1
        state.pointee.grace_armed = 0
        state.pointee.grace_seconds = SignalGuard.outputGraceSeconds
        state.pointee.loop_thread = pthread_self()
        if state.pointee.null_fd <= 0 { state.pointee.null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC) }
        for signo in SignalGuard.terminatingSignals {
            install(signo, handler: onTerminatingSignal, flags: SA_RESTART)
        }
        // SA_RESTART: a file being written when the grace ends (the draft)
        // must not see EINTR; the write stuck on the terminal is restarted
        // on /dev/null.
        install(SIGALRM, handler: onGraceOver, flags: SA_RESTART)
        state.pointee.resized = 0
        install(SIGWINCH, handler: onResize, flags: SA_RESTART)
        // A parent may have started us with these blocked (a signal mask is
        // inherited through fork and exec: test runners, some supervisors
        // do this). Blocked, SIGTERM and SIGHUP would never reach the draft
        // save, and SIGWINCH would never resize the screen.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signo in SignalGuard.terminatingSignals + SignalGuard.crashSignals + [SIGWINCH, SIGALRM] {
            sigaddset(&unblock, signo)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // SA_RESETHAND (0x80000000) does not fit Int32 as a literal.
        let resetHand = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
        for signo in SignalGuard.crashSignals {
            install(signo, handler: onCrash, flags: resetHand)
        }
    }

    private mutating func install(_ signo: Int32, handler: @convention(c) (Int32) -> Void, flags: Int32) {
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
    /// changes anything) for the crash handler and the final restore.
    func saveTerminalModes() {
        _ = amo_guard_save_termios(guardState)
    }

    /// Puts back the modes saved by `saveTerminalModes` (endwin restores
    /// ncurses' idea of them; this makes sure of it).
    func restoreTerminalModes() {
        _ = amo_guard_restore_termios(guardState)
    }

    /// The bytes that leave full-screen mode, computed now because a signal
    /// handler may not call terminfo.
    func setResetBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                amo_guard_set_reset_bytes(guardState, chars.baseAddress, Int32(chars.count))
            }
        }
    }

    /// The descriptor whose output is dropped when a terminating signal's
    /// grace is over (ncurses' own, never one the caller shares).
    func setSilencedDescriptor(_ descriptor: Int32) {
        guardState.pointee.silence_fd = descriptor
    }

    /// The terminating signal that arrived since the last call, if any.
    func takePendingSignal() -> Int32? {
        let signo = amo_guard_take_pending_signal(guardState)
        return signo == 0 ? nil : signo
    }

    /// The terminal changed size since the last call.
    func takeResize() -> Bool { amo_guard_take_resize(guardState) != 0 }

    /// The terminal changed size and the loop has not been told yet.
    var hasPendingResize: Bool { guardState.pointee.resized != 0 }

    /// A terminating signal is waiting (stop reading, go and handle it).
    var hasPendingSignal: Bool { amo_guard_peek_pending_signal(guardState) != 0 }

    /// Puts every handler back as it was (after the terminal is restored).
    mutating func restore() {
        alarm(0)
        guardState.pointee.silence_fd = -1
        guardState.pointee.grace_armed = 0
        for (signo, old) in previous.reversed() {
            var action = old
            sigaction(signo, &action, nil)
        }
        previous = []
        guardState.pointee.have_termios = 0
        guardState.pointee.reset_length = 0
    }
}
