/// The number of a Barid Al-Maghrib registered item: a UPU S10 number, two
/// letters (the service), eight digits, a check digit and `MA` (the
/// country), e.g. `RR123456785MA`. The check digit catches most mistyped
/// digits of the receipt before the number is kept for years.
public enum TrackingNumber {
    /// The weights of the eight digits (UPU S10).
    static let weights = [8, 6, 4, 2, 3, 5, 9, 7]

    /// The check digit of eight digits: 11 minus the weighted sum mod 11,
    /// where 10 gives 0 and 11 gives 5. Nil unless exactly eight ASCII digits.
    public static func checkDigit<S: StringProtocol>(of digits: S) -> Int? {
        let values = digits.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value) - 48 : nil }
        guard values.count == 8, digits.unicodeScalars.count == 8 else { return nil }
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        switch 11 - sum % 11 {
        case 10: return 0
        case 11: return 5
        case let digit: return digit
        }
    }

    /// The normal form (spaces gone, upper case) of a valid number, or the
    /// problem: `tracking.format` for anything not shaped like an S10
    /// number from Morocco, `tracking.checkDigit` naming the digit expected.
    public static func check(_ raw: String, path: String) -> Result<String, Problem> {
        let value = Identifiers.normalize(raw)
        let scalars = Array(value.unicodeScalars)
        let typed = raw.trimmingSpacesAndNewlines
        guard scalars.count == 13, Identifiers.isLetters(String(String.UnicodeScalarView(scalars[0..<2]))),
              Identifiers.isDigits(String(String.UnicodeScalarView(scalars[2..<11]))),
              String(String.UnicodeScalarView(scalars[11...])) == "MA" else {
            return .failure(Problem(code: "tracking.format", path: path, arguments: ["value": typed]))
        }
        let digits = String(String.UnicodeScalarView(scalars[2..<10]))
        let expected = checkDigit(of: digits)!
        let found = Int(scalars[10].value) - 48
        guard found == expected else {
            return .failure(Problem(code: "tracking.checkDigit", path: path,
                                    arguments: ["value": typed, "expected": String(expected), "found": String(found)]))
        }
        return .success(value)
    }
}
