/// The identifiers written on a care sheet, their normal form and their
/// checks. Each check first normalises (spaces removed, letters upper-cased),
/// because people type `ab 123456` for `AB123456`.
public enum Identifiers {
    /// Removes every kind of space and invisible format character (a
    /// right-to-left mark or a zero-width space comes along when a number is
    /// copied out of Arabic text), turns Arabic-Indic digits into Western
    /// ones (an Arabic keyboard may type `١٢٣`), and upper-cases letters.
    public static func normalize(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format { continue }
            scalars.append(westernDigit(scalar))
        }
        return String(scalars).uppercased()
    }

    /// `٣` (U+0663) and `۳` (U+06F3) both become `3`; any other scalar is kept.
    public static func westernDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
        default: return scalar
        }
    }

    /// The text with Arabic-Indic digits made Western, nothing else changed:
    /// what dates and amounts go through before they are read.
    public static func westernDigits(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.map(westernDigit))
        return String(scalars)
    }

    static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    static func isLetters<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// The remainder of a long decimal number divided by 97, digit by digit
    /// (a 24-digit RIB does not fit in 64 bits). Anything but an ASCII digit
    /// is skipped, so no input can make it trap.
    public static func mod97(_ digits: String) -> Int {
        var remainder = 0
        for scalar in digits.unicodeScalars where ("0"..."9").contains(scalar) {
            remainder = (remainder * 10 + Int(scalar.value) - 48) % 97
        }
        return remainder
    }

    /// What the person typed, for the message: the normal form is for
    /// checking, but "n" reported as « N » reads as if the program had
    /// misheard.
    static func typed(_ raw: String) -> String {
        raw.trimmingSpacesAndNewlines
    }

    /// The two-digit key (01…97) that makes `body` followed by the key ≡ 0 (mod 97): the check used by both
    /// the RIB (22 digits + key) and the ICE (13 digits + key).
    public static func mod97Key(for body: String) -> Int {
        97 - mod97(body + "00")
    }

    /// CNIE: one or two letters, then 4 to 8 digits (`AB123456`, `J4567`).
    public static func checkCNIE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "cnie.missing", path: path) }
        // Counted in scalars: a letter followed by a combining accent is one
        // Character that compares between "A" and "Z", and must not pass.
        let scalars = Array(value.unicodeScalars)
        let letterCount = scalars.prefix { ("A"..."Z").contains($0) }.count
        let digits = scalars.dropFirst(letterCount)
        guard (1...2).contains(letterCount), (4...8).contains(digits.count),
              digits.allSatisfy({ ("0"..."9").contains($0) }) else {
            return Problem(code: "cnie.format", path: path, arguments: ["value": typed(raw)])
        }
        return nil
    }

    /// Massar code: one letter then 9 digits (`R123456789`). Optional field:
    /// empty is fine.
    public static func checkMassar(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return nil }
        let scalars = value.unicodeScalars
        guard scalars.count == 10, isLetters(String(scalars.prefix(1))), isDigits(String(scalars.dropFirst())) else {
            return Problem(code: "massar.format", path: path, arguments: ["value": typed(raw)])
        }
        return nil
    }

    /// INPE: digits only. CNOPS publishes no length or checksum, so none is
    /// invented here.
    public static func checkINPE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "inpe.missing", path: path) }
        guard isDigits(value) else { return Problem(code: "inpe.digits", path: path, arguments: ["value": typed(raw)]) }
        return nil
    }

    /// ICE: exactly 15 digits, and the whole number ≡ 0 (mod 97).
    public static func checkICE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "ice.missing", path: path) }
        guard isDigits(value) else { return Problem(code: "ice.digits", path: path, arguments: ["value": typed(raw)]) }
        guard value.count == 15 else {
            return Problem(code: "ice.length", path: path, arguments: ["typed": String(value.count)])
        }
        guard mod97(value) == 0 else {
            // The key is never shown: see checkRIB.
            return Problem(code: "ice.checksum", path: path)
        }
        return nil
    }

    /// The two-digit key a RIB's first 22 digits call for (01…97). For
    /// building numbers (tests, examples), never for a message.
    public static func ribKey(forFirst22 digits: String) -> Int {
        mod97Key(for: digits)
    }

    /// RIB: exactly 24 digits, and the whole number ≡ 0 (mod 97). A number
    /// that fails the check is reported as "a digit is wrong", never with the
    /// key the other digits call for: a hurried student types the suggested
    /// key, and a RIB with a wrong account digit would then pass every check
    /// (the money goes nowhere or to someone else). Only the paper can say
    /// which digit is wrong. Optional field: empty is fine.
    public static func checkRIB(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return nil }
        guard isDigits(value) else { return Problem(code: "rib.digits", path: path) }
        guard value.count == 24 else {
            return Problem(code: "rib.length", path: path, arguments: ["typed": String(value.count)])
        }
        guard mod97(value) == 0 else { return Problem(code: "rib.key", path: path) }
        return nil
    }

    /// The RIB as shown everywhere but its own field: only the last four
    /// digits, so a shoulder-surfer at a help desk learns nothing.
    public static func maskedRIB(_ raw: String) -> String {
        let value = normalize(raw)
        guard value.count > 4 else { return String(repeating: "•", count: value.count) }
        return String(repeating: "•", count: value.count - 4) + value.suffix(4)
    }
}
