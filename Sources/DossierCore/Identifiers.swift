/// The identifiers written on a care sheet, their normal form and their
/// checks. Each check first normalises (spaces removed, letters upper-cased),
/// because people type `ab 123456` for `AB123456`.
public enum Identifiers {
    /// Removes every kind of space and upper-cases ASCII letters.
    public static func normalize(_ raw: String) -> String {
        String(raw.unicodeScalars.filter { !$0.properties.isWhitespace }.map { Character($0) }).uppercased()
    }

    static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    static func isLetters<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// The remainder of a long decimal number divided by 97, digit by digit
    /// (a 24-digit RIB does not fit in 64 bits).
    public static func mod97(_ digits: String) -> Int {
        var remainder = 0
        for scalar in digits.unicodeScalars {
            remainder = (remainder * 10 + Int(scalar.value - 48)) % 97
        }
        return remainder
    }

    /// CNIE: one or two letters, then 4 to 8 digits (`AB123456`, `J4567`).
    public static func checkCNIE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "cnie.missing", path: path) }
        let letters = value.prefix { ("A"..."Z").contains($0) }
        let digits = value.dropFirst(letters.count)
        guard (1...2).contains(letters.count), isDigits(digits), (4...8).contains(digits.count) else {
            return Problem(code: "cnie.format", path: path, arguments: ["value": value])
        }
        return nil
    }

    /// Massar code: one letter then 9 digits (`R123456789`). Optional field:
    /// empty is fine.
    public static func checkMassar(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return nil }
        guard value.count == 10, isLetters(value.prefix(1)), isDigits(value.dropFirst()) else {
            return Problem(code: "massar.format", path: path, arguments: ["value": value])
        }
        return nil
    }

    /// INPE: digits only. CNOPS publishes no length or checksum, so none is
    /// invented here.
    public static func checkINPE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "inpe.missing", path: path) }
        guard isDigits(value) else { return Problem(code: "inpe.digits", path: path, arguments: ["value": value]) }
        return nil
    }

    /// ICE: exactly 15 digits, and the whole number ≡ 0 (mod 97).
    public static func checkICE(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return Problem(code: "ice.missing", path: path) }
        guard isDigits(value) else { return Problem(code: "ice.digits", path: path, arguments: ["value": value]) }
        guard value.count == 15 else {
            return Problem(code: "ice.length", path: path, arguments: ["typed": String(value.count)])
        }
        guard mod97(value) == 0 else { return Problem(code: "ice.checksum", path: path) }
        return nil
    }

    /// The two-digit key a RIB's first 22 digits call for (01…97).
    public static func ribKey(forFirst22 digits: String) -> Int {
        97 - mod97(digits + "00")
    }

    /// RIB: exactly 24 digits, and the whole number ≡ 0 (mod 97). A wrong
    /// key is reported as such, with the key the other digits call for.
    /// Optional field: empty is fine.
    public static func checkRIB(_ raw: String, path: String) -> Problem? {
        let value = normalize(raw)
        if value.isEmpty { return nil }
        guard isDigits(value) else { return Problem(code: "rib.digits", path: path) }
        guard value.count == 24 else {
            return Problem(code: "rib.length", path: path, arguments: ["typed": String(value.count)])
        }
        guard mod97(value) == 0 else {
            let expected = ribKey(forFirst22: String(value.prefix(22)))
            return Problem(code: "rib.key", path: path,
                           arguments: ["expected": String(format2: expected), "typed": String(value.suffix(2))])
        }
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

extension String {
    /// Two digits with a leading zero: RIB keys are written `07`, not `7`.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
