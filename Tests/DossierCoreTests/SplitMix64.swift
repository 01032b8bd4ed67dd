/// A tiny seeded generator (Steele, Lea and Flood's SplitMix64), so a
/// property test that fails fails again with the same inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &self))) })
    }

    mutating func letters(_ count: Int) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(Int.random(in: 65...90, using: &self)))) })
    }

    /// Characters people type and some they should not: digits, letters,
    /// separators, Arabic, combining marks, invisible controls, emoji.
    static let alphabet: [String] = [
        "0", "1", "5", "9", "a", "Z", "é", " ", "\u{00A0}", "\t", "\n", "/", "-", ".", ",", "+", "{", "}", "\"",
        "\\", "٣", "۷", "د", "ه", "\u{301}", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{0}", "🙂", "👩🏽‍⚕️", "ß", "ﬀ",
        "DH", "درهم", "١٢", "e", "E", "%", "\u{FFFD}",
    ]

    mutating func junk(maxLength: Int) -> String {
        let length = Int.random(in: 0...maxLength, using: &self)
        return (0..<length).map { _ in SplitMix64.alphabet.randomElement(using: &self)! }.joined()
    }

    /// The text with one character replaced, inserted or removed.
    mutating func mutate(_ text: String) -> String {
        var chars = Array(text)
        let choice = Int.random(in: 0...2, using: &self)
        let piece = SplitMix64.alphabet.randomElement(using: &self)!.first!
        switch choice {
        case 0 where !chars.isEmpty:
            chars[Int.random(in: 0..<chars.count, using: &self)] = piece
        case 1:
            chars.insert(piece, at: Int.random(in: 0...chars.count, using: &self))
        default:
            if !chars.isEmpty { chars.remove(at: Int.random(in: 0..<chars.count, using: &self)) }
        }
        return String(chars)
    }
}

/// The mod-97 keys computed independently of `Identifiers`: the number is cut
/// into chunks of 8 digits that fit in 64 bits, r = (r · 10⁸ + chunk) mod 97.
enum IndependentMod97 {
    static func remainder(_ digits: String) -> UInt64 {
        var r: UInt64 = 0
        var chunk = ""
        for c in digits {
            chunk.append(c)
            if chunk.count == 8 {
                r = (r * 100_000_000 + UInt64(chunk)!) % 97
                chunk = ""
            }
        }
        if !chunk.isEmpty {
            var scale: UInt64 = 1
            for _ in 0..<chunk.count { scale *= 10 }
            r = (r * scale + UInt64(chunk)!) % 97
        }
        return r
    }

    /// The key k in 01…97 with body·100 + k ≡ 0 (mod 97).
    static func key(for body: String) -> String {
        let k = 97 - remainder(body + "00")
        return k < 10 ? "0\(k)" : "\(k)"
    }
}
