#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import DossierWizard

/// Standard input and output for the plain mode, with what the full-screen
/// loop gives the wizard: the terminating signals (HUP, TERM, INT, QUIT)
/// are caught (`SignalGuard`), so the draft is saved and no Ctrl-\ opens
/// the Swift runtime's crash prompt; a line is read in pieces and never
/// held beyond `lineLimitBytes`; a line that is not UTF-8 is refused, not
/// stored with U+FFFD in it; and once a signal has come, output that the
/// terminal does not take (a frozen SSH link) is dropped after a second
/// instead of blocking the exit.
public final class LineConsole: PlainConsole {
    /// The longest line read, in bytes: the longest field's limit in bytes
    /// several times over, a paste of megabytes far beyond it.
    public static let lineLimitBytes = 16 * 1024
    /// How long output may stay blocked once a signal asked to end.
    static let blockedOutputLimitMilliseconds = 1000
    private static let pollMilliseconds: Int32 = 100

    private let input: Int32
    private let output: Int32
    private var signals: SignalGuard
    /// Bytes read past the last line given out.
    private var pending: [UInt8] = []
    private var atEnd = false
    private var trouble: PlainLineTrouble?
    private var outputAbandoned = false
    /// Kiosk mode: a line not even begun within this long ends the input,
    /// as a walked-away student's session ends at a full-screen kiosk.
    let idleLimit: Duration?
    public private(set) var idleEnded = false

    public init(inputDescriptor: Int32 = STDIN_FILENO, outputDescriptor: Int32 = STDOUT_FILENO,
                idleLimit: Duration? = nil) {
        input = inputDescriptor
        output = outputDescriptor
        self.idleLimit = idleLimit
        signals = SignalGuard(inputDescriptor: inputDescriptor, outputDescriptor: outputDescriptor)
    }

    deinit { signals.restore() }

    public func takeTrouble() -> PlainLineTrouble? {
        defer { trouble = nil }
        return trouble
    }

    public func readLine() -> String? {
        trouble = nil
        idleEnded = false
        var line: [UInt8] = []
        var tooLong = false
        let started = ContinuousClock.now
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                if !tooLong { line += pending[..<newline] }
                pending.removeSubrange(...newline)
                return finish(line, tooLong: tooLong || line.count > LineConsole.lineLimitBytes)
            }
            if !tooLong { line += pending }
            pending = []
            if line.count > LineConsole.lineLimitBytes {
                tooLong = true
                line = []
            }
            if atEnd {
                if line.isEmpty && !tooLong { return nil }
                return finish(line, tooLong: tooLong)
            }
            if let signo = signals.takePendingSignal() {
                trouble = .signal(signo)
                return nil
            }
            if let idleLimit, line.isEmpty, !tooLong, started.duration(to: .now) >= idleLimit {
                idleEnded = true
                return nil
            }
            readSome()
        }
    }

    /// Waits a moment for input and appends what came; sets `atEnd` at the
    /// end of input or when the descriptor fails.
    private func readSome() {
        var entry = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, LineConsole.pollMilliseconds)
        if ready == 0 || (ready < 0 && errno == EINTR) { return }
        if ready < 0 {
            atEnd = true
            return
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = Glibc.read(input, &chunk, chunk.count)
        if count > 0 {
            pending += chunk[0..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            atEnd = true
        }
    }

    private func finish(_ bytes: [UInt8], tooLong: Bool) -> String {
        if tooLong {
            trouble = .lineTooLong(limit: LineConsole.lineLimitBytes)
            return ""
        }
        let line = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
        guard let text = String(validating: line, as: UTF8.self) else {
            trouble = .notUTF8
            return ""
        }
        return text
    }

    /// Writes in small pieces when the terminal takes them, so a prompt
    /// without a newline is seen before the answer is read, and a signal
    /// is never stuck behind a terminal that reads nothing.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        var waited = 0
        while !bytes.isEmpty, !outputAbandoned {
            var entry = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&entry, 1, LineConsole.pollMilliseconds)
            if ready <= 0 {
                if ready < 0 && errno != EINTR { return }
                if signals.hasPendingSignal {
                    waited += Int(LineConsole.pollMilliseconds)
                    if waited >= LineConsole.blockedOutputLimitMilliseconds { outputAbandoned = true }
                }
                continue
            }
            if entry.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 { return }
            let piece = bytes.prefix(512)
            let count = piece.withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes = bytes.dropFirst(count)
            } else if count < 0 && errno != EINTR && errno != EAGAIN {
                return
            }
        }
    }
}
