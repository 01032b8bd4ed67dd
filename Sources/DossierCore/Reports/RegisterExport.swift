import FoundationEssentials

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
                                 "daysSinceMailing", "mailedOn", "trackingNumber", "problems", "copies", "sameTracking", "savedOn",
                                 "fileIsUTF8"]

    /// The widest value from a file in an export (the longest name the
    /// wizard takes is 80); a path may be as long as the system allows.
    static let cellLimit = 80

    /// Each row's values by column: strings, integers, or nil.
    enum Value {
        case text(String)
        case flag(Bool)
        case number(Int)
        case amount(Money)
        case list([String])
        case none

        /// The JSON value; a list indented one level below `indent`.
        func json(indent: String) -> String {
            switch self {
            case .text(let s): return DossierListReport.jsonString(s)
            case .number(let n): return String(n)
            case .flag(let b): return String(b)
            case .amount(let m): return m.jsonNumber
            case .list(let l):
                if l.isEmpty { return "[\n\n" + indent + "]" }
                return "[\n" + l.map { indent + "  " + DossierListReport.jsonString($0) }.joined(separator: ",\n") + "\n" + indent + "]"
            case .none: return "null"
            }
        }

        /// The CSV field, before quoting: a list joined by "; ", nothing for
        /// none; text from a file made inert for spreadsheets (`inert`).
        var csv: String {
            switch self {
            case .text(let s): DossierListReport.inert(s)
            case .number(let n): String(n)
            case .flag(let b): String(b)
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
            // A name that is not UTF-8 is shown with `\xFF` in `file`: said here, not guessed.
            .flag(RawFileName.isUTF8(row.path)),
        ]
    }

    /// An array of objects with every column, null where there is no
    /// value (a stable shape), `copies` an array of paths; keys sorted and
    /// indented as `ReportJSON` writes them. Written by hand: through
    /// `JSONEncoder` a register of 50 000 dossiers spent a sixth of its
    /// time building and sorting containers for values known to be
    /// strings, numbers and lists.
    public func json() -> String {
        if rows.isEmpty { return "[\n\n]\n" }
        let order = Self.columns.enumerated().sorted { $0.element < $1.element }
        var out = "[\n"
        for (i, row) in rows.enumerated() {
            let values = values(row)
            out += "  {\n"
            for (j, column) in order.enumerated() {
                out += "    \"" + column.element + "\" : " + values[column.offset].json(indent: "    ")
                out += j == order.count - 1 ? "\n" : ",\n"
            }
            out += i == rows.count - 1 ? "  }\n" : "  },\n"
        }
        return out + "]\n"
    }

    /// A JSON string: quotes, backslashes and C0 controls escaped as any
    /// encoder does, and the other characters a terminal obeys (DEL, C1,
    /// line separators, bidi controls) written `\uXXXX` too, as
    /// `ReportJSON.escapingSteering` does for the other reports.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalText.steers(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
        return needsQuotes ? "\"" + value.replacingEvery("\"", with: "\"\"") + "\"" : value
    }
}
