/// Numbers written in groups ("+212 6 12 34 56 78", a RIB, "1 200,50",
/// "12/03/2026") kept as one left-to-right run inside right-to-left text.
///
/// The bidi algorithm takes the digits on each side of a space as separate
/// numbers, and in a right-to-left line puts them in right-to-left order: a
/// phone reads "78 56 34 12 6 212+". Wrapping the whole run in a
/// left-to-right isolate (LRI … PDI) keeps its groups in the order they
/// were written, for FriBidi here (`--bidi app`) and for a terminal that
/// reorders itself (`--bidi terminal`).
///
/// For a terminal the run is wrapped in left-to-right marks (LRM … LRM)
/// instead: mlterm shows an isolate as a blank cell of its own, which
/// pushes the line past the edge, while every terminal knows LRM takes no
/// cell; between two LRMs the digits and their separators resolve left to
/// right all the same (rule W7 of the bidi algorithm).
///
/// A run starts at a digit, or at a `+` just before one, and goes on over
/// digits and over one `space + , . / -` (or no-break space) standing
/// between two digits. A run of digits alone needs nothing and is left as
/// it is.
public enum DigitRuns {
    static let isolateOpen: UInt32 = 0x2066
    static let isolateClose: UInt32 = 0x2069

    static func isDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x660...0x669).contains(v) || (0x6F0...0x6F9).contains(v)
    }

    static func isJoiner(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0xA0, 0x202F, 0x2B, 0x2C, 0x2E, 0x2F, 0x2D: true
        default: false
        }
    }

    /// The runs to isolate, as half-open ranges of scalar indices.
    static func runs(_ scalars: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let startsWithPlus = scalars[i] == 0x2B && i + 1 < n && isDigit(scalars[i + 1])
            guard isDigit(scalars[i]) || startsWithPlus else {
                i += 1
                continue
            }
            let start = i
            var joined = startsWithPlus
            i += startsWithPlus ? 2 : 1
            while i < n {
                if isDigit(scalars[i]) {
                    i += 1
                } else if isJoiner(scalars[i]), i + 1 < n, isDigit(scalars[i + 1]) {
                    joined = true
                    i += 2
                } else {
                    break
                }
            }
            if joined { result.append(start..<i) }
        }
        return result
    }

    /// The scalars with every grouped number isolated, and for each original
    /// scalar its index in the result.
    static func isolating(_ scalars: [UInt32], open: UInt32 = isolateOpen,
                          close: UInt32 = isolateClose) -> (scalars: [UInt32], origin: [Int]) {
        let found = runs(scalars)
        guard !found.isEmpty else { return (scalars, Array(scalars.indices)) }
        var out: [UInt32] = []
        var origin: [Int] = []
        out.reserveCapacity(scalars.count + 2 * found.count)
        origin.reserveCapacity(scalars.count)
        var next = found.makeIterator()
        var run = next.next()
        for (index, scalar) in scalars.enumerated() {
            if let r = run, index == r.lowerBound { out.append(open) }
            origin.append(out.count)
            out.append(scalar)
            if let r = run, index == r.upperBound - 1 {
                out.append(close)
                run = next.next()
            }
        }
        return (out, origin)
    }

    /// The text with every grouped number in a left-to-right isolate.
    public static func isolated(_ text: String) -> String {
        wrapped(text, open: isolateOpen, close: isolateClose)
    }

    /// The text with every grouped number between left-to-right marks, for
    /// a terminal that reorders by itself.
    public static func marked(_ text: String) -> String {
        wrapped(text, open: leftToRightMark, close: leftToRightMark)
    }

    static let leftToRightMark: UInt32 = 0x200E

    static func wrapped(_ text: String, open: UInt32, close: UInt32) -> String {
        let scalars = text.unicodeScalars.map(\.value)
        let result = isolating(scalars, open: open, close: close).scalars
        guard result.count != scalars.count else { return text }
        var view = String.UnicodeScalarView()
        for value in result { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }

    /// An isolate or mark this program places itself.
    static func isBidiControl(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { [0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains($0.value) }
    }
}
