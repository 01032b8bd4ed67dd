import Foundation

/// The register for other programs: `list --json` (one JSON document, an
/// array of objects) and `list --csv` (RFC 4180: comma-separated, CRLF
/// line ends, a field quoted when it holds a comma, a quote or a line
/// break, quotes doubled; UTF-8 without a byte-order mark; a header row).
/// Both have the same columns, in the same order, named as in the JSON.
///
/// Values read from a file are bounded (`cellLimit` characters, "…" when
/// cut) and their control and bidi characters made visible, as on the
/// screen: an export is often looked at with `cat` before a spreadsheet.
extension DossierListReport {
    /// The columns, in order.
    public static let columns = ["file", "status", "name", "cnie", "sheet", "total", "lastMailingDay", "daysLeft",
                                 "daysSinceMailing", "mailedOn", "trackingNumber", "problems", "copies", "sameTracking", "savedOn"]

    /// The widest value from a file in an export (the longest name the
    /// wizard takes is 80); a path may be as long as the system allows.
    static let cellLimit = 80

    /// Each row's values by column: strings, integers, or nil.
    enum Value: Encodable {
        case text(String)
        case number(Int)
        case amount(Money)
        case list([String])
        case none

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .number(let n): try c.encode(n)
            case .amount(let m): try c.encode(m.decimal)
            case .list(let l): try c.encode(l)
            case .none: try c.encodeNil()
            }
        }

        /// The CSV field, before quoting: a list joined by "; ", nothing for
        /// none; text from a file made inert for spreadsheets (`inert`).
        var csv: String {
            switch self {
            case .text(let s): DossierListReport.inert(s)
            case .number(let n): String(n)
            case .amount(let m): m.plain
            case .list(let l): DossierListReport.inert(l.joined(separator: "; "))
            case .none: ""
            }
        }
    }

    func values(_ row: RegisterRow) -> [Value] {
        let fromFile = { (text: String) in TerminalText.visible(text, limit: Self.cellLimit) }
        let path = { (path: String) in TerminalText.visible(path, limit: CommandLineValue.maximumPathLength) }
        return [
            .text(path(row.path)),
            .text(row.status.rawValue),
            .text(fromFile(row.dossier.student.fullName)),
            .text(fromFile(Identifiers.normalize(row.dossier.student.cnie))),
            .text(row.dossier.sheet.rawValue),
            .amount(row.dossier.total),
            row.lastMailingDay.map { .text($0.iso) } ?? .none,
            row.daysLeft.map { .number($0) } ?? .none,
            row.daysSinceMailing.map { .number($0) } ?? .none,
            row.mailedOn.map { .text($0.iso) } ?? .none,
            row.trackingNumber.map { .text(fromFile($0)) } ?? .none,
            .number(row.problems),
            .list(row.copies.map(path)),
            .list(row.sameTracking.map(path)),
            .text(row.savedOn.iso),
        ]
    }

    /// An array of objects with every column, null where there is no
    /// value (a stable shape), `copies` an array of paths.
    public func json() -> String {
        struct Object: Encodable {
            let values: [(String, Value)]
            struct Key: CodingKey {
                let stringValue: String
                init(stringValue: String) { self.stringValue = stringValue }
                var intValue: Int? { nil }
                init?(intValue: Int) { nil }
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                for (key, value) in values { try c.encode(value, forKey: Key(stringValue: key)) }
            }
        }
        return ReportJSON.string(rows.map { Object(values: Array(zip(Self.columns, values($0)))) })
    }

    /// The header row and one row per dossier.
    public func csv() -> String {
        var out = Self.columns.map(Self.csvField).joined(separator: ",") + "\r\n"
        for row in rows {
            out += values(row).map { Self.csvField($0.csv) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A text cell a spreadsheet would take for a formula (it starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return: a name typed as
    /// `=HYPERLINK(…)` runs when the register is opened) starts with `'`
    /// instead, which spreadsheets show as text and do not display. Our own
    /// numbers (days left, which may be negative) are never touched.
    static func inert(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// One field: quoted when it must be (RFC 4180 §2.6–2.7).
    static func csvField(_ value: String) -> String {
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}
