import FoundationEssentials

/// The first key written twice in one JSON object, found by one pass over
/// the bytes. A JSON parser keeps one of the two silently (Foundation the
/// first, others the last), so a file holding `"cnie"` twice reads as one
/// student here and as another elsewhere: `list` and `forget` would not
/// agree on whose it is. Keys are compared once their escapes are decoded
/// (`"\u0063nie"` is `"cnie"`). Meant for text a parser has accepted: on
/// anything else it gives up quietly.
enum JSONDuplicateKey {
    /// The JSON path of the repeated key (`student.cnie`,
    /// `practitioners[1].inpe`), or nil when every object's keys differ.
    static func first(in data: Data) -> String? {
        data.withUnsafeBytes { first(in: $0.bindMemory(to: UInt8.self)) }
    }

    private enum Container {
        case object(current: String?)
        case array(index: Int)
    }

    private static func first(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var stack: [Container] = []
        // The keys of each open object, innermost last, mutated in place.
        var keys: [Set<String>] = []
        var expectingKey = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"):
                stack.append(.object(current: nil))
                keys.append([])
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append(.array(index: 0))
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let closed = stack.popLast() else { return nil }
                if case .object = closed { keys.removeLast() }
                expectingKey = false
            case UInt8(ascii: ","):
                switch stack.last {
                case .object?: expectingKey = true
                case .array(let index)?: stack[stack.count - 1] = .array(index: index + 1)
                case nil: return nil
                }
            case UInt8(ascii: ":"):
                expectingKey = false
            case UInt8(ascii: "\""):
                // A value is only stepped over: decoding each one was most
                // of this pass's cost on a folder of dossiers.
                guard expectingKey, case .object? = stack.last else {
                    guard let end = endOfString(in: bytes, from: i + 1) else { return nil }
                    i = end
                    break
                }
                guard let (text, end) = string(in: bytes, from: i + 1) else { return nil }
                i = end
                do {
                    if !keys[keys.count - 1].insert(text).inserted {
                        return path(stack.dropLast()).appendingKey(text)
                    }
                    stack[stack.count - 1] = .object(current: text)
                    expectingKey = false
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// The index of the closing quote of the string starting after its
    /// opening quote (an escaped quote does not close it).
    private static func endOfString(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): return i
            case UInt8(ascii: "\\"): i += 2
            default: i += 1
            }
        }
        return nil
    }

    /// The string starting after its opening quote, escapes decoded, and
    /// the index of its closing quote.
    private static func string(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var out: [UInt8] = []
        var i = start
        var pendingHigh: UInt32?
        func append(_ scalar: UInt32) {
            if let s = Unicode.Scalar(scalar) { out.append(contentsOf: Array(String(Character(s)).utf8)) }
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (String(decoding: out, as: UTF8.self), i) }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { return nil }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count,
                      let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + 4]), as: UTF8.self),
                                        radix: 16) else { return nil }
                i += 4
                if (0xD800...0xDBFF).contains(code) {
                    pendingHigh = code
                    continue
                }
                if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                    append(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                } else {
                    append(code)
                }
            default: out.append(JSONTreeParser.controlEscape(escaped) ?? escaped) // \n \t …, else \" \\ \/
            }
            pendingHigh = nil
        }
        return nil
    }

    private static func path(_ containers: ArraySlice<Container>) -> String {
        var result = ""
        for container in containers {
            switch container {
            case .object(let current?): result = result.appendingKey(current)
            case .object(nil): break
            case .array(let index): result += "[\(index)]"
            }
        }
        return result
    }
}

private extension String {
    func appendingKey(_ key: String) -> String { isEmpty ? key : self + "." + key }
}
