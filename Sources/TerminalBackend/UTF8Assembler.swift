/// Puts the bytes `wgetch` reads back together into Unicode scalars.
///
/// Why not `wget_wch`: given a byte that cannot start or continue UTF-8
/// (a terminal left in Latin-1 sends `é` as 0xE9), ncurses goes on reading
/// until its buffer of about 150 bytes is full, then answers an error; the
/// bad byte and every letter typed after it are lost without a word. Here
/// a bad byte is counted, so the person is told, and the next one is read
/// afresh.
struct UTF8Assembler: Sendable {
    /// What one byte completed.
    enum Step: Equatable, Sendable {
        /// A whole scalar.
        case scalar(Unicode.Scalar)
        /// The byte belongs to a scalar not yet complete.
        case pending
        /// A byte, or a sequence cut short, that is not UTF-8. When the
        /// byte that cut it short may begin something new, `retry` is set:
        /// feed it again.
        case invalid(retry: Bool)
    }

    private var bytes: [UInt8] = []
    private var expected = 0

    /// True while a scalar has begun and is not complete.
    var isPending: Bool { !bytes.isEmpty }

    mutating func feed(_ byte: UInt8) -> Step {
        if bytes.isEmpty {
            switch byte {
            case 0x00...0x7F: return .scalar(Unicode.Scalar(byte))
            case 0xC2...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF4: expected = 4
            default: return .invalid(retry: false) // a lone continuation, C0/C1 overlongs, beyond U+10FFFF
            }
            bytes = [byte]
            return .pending
        }
        guard UTF8Assembler.continues(bytes, with: byte) else {
            reset()
            return .invalid(retry: true)
        }
        bytes.append(byte)
        guard bytes.count == expected else { return .pending }
        defer { reset() }
        var value = UInt32(bytes[0]) & (0xFF >> UInt32(expected + 1))
        for continuation in bytes.dropFirst() { value = value << 6 | UInt32(continuation & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return .invalid(retry: false) }
        return .scalar(scalar)
    }

    /// Drops a scalar begun and not finished; true when there was one.
    mutating func abandon() -> Bool {
        defer { reset() }
        return !bytes.isEmpty
    }

    private mutating func reset() {
        bytes = []
        expected = 0
    }

    /// A continuation byte, within the ranges that keep the sequence the
    /// shortest one for its scalar and outside the surrogates (RFC 3629).
    private static func continues(_ bytes: [UInt8], with byte: UInt8) -> Bool {
        guard (0x80...0xBF).contains(byte) else { return false }
        guard bytes.count == 1 else { return true }
        switch bytes[0] {
        case 0xE0: return byte >= 0xA0
        case 0xED: return byte <= 0x9F
        case 0xF0: return byte >= 0x90
        case 0xF4: return byte <= 0x8F
        default: return true
        }
    }
}
