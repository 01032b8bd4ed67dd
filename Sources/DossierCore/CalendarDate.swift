import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A day on the calendar, with no time and no time zone.
///
/// Care dates, birth dates and the last mailing day are days, not instants:
/// a dossier made at 23:30 in Rabat must keep its date whatever the machine's
/// zone, so nothing here goes through `Date`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for a day that does not exist (2026-02-30, 2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), so that day arithmetic is
    /// plain integer arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    /// ISO 8601 calendar date, `YYYY-MM-DD`: the form written in files.
    public var iso: String { CalendarDate.written([(year, 4), (month, 2), (day, 2)], separator: "-") }

    /// `DD/MM/YYYY`, the form printed on Moroccan forms.
    public var dayMonthYear: String { CalendarDate.written([(day, 2), (month, 2), (year, 4)], separator: "/") }

    /// The numbers with zeros before each up to its width, between
    /// separators: every date of every row of a register goes through
    /// here, and `String(format:)` costs a C formatter call each.
    static func written(_ parts: [(number: Int, width: Int)], separator: Character) -> String {
        var text = ""
        text.reserveCapacity(10)
        for (offset, part) in parts.enumerated() {
            if offset > 0 { text.append(separator) }
            append(part.number, width: part.width, to: &text)
        }
        return text
    }

    /// `number` in decimal, zeros before it up to `width` characters, as
    /// `%0*d` writes it.
    static func append(_ number: Int, width: Int, to text: inout String) {
        if number < 0 {
            text.append("-")
            append(-number, width: width - 1, to: &text)
            return
        }
        let digits = String(number)
        if digits.utf8.count < width { text.append(String(repeating: "0", count: width - digits.utf8.count)) }
        text.append(digits)
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DD` only: the strict form used in files and arguments.
    /// Read byte by byte: every date of every file of a register comes
    /// through here.
    public init?(iso text: String) {
        guard text.utf8.count == 10 else { return nil }
        var numbers = (0, 0, 0)
        for (offset, byte) in text.utf8.enumerated() {
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if offset < 4 { numbers.0 = numbers.0 * 10 + digit } else if offset < 7 {
                    numbers.1 = numbers.1 * 10 + digit
                } else { numbers.2 = numbers.2 * 10 + digit }
            }
        }
        self.init(year: numbers.0, month: numbers.1, day: numbers.2)
    }

    /// Parses what a person types: `DD/MM/YYYY` (the Moroccan habit, also with
    /// `-` or `.`), or `YYYY-MM-DD`. Surrounding spaces are ignored and
    /// Arabic-Indic digits read as Western ones.
    public init?(typed raw: String) {
        let text = Identifiers.westernDigits(raw.trimmingSpaces)
        if let iso = CalendarDate(iso: text) {
            self = iso
            return
        }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today as a calendar day in the machine's time zone (the user's day),
    /// as the C library tells it (`LocalTime`): `TZ` when it is set, else
    /// /etc/localtime, the same rules `date` follows. Asking Foundation's
    /// `TimeZone.current` and a Gregorian `Calendar` cost 880 000
    /// instructions at every start, 8 % of it (issue 14).
    public static func today() -> CalendarDate { localDay(of: Date()) }

    /// The calendar day of `moment` on the machine's clock (a dossier's day
    /// of saving, in the register).
    public static func localDay(of moment: Date) -> CalendarDate {
        let local = LocalTime(of: moment)
        return CalendarDate(year: local.year, month: local.month, day: local.day)
            ?? day(of: moment, secondsFromGMT: 0)
    }

    /// The calendar day of `moment` where clocks are `secondsFromGMT` ahead
    /// of Greenwich: counted, not asked of any time-zone database.
    public static func day(of moment: Date, secondsFromGMT: Int) -> CalendarDate {
        let seconds = Int(moment.timeIntervalSince1970.rounded(.down)) + secondsFromGMT
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return CalendarDate(dayNumber: CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber + days)
    }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a calendar date YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
