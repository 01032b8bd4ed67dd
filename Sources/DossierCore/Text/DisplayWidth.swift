/// How many terminal cells a piece of text takes.
///
/// glibc's `wcwidth` answers -1 for every non-ASCII character unless the
/// process has set a UTF-8 locale, which tests and pure code must not depend
/// on; so the width is computed from Unicode properties here, the same way
/// for the view, the tests and the terminal.
public enum DisplayWidth {
    /// Width of one scalar: 0 for combining marks and format characters,
    /// 2 for East Asian wide and emoji, 1 otherwise.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) { return 0 } // Hangul medial vowels, final consonants
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
             0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E,
             0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
             0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Width of one user-perceived character (grapheme cluster): the widest
    /// of its scalars, so a base letter with combining marks takes one cell.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        // Most of a screen is printable ASCII, one cell per byte: counted
        // without splitting the text into grapheme clusters, which was most
        // of the cost of drawing a frame.
        if let cells = printableASCIICount(text) { return cells }
        if let cells = loneSingleCellCount(text) { return cells }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The number of bytes of `text` when every one is printable ASCII
    /// (U+0020–U+007E, one cell each); nil otherwise. A byte below 0x80 is a
    /// whole grapheme cluster on its own unless a combining mark follows it,
    /// and a combining mark is never ASCII: so the count is exact.
    @inline(__always)
    public static func printableASCIICount(_ text: String) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    /// Whether a scalar takes one cell and is always a grapheme cluster of
    /// its own: no combining mark, joiner, variation selector, format or
    /// prepended character is among these, and none of them is wide. French
    /// and shaped Arabic text is nearly all of them ("é", "—", "…", "·",
    /// "▲", the presentation forms an app-shaped Arabic line is drawn in),
    /// so it is counted scalar by scalar, without grapheme breaking or a
    /// look-up of each scalar's general category: a move in the list of the
    /// 42 diseases spent half its time there (bench/).
    @inline(__always)
    public static func isLoneSingleCell(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF,     // ASCII, Latin-1 (not the soft hyphen), Latin Extended
             0x2010...0x2027, 0x2030...0x205E,            // dashes, quotes, "…", "•", "‰"
             0x20A0...0x20C0,                             // currency signs
             0x2190...0x21FF, 0x2500...0x25FC,            // arrows, box drawing, blocks, geometric shapes
             0x060C, 0x061B, 0x061F, 0x0621...0x064A,     // Arabic punctuation and letters (not its marks)
             0x0660...0x0669, 0xFE80...0xFEFC:            // Arabic-Indic digits, presentation forms B
            return true
        default:
            return false
        }
    }

    /// The number of scalars of `text` when each is `isLoneSingleCell`
    /// (then it is also the number of cells); nil otherwise.
    @inline(__always)
    public static func loneSingleCellCount(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isLoneSingleCell(scalar.value) else { return nil }
            count += 1
        }
        return count
    }

    /// The longest prefix of `text` that fits in `cells` columns.
    public static func prefix(_ text: String, fitting cells: Int) -> String {
        if let count = printableASCIICount(text) {
            return count <= cells ? text : String(text.utf8.prefix(max(0, cells)))!
        }
        if let count = loneSingleCellCount(text) {
            return count <= cells ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, cells))))
        }
        var used = 0
        var result = ""
        for character in text {
            let w = of(character)
            if used + w > cells { break }
            used += w
            result.append(character)
        }
        return result
    }
}
