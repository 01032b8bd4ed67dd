import FoundationEssentials

/// An amount in dirhams, held as whole centimes.
///
/// Reimbursement totals must add up to the centime: floating point cannot
/// hold 0.10 exactly, so amounts are integers and only become a decimal
/// number at the edges (typing, JSON, display).
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let centimes: Int64

    public init(centimes: Int64) {
        self.centimes = centimes
    }

    public static let zero = Money(centimes: 0)

    /// Largest amount accepted: ten million dirhams, far above any care bill,
    /// so sums can never overflow.
    public static let maximum = Money(centimes: 1_000_000_000)

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(centimes: lhs.centimes + rhs.centimes)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.centimes < rhs.centimes
    }

    /// Why a typed amount was refused.
    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case notANumber
        case negative
        case tooManyDecimals(Int)
        case tooLarge
    }

    /// Parses what a person types: `120`, `120,50`, `120.50`, `1 200,50`.
    /// Never goes through a floating-point value.
    /// A comma or a dot is the decimal separator; anything with more than two
    /// decimals (`1,234`) is refused rather than guessed, since French and
    /// English read it a thousand times apart. Arabic-Indic digits and the
    /// Arabic decimal separator `٫` are read as their Western forms.
    public static func parse(_ raw: String) -> Result<Money, ParseError> {
        var text = Identifiers.westernDigits(raw.trimmingSpaces)
        text = text.replacingEvery("\u{066B}", with: ",")
        // Spaces and the Arabic thousands separator `٬` only group digits.
        text.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" || $0 == "\u{066C}" }
        for suffix in ["DH", "dh", "Dh", "MAD", "درهم"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        guard !text.isEmpty else { return .failure(.empty) }
        if text.hasPrefix("-") { return .failure(.negative) }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty,
              intPart.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fraction.isEmpty { return .failure(.notANumber) }
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
        if fraction.count > 2 { return .failure(.tooManyDecimals(fraction.count)) }
        let significant = intPart.drop { $0 == "0" }
        guard significant.count <= 8, let whole = Int64(significant.isEmpty ? "0" : String(significant)) else {
            return .failure(.tooLarge)
        }
        while fraction.count < 2 { fraction += "0" }
        let centimes = whole * 100 + Int64(fraction)!
        guard centimes <= maximum.centimes else { return .failure(.tooLarge) }
        return .success(Money(centimes: centimes))
    }

    /// `120.50`: the plain form, dot decimal, always two decimals.
    public var plain: String {
        let sign = centimes < 0 ? "-" : ""
        let a = abs(centimes)
        let cents = a % 100
        return "\(sign)\(a / 100)." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// `339.6`, `250`, `0.05`: the shortest decimal form, as a JSON number
    /// (what `decimal` prints), made without `Decimal`'s arithmetic for
    /// the rows of a register.
    public var jsonNumber: String {
        let sign = centimes < 0 ? "-" : ""
        let a = centimes.magnitude
        let cents = a % 100
        if cents == 0 { return sign + String(a / 100) }
        let fraction = cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0" : "") + String(cents)
        return sign + String(a / 100) + "." + fraction
    }

    /// `120,50 DH` in French, `120.50 DH` in English, `120,50 درهم` in Arabic
    /// (Western digits, as on Moroccan forms).
    public func formatted(_ language: Language) -> String {
        switch language {
        case .fr: return plain.replacingEvery(".", with: ",") + " DH"
        case .en: return plain + " DH"
        case .ar: return plain.replacingEvery(".", with: ",") + " درهم"
        }
    }

    public var description: String { plain }

    /// The exact decimal value, for JSON numbers.
    public var decimal: Decimal {
        Decimal(centimes) / 100
    }
}

extension Money: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value: Decimal
        do {
            value = try container.decode(Decimal.self)
        } catch let error as DecodingError {
            throw error
        } catch {
            // A number out of any amount's range (1e400): the decoder's own
            // error, which would leave it as "not valid JSON" with no place.
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
        // Most amounts are whole centimes within the maximum: counted straight from the Decimal,
        // without the round trip through text below (a register of 50 000
        // files reads some 200 000 amounts).
        // A Decimal's description has no exponent and no point when it is whole.
        if let centimes = Int64((value * 100).description), centimes.magnitude <= Money.maximum.centimes {
            self = Money(centimes: centimes)
            return
        }
        // Decimal keeps the exact digits of the JSON number; go through its
        // string so no binary rounding can happen.
        let text = value.description
        // Below zero, or finer than a centime: a mistake in the dossier,
        // which the validator names at its place (amount.negative,
        // amount.decimals), not a file that cannot be read.
        let negative = text.hasPrefix("-")
        var digits = negative ? String(text.dropFirst()) : text
        if case .failure(.tooManyDecimals) = Money.parse(digits), let rounded = RoundedAmounts.of(decoder),
           let point = digits.firstIndex(of: ".") {
            rounded.note(container.codingPath, text)
            digits = String(digits[..<digits.index(point, offsetBy: 3)])
        }
        switch Money.parse(digits) {
        case .success(let money): self = negative ? Money(centimes: -money.centimes) : money
        case .failure(let error):
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(text) is not an amount in dirhams (\(error))")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimal)
    }
}
