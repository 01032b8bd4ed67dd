import DossierCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The two things the plain mode does with the outside world: read one
/// answer, write text. A screen reader, a braille display, a pipe from a
/// script and a test's array of lines all fit behind it, and nothing else
/// (no cursor, no colour, no screen size) can leak in.
public protocol PlainConsole: AnyObject {
    /// One line typed by the person, without its newline; nil at end of input.
    func readLine() -> String?
    /// The same, told which question it answers: a field's JSON path
    /// (`student.cnie`), `entries.<kind>`, `originals.<document>`, `review`
    /// or `resume`. A person never needs it; a script that answers by
    /// question rather than by order does.
    func readLine(answering question: String) -> String?
    func write(_ text: String)
    /// What kept the last `readLine` from bringing a line, once: asked
    /// after each read. A console that cannot be interrupted and bounds
    /// nothing (a test's array of lines) has none.
    func takeTrouble() -> PlainLineTrouble?
    /// True when the last nil from `readLine` was no end of input but a
    /// kiosk's idle limit passed with nothing typed.
    var idleEnded: Bool { get }
}

extension PlainConsole {
    public func readLine(answering question: String) -> String? { readLine() }
    public func takeTrouble() -> PlainLineTrouble? { nil }
    public var idleEnded: Bool { false }
}

/// Standard input and output. Writes go straight to the file descriptor so
/// a prompt without a newline is seen before the answer is read.
public final class StandardConsole: PlainConsole {
    let input: Int32
    /// Kiosk mode: a line not even begun within this long ends the input,
    /// as a walked-away student's session ends at a full-screen kiosk.
    let idleLimit: Duration?
    public private(set) var idleEnded = false

    public init(input: Int32 = STDIN_FILENO, idleLimit: Duration? = nil) {
        self.input = input
        self.idleLimit = idleLimit
    }

    /// Read byte by byte from the descriptor, unbuffered, so that waiting
    /// for the next key (`poll`) never misses a line already read ahead.
    public func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            if bytes.isEmpty, let idleLimit {
                let (seconds, attoseconds) = idleLimit.components
                var entry = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                let ready = poll(&entry, 1, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000))
                if ready == 0 {
                    idleEnded = true
                    return nil
                }
                if ready < 0 && errno == EINTR { continue }
            }
            let count = read(input, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : Self.line(bytes) }
            if byte == UInt8(ascii: "\n") { return Self.line(bytes) }
            bytes.append(byte)
        }
    }

    /// The bytes as text, without a final carriage return.
    static func line(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }

    public func write(_ text: String) {
        StandardStream.standardOutput.write(Data(text.utf8))
    }
}
