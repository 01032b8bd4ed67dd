import FoundationEssentials

/// Turning what a person typed into a value, with the reason when it cannot
/// be. Front-ends call these so that a date or an amount is read the same way
/// in the wizard, the plain mode and the command line.
public enum TypedValue {
    /// A date typed `DD/MM/YYYY` or `YYYY-MM-DD`; an empty text is `missing`.
    public static func date(_ raw: String, path: String) -> Result<CalendarDate, Problem> {
        let text = raw.trimmingSpaces
        if text.isEmpty { return .failure(Problem(code: "date.missing", path: path)) }
        if let date = CalendarDate(typed: text) { return .success(date) }
        // Well-formed but impossible (31/02/2026) deserves its own words; a
        // shape that is not a date (2026-1-2, 1/2/26) is a format problem.
        let digits = Identifiers.westernDigits(text)
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        let counts = parts.map(\.count)
        let dayFirst = counts.count == 3 && (1...2).contains(counts[0]) && (1...2).contains(counts[1]) && counts[2] == 4
        let isoShape = counts == [4, 2, 2] && digits.allSatisfy { $0 != "/" && $0 != "." }
        if (dayFirst || isoShape), parts.allSatisfy({ Identifiers.isDigits($0) }) {
            return .failure(Problem(code: "date.impossible", path: path, arguments: ["value": text]))
        }
        return .failure(Problem(code: "date.format", path: path, arguments: ["value": text]))
    }

    /// An amount typed `120`, `120,50` or `120.50`.
    public static func amount(_ raw: String, path: String) -> Result<Money, Problem> {
        switch Money.parse(raw) {
        case .success(let money): return .success(money)
        case .failure(.empty): return .failure(Problem(code: "amount.missing", path: path))
        case .failure(.negative): return .failure(Problem(code: "amount.negative", path: path))
        case .failure(.tooManyDecimals(let n)):
            // "12,345" is often twelve thousand with a thousands separator:
            // the message offers the same digits without one.
            let text = raw.trimmingSpaces
            var digits = String(Identifiers.westernDigits(text).filter { $0.isASCII && $0.isNumber })
            while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst() }
            return .failure(Problem(code: "amount.decimals", path: path,
                                    arguments: ["typed": String(n), "value": text, "digits": digits]))
        case .failure(.tooLarge):
            return .failure(Problem(code: "amount.tooLarge", path: path, arguments: ["maximum": String(Money.maximum.centimes / 100)]))
        case .failure(.notANumber):
            return .failure(Problem(code: "amount.format", path: path, arguments: ["value": raw]))
        }
    }
}
