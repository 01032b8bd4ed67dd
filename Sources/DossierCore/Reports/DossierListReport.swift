/// `amo-dossier list`: the saved dossiers, most urgent first, so that a
/// coverage officer sees which envelope must leave today. Files that cannot
/// be read are listed last with their reason and are never touched.
public struct DossierListReport: Sendable {
    public struct Row: Sendable {
        public let path: String
        public let dossier: Dossier
        public let lastMailingDay: CalendarDate?
        public let daysLeft: Int?
        public let complete: Bool
    }

    public let rows: [Row]
    public let unreadable: [DossierLoadError]

    /// Orders by last mailing day, earliest first (a late dossier is the
    /// most urgent of all); dossiers whose deadline is not yet known come
    /// after the dated ones. Ties keep the folder's name order.
    public let context: DossierContext

    public init(listings: [DossierListing], context: DossierContext, sheet: CareSheetKind? = nil) {
        self.context = context
        let today = context.today
        var rows: [Row] = []
        var unreadable: [DossierLoadError] = []
        for listing in listings {
            switch listing.result {
            case .success(let dossier):
                if let sheet, dossier.sheet != sheet { continue }
                let last = context.mailingDeadline(of: dossier)?.lastMailingDay
                rows.append(Row(path: listing.path, dossier: dossier, lastMailingDay: last,
                                daysLeft: last.map { today.days(until: $0) },
                                complete: DossierValidator.isComplete(dossier, context: context)))
            case .failure(let error):
                unreadable.append(error)
            }
        }
        let indexed = rows.enumerated().map { ($0.offset, $0.element) }
        self.rows = indexed.sorted { a, b in
            switch (a.1.lastMailingDay, b.1.lastMailingDay) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.0 < b.0
            }
        }.map(\.1)
        self.unreadable = unreadable
    }

    public func text(_ language: Language, folder: String) -> String {
        let words = context.words(language)
        if rows.isEmpty && unreadable.isEmpty {
            return words("cli.list.empty", ["folder": TerminalText.visible(folder, limit: TerminalText.messageLimit)]) + "\n"
        }
        let header = ["cli.list.header.lastDay", "cli.list.header.daysLeft", "cli.list.header.name",
                      "cli.list.header.cnie", "cli.list.header.sheet", "cli.list.header.total",
                      "cli.list.header.status"].map { words($0) }
        var table: [[String]] = [header]
        for row in rows {
            table.append([
                row.lastMailingDay?.iso ?? "—",
                row.daysLeft.map { String($0) } ?? "—",
                // What the file says, shown as it is and never obeyed.
                TerminalText.visible(row.dossier.student.fullName, limit: Self.cellLimit),
                TerminalText.visible(Identifiers.normalize(row.dossier.student.cnie), limit: Self.cellLimit),
                row.dossier.sheet.rawValue,
                row.dossier.total.formatted(language),
                words(row.complete ? "cli.list.complete" : "cli.list.incomplete"),
            ])
        }
        var lines = Self.aligned(table)
        for error in unreadable {
            lines.append(words("cli.list.unreadable", ["message": error.message(language, context.words)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The widest a name or a CNIE read from a file is shown in the table:
    /// the longest name the wizard takes.
    static let cellLimit = 80

    /// Columns padded to the widest cell, counted in characters (names are
    /// short; exact terminal widths are the wizard's business).
    static func aligned(_ table: [[String]]) -> [String] {
        guard let columns = table.first?.count else { return [] }
        let widths = (0..<columns).map { c in table.map { $0[c].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { c, cell in
                c == columns - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
