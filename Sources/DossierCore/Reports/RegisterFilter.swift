/// Which dossiers `list` shows: every one, unless the officer narrows it.
/// Each option narrows further (`--find`, `--status`, `--sheet`), except
/// `--due` and `--late` together, which show both: what must leave within
/// the days and what should have left already, the morning's pile.
public struct RegisterFilter: Sendable {
    public var find: RegisterSearch?
    public var status: DossierStatus?
    public var sheet: CareSheetKind?
    /// Not yet mailed and the last mailing day within this many days (0: today).
    public var due: Int?
    /// Not yet mailed and the last mailing day passed.
    public var late = false

    public init(find: RegisterSearch? = nil, status: DossierStatus? = nil, sheet: CareSheetKind? = nil,
                due: Int? = nil, late: Bool = false) {
        self.find = find
        self.status = status
        self.sheet = sheet
        self.due = due
        self.late = late
    }

    public var isEmpty: Bool { find == nil && status == nil && sheet == nil && due == nil && !late }

    public func keeps(_ row: RegisterRow) -> Bool {
        if let find, !find.matches(fullName: row.dossier.student.fullName, cnie: row.dossier.student.cnie) { return false }
        if let status, row.status != status { return false }
        if let sheet, row.dossier.sheet != sheet { return false }
        if due != nil || late {
            guard Self.awaitsMailing(row.status), let left = row.daysLeft else { return false }
            let isDue = due.map { (0...$0).contains(left) } ?? false
            let isLate = late && left < 0
            return isDue || isLate
        }
        return true
    }

    /// The statuses whose last mailing day still matters.
    static func awaitsMailing(_ status: DossierStatus) -> Bool {
        switch status {
        case .incomplete, .ready: true
        case .draft, .mailed, .reimbursed, .returned: false
        }
    }
}
