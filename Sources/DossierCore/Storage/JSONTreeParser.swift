/// A strict JSON parser for the fast way of reading a dossier: it accepts
/// only what every parser accepts alike (RFC 8259, UTF-8, no byte-order
/// mark) and gives up, with nil, on anything else: text that is not JSON, a
/// string that is not UTF-8, nesting deeper than a dossier's limit, or a key
/// written twice in one object. Giving up is never a verdict: the reader
/// then goes the careful way (Foundation's decoder, `JSONDuplicateKey`),
/// which names what is wrong and where.
struct JSONTreeParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private let depthLimit: Int

    private init(_ bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int) {
        self.bytes = bytes
        self.depthLimit = depthLimit
    }

    /// The one value of `bytes`, or nil where the careful way must look.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int) -> JSONTree? {
        var parser = JSONTreeParser(bytes, depthLimit: depthLimit)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.i == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) -> JSONTree? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            return depth < depthLimit ? object(depth: depth + 1) : nil
        case UInt8(ascii: "["):
            return depth < depthLimit ? array(depth: depth + 1) : nil
        case UInt8(ascii: "\""):
            return string().map(JSONTree.string)
        case UInt8(ascii: "t"):
            return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"):
            return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"):
            return literal("null") ? .null : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number()
        default:
            return nil
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - i >= count else { return false }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
        i += count
        return true
    }

    private mutating func object(depth: Int) -> JSONTree? {
        i += 1
        var pairs: [(key: String, value: JSONTree)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(pairs)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            // Compared as Swift strings (canonical equivalence): a superset
            // of what `JSONDuplicateKey` calls the same key, so any doubt
            // goes the careful way.
            if pairs.contains(where: { $0.key == key }) { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let value = value(depth: depth) else { return nil }
            pairs.append((key, value))
            guard let closed = closedOrComma(UInt8(ascii: "}")) else { return nil }
            if closed { return .object(pairs) }
        }
    }

    private mutating func array(depth: Int) -> JSONTree? {
        i += 1
        var items: [JSONTree] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
        }
        while true {
            guard let item = value(depth: depth) else { return nil }
            items.append(item)
            guard let closed = closedOrComma(UInt8(ascii: "]")) else { return nil }
            if closed { return .array(items) }
        }
    }

    /// After a member or an item: true past the closing bracket, false past
    /// a comma (another one follows), nil on anything else.
    private mutating func closedOrComma(_ closing: UInt8) -> Bool? {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == closing else { return nil }
        i += 1
        return bytes[i - 1] == closing
    }

    /// A string from its opening quote; its bytes must be UTF-8.
    private mutating func string() -> String? {
        i += 1
        let start = i
        // Most strings hold no escape: made straight from the file's bytes.
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            i += 1
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return String(validating: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i + 1 < bytes.count else { return nil }
                let escaped = bytes[i + 1]
                i += 2
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "u"):
                    guard let unit = hex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800...0xDBFF).contains(unit) {
                        // A high surrogate must be followed by its low half.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            return nil
                        }
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        scalar = Unicode.Scalar(unit)
                    }
                    guard let scalar else { return nil }
                    out.append(contentsOf: String(scalar).utf8)
                default:
                    guard let control = Self.controlEscape(escaped) else { return nil }
                    out.append(control)
                }
            default:
                if byte < 0x20 { return nil }
                out.append(byte)
                i += 1
            }
        }
        return nil
    }

    /// The control character a one-letter escape stands for (`\n`, `\t`,
    /// `\b`, `\f`, `\r`), also for `JSONDuplicateKey`.
    static func controlEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - i >= 4 else { return nil }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
            i += 1
        }
        return unit
    }

    /// A number as RFC 8259 writes it, kept as text.
    private mutating func number() -> JSONTree? {
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - from
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits() == 0 {
            return nil
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }
}
