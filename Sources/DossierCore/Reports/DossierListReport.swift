import FoundationEssentials

/// `amo-dossier list`: the officer's register of a dossier folder. Each
/// dossier once (copies of one file from several terminals or a USB key
/// are flagged, not counted twice), with its status and its file; what
/// must leave first comes first. Files that cannot be read are never
/// touched: they are named on standard error (`unreadableText`) and make
/// the exit status 2, so a script cannot take a damaged folder for a
/// complete register.
public struct DossierListReport: Sendable {
    /// The dossiers the filter keeps, most urgent first.
    public let rows: [RegisterRow]
    /// How many dossiers the folder holds before filtering (copies once).
    public let total: Int
    public let unreadable: [DossierLoadError]
    public let context: DossierContext

    public init(listings: [DossierListing], context: DossierContext, filter: RegisterFilter = RegisterFilter()) {
        self.context = context
        var rows: [RegisterRow] = []
        var unreadable: [DossierLoadError] = []
        var byID: [UUID: Int] = [:]
        // Judging each dossier is the costly part, and independent of the others.
        let judged = ParallelMap.map(listings) { listing -> Result<RegisterRow, DossierLoadError> in
            listing.result.map { RegisterRow(path: listing.path, dossier: $0, context: context) }
        }
        for result in judged {
            switch result {
            case .success(let row):
                let dossier = row.dossier
                if let first = byID[dossier.id] {
                    rows[first] = Self.merged(rows[first], row)
                } else {
                    byID[dossier.id] = rows.count
                    rows.append(row)
                }
            case .failure(let error):
                unreadable.append(error)
            }
        }
        total = rows.count
        Self.flagSameTracking(&rows)
        // Each row's place computed once, not at each of the n log n comparisons.
        let kept = rows.enumerated().filter { filter.keeps($0.element) }.map { (key: Self.urgency($0.element, $0.offset), row: $0.element) }
        self.rows = kept.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row)
        self.unreadable = unreadable
    }

    /// Two files of one dossier: the last changed is shown (the first by
    /// name when both were changed at the same second), the other is named
    /// among its copies.
    static func merged(_ a: RegisterRow, _ b: RegisterRow) -> RegisterRow {
        var (shown, other) = b.dossier.updatedAt > a.dossier.updatedAt ? (b, a) : (a, b)
        shown.copies = (shown.copies + [other.path] + other.copies).sorted()
        shown.copiesDiffer = shown.copiesDiffer || other.copiesDiffer || Self.differ(shown.dossier, other.dossier)
        return shown
    }

    /// Rows of different dossiers that hold one registered-mail number
    /// name each other's files: one of the numbers was typed wrong, and
    /// whoever follows the envelope on Barid Al-Maghrib's site would follow
    /// someone else's.
    static func flagSameTracking(_ rows: inout [RegisterRow]) {
        var byNumber: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            if let number = row.trackingNumber { byNumber[number, default: []].append(index) }
        }
        for indices in byNumber.values where indices.count > 1 {
            for index in indices {
                rows[index].sameTracking = indices.filter { $0 != index }.map { rows[$0].path }.sorted()
            }
        }
    }

    private static func differ(_ a: Dossier, _ b: Dossier) -> Bool {
        var b = b
        b.updatedAt = a.updatedAt
        return a != b
    }

    /// Not yet mailed first, by last mailing day (a late one is the most
    /// urgent of all; undated after the dated); then mailed, the longest
    /// waiting first; then settled. Ties keep the folder's name order.
    static func urgency(_ row: RegisterRow, _ index: Int) -> [Int] {
        let rank: Int
        let day: Int
        switch row.status {
        case .draft, .incomplete, .ready:
            rank = row.lastMailingDay == nil ? 1 : 0
            day = row.daysLeft ?? 0
        case .mailed:
            rank = 2
            day = -(row.daysSinceMailing ?? 0)
        case .reimbursed, .returned:
            rank = 3
            day = 0
        }
        return [rank, day, index]
    }

    /// The table, or one line saying the folder holds nothing (or nothing
    /// that matches), then the copies found.
    /// `width`: the terminal's columns, to fit the table to (`RegisterTable`);
    /// nil to a file or a pipe. `measure`: the cells a text takes there.
    public func text(_ language: Language, folder: String, width: Int? = nil,
                     measure: @escaping (String) -> Int = { $0.count }) -> String {
        let words = context.words(language)
        let shownFolder = TerminalText.visible(folder, limit: TerminalText.messageLimit)
        if rows.isEmpty {
            if total == 0 { return unreadable.isEmpty ? words("cli.list.empty", ["folder": shownFolder]) + "\n" : "" }
            return words("register.noMatch", ["folder": shownFolder, "count": String(total)]) + "\n"
        }
        let header = ["cli.list.header.status", "cli.list.header.lastDay", "register.header.days", "cli.list.header.name",
                      "cli.list.header.cnie", "cli.list.header.sheet", "cli.list.header.total", "register.header.file"]
            .map { words($0) }
        var table: [[String]] = [header]
        var notes: [String] = []
        var noted: Set<String> = []
        for row in rows {
            let file = Self.cell(Self.name(row.path), limit: Self.fileLimit)
            table.append([
                words("register.status." + row.status.rawValue),
                row.lastMailingDay?.iso ?? "—",
                row.daysSinceMailing.map { words("register.daysSinceMailing", ["days": String($0)]) }
                    ?? row.daysLeft.map { String($0) } ?? "—",
                // What the file says, shown as it is and never obeyed.
                Self.cell(row.dossier.student.fullName, limit: Self.nameLimit),
                Self.cell(Identifiers.normalize(row.dossier.student.cnie), limit: Self.cnieLimit),
                // The sheet in the reader's words; `--json` and `--csv` keep the stable code.
                words("register.sheet." + row.dossier.sheet.rawValue),
                row.dossier.total.formatted(language),
                row.copies.isEmpty ? file : words("register.copiesCell", ["file": file, "count": String(row.copies.count)]),
            ])
            if !RawFileName.isUTF8(row.path) { notes.append(words("register.fileNotUTF8", ["file": file])) }
            if !row.copies.isEmpty {
                let files = ([row.path] + row.copies).map { Self.cell(Self.name($0), limit: Self.fileLimit) }
                notes.append(words("register.copies", ["files": files.joined(separator: ", ")]))
                if row.copiesDiffer { notes.append(words("register.copiesDiffer", ["file": file])) }
            }
            // Once per number, naming every file that holds it.
            if !row.sameTracking.isEmpty, let number = row.trackingNumber, noted.insert(number).inserted {
                let files = ([row.path] + row.sameTracking).map { Self.cell(Self.name($0), limit: Self.fileLimit) }
                notes.append(words("register.sameTracking", ["tracking": Self.cell(number, limit: Self.cnieLimit),
                                                             "files": files.joined(separator: ", ")]))
            }
        }
        let lines = RegisterTable(header: table[0], rows: Array(table.dropFirst()), measure: measure).lines(width: width)
        return (lines + notes).joined(separator: "\n") + "\n"
    }

    /// The files that could not be read, one line each, for standard error.
    public func unreadableText(_ language: Language) -> String {
        unreadable.map { context.words(language)("cli.list.unreadable", ["message": $0.message(language, context.words)]) + "\n" }
            .joined()
    }

    public var exitCode: Int32 { unreadable.isEmpty ? 0 : 2 }

    /// The widest cells of the table, in characters: whatever a file holds
    /// (a name of 900 KB), a line of the register stays a line, and `list`
    /// of a thousand files a few hundred kilobytes.
    static let nameLimit = 40
    static let cnieLimit = 16
    static let fileLimit = 48

    static func cell(_ text: String, limit: Int) -> String { TerminalText.visible(text, limit: limit) }

    static func name(_ path: String) -> String { path.lastPathName }
}
