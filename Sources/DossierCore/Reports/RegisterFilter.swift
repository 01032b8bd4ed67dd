/// Which dossiers `list` shows: every one, unless the officer narrows it.
/// Each option narrows further (`--find`, `--status`, `--sheet`,
/// `--mailed-on`, `--saved-on`), except
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
    /// Mailed on this day (`--mailed-on`): the envelopes of a day's post.
    public var mailedOn: CalendarDate?
    /// Last saved on this day (`--saved-on`): what the desk typed, fixed or
    /// recorded that day, the day's register.
    public var savedOn: CalendarDate?

    public init(find: RegisterSearch? = nil, status: DossierStatus? = nil, sheet: CareSheetKind? = nil,
                due: Int? = nil, late: Bool = false, mailedOn: CalendarDate? = nil, savedOn: CalendarDate? = nil) {
        self.find = find
        self.status = status
        self.sheet = sheet
        self.due = due
        self.late = late
        self.mailedOn = mailedOn
        self.savedOn = savedOn
    }

    public var isEmpty: Bool {
        find == nil && status == nil && sheet == nil && due == nil && !late && mailedOn == nil && savedOn == nil
    }

    public func keeps(_ row: RegisterRow) -> Bool {
        if let mailedOn, row.mailedOn != mailedOn { return false }
        if let savedOn, row.savedOn != savedOn { return false }
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
