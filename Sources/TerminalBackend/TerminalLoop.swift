#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CNcursesw
import DossierWizard

/// Runs a `TerminalProgram` full-screen with ncurses.
public enum TerminalLoop {
    /// How long one read waits, so a signal's flag is seen quickly.
    static let readTimeoutMilliseconds: Int32 = 100
    /// Raw inputs read back to back before painting (bounds one burst, such
    /// as a huge paste, so signals and the screen are still served).
    static let burstLimit = 256 * 1024
    /// Reads that fail at once, in a row, before the terminal counts as gone.
    static let deadReadLimit = 20
    /// How long the rest of a character or of a string sequence begun in a
    /// burst is waited for before the burst ends (a paste sent in pieces).
    static let restOfSequenceMilliseconds: Int32 = 50

    /// Sets the locale, starts ncurses (raw, noecho, keypad, set_escdelay(25), nonl; SIGWINCH caught by
    /// `SignalGuard`, the size asked of the kernel and clamped), paints program.view, feeds events to program.handle until it returns false, then restores
    /// the terminal exactly as it was. Returns the termination reason when a signal or a lost terminal ended it.
    public static func run<P: TerminalProgram>(_ program: inout P, options: TerminalOptions) throws -> TerminationReason? {
        try run(&program, options: options, inputDescriptor: STDIN_FILENO, outputDescriptor: STDOUT_FILENO)
    }

    /// The same on any pair of descriptors (a pty in tests).
    static func run<P: TerminalProgram>(_ program: inout P, options: TerminalOptions,
                                        inputDescriptor: Int32, outputDescriptor: Int32) throws -> TerminationReason? {
        guard isatty(inputDescriptor) == 1, isatty(outputDescriptor) == 1 else { throw TerminalError.notATerminal }
        guard let terminalType = options.terminalType else { throw TerminalError.unknownTerminal("") }
        ensureUTF8Locale()

        var signals = SignalGuard(inputDescriptor: inputDescriptor, outputDescriptor: outputDescriptor)
        signals.saveTerminalModes()
        defer {
            signals.restoreTerminalModes()
            signals.restore()
        }
        let screen = try CursesScreen(terminalType: terminalType, inputDescriptor: inputDescriptor,
                                      outputDescriptor: outputDescriptor,
                                      wantColors: options.colors, clearOnExit: options.clearOnExit)
        signals.setResetBytes(screen.resetBytes())
        signals.setSilencedDescriptor(screen.outputDescriptor)
        defer { screen.end() }

        return loop(&program, screen: screen, signals: signals, options: options, inputDescriptor: inputDescriptor)
    }

    private static func loop<P: TerminalProgram>(_ program: inout P, screen: CursesScreen, signals: SignalGuard,
                                                 options: TerminalOptions, inputDescriptor: Int32) -> TerminationReason? {
        var decoder = KeyDecoder(pasteLimitBytes: options.pasteLimitBytes,
                                 pasteMinimumCharacters: options.pasteMinimumCharacters)
        let clock = ContinuousClock()
        let idle = Duration.milliseconds(max(1, options.idleTickMilliseconds))
        var lastActivity = clock.now
        var deadReads = 0

        func paint() {
            let (width, height) = screen.size
            screen.paint(program.view(width: width, height: height))
        }
        /// The size the kernel has now, clamped, told to the program.
        func resized(_ program: inout P) -> Bool {
            screen.applyTerminalSize()
            screen.invalidate()
            let (width, height) = screen.size
            return program.handle(.resize(width: width, height: height))
        }
        paint()

        while true {
            if let signo = signals.takePendingSignal() {
                program.terminate(reason: .signal(signo))
                return .signal(signo)
            }
            if signals.takeResize() {
                guard resized(&program) else { return nil }
                paint()
            }
            let started = clock.now
            guard let first = screen.read(waitingAtMost: readTimeoutMilliseconds) else {
                // A read that fails well before its timeout, with no signal
                // behind it, is a terminal that has gone (EIO, hang-up).
                if signals.hasPendingSignal { continue }
                if started.duration(to: clock.now) < .milliseconds(Int(readTimeoutMilliseconds) / 2) {
                    deadReads += 1
                    if deadReads >= deadReadLimit || terminalHungUp(inputDescriptor) {
                        program.terminate(reason: .terminalLost)
                        return .terminalLost
                    }
                } else {
                    deadReads = 0
                }
                if lastActivity.duration(to: clock.now) >= idle {
                    lastActivity = clock.now
                    if program.tick() {
                        if program.takeScreenClearRequest() { screen.clearScrollback() }
                        paint()
                    }
                }
                continue
            }
            deadReads = 0
            lastActivity = clock.now

            var decoded = decoder.feed(first)
            var count = 1
            while count < burstLimit, signals.hasPendingSignal == false, signals.hasPendingResize == false,
                  let next = screen.read(waitingAtMost: decoder.awaitsMore ? restOfSequenceMilliseconds : 0) {
                decoded += decoder.feed(next)
                count += 1
            }
            decoded += decoder.endOfBurst()

            guard deliver(decoded, to: &program, resized: resized) else { return nil }
            if program.takeScreenClearRequest() { screen.clearScrollback() }
            paint()
        }
    }

    /// Hands one burst's inputs to the program in order; false when it
    /// wants to end. After an event it refused (`refusedInput`), the rest
    /// of the burst's keys are dropped: typed ahead for the next field,
    /// they would land after the refused value. Only the last resize of
    /// a burst is told (a resize storm), dropped keys or not.
    static func deliver<P: TerminalProgram>(_ decoded: [DecodedInput], to program: inout P,
                                            resized: (inout P) -> Bool) -> Bool {
        var dropping = false
        for (index, input) in decoded.enumerated() {
            let keepGoing: Bool
            switch input {
            case .event(let event):
                if dropping { continue }
                keepGoing = program.handle(event)
                dropping = program.refusedInput()
            case .terminalResized:
                if decoded[(index + 1)...].contains(.terminalResized) { continue }
                keepGoing = resized(&program)
            }
            if !keepGoing { return false }
        }
        return true
    }

    /// ncurses needs a UTF-8 locale for wide characters; a help-desk account
    /// with no LANG gets C.UTF-8 for character handling only.
    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        if !isUTF8Codeset() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    static func isUTF8Codeset() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// True when the terminal has hung up or the descriptor is no longer usable.
    static func terminalHungUp(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, 0)
        if ready < 0 { return errno != EINTR }
        return entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
