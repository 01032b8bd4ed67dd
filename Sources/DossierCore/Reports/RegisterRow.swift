import FoundationEssentials

/// One dossier as the officer's register shows it: what `list` prints in
/// its table and what `--json` and `--csv` export, computed once so the
/// three never disagree.
public struct RegisterRow: Sendable {
    /// The file shown for the dossier (the last changed of its copies).
    public let path: String
    public let dossier: Dossier
    public let status: DossierStatus
    public let lastMailingDay: CalendarDate?
    /// Until the last mailing day (negative once passed); nil once mailed,
    /// when the days since mailing count instead.
    public let daysLeft: Int?
    public let mailedOn: CalendarDate?
    public let daysSinceMailing: Int?
    public let trackingNumber: String?
    /// Errors and warnings of the validator, as `check` counts them.
    public let problems: Int
    /// The other files holding the same dossier (same `id`), by name.
    public internal(set) var copies: [String]
    /// Whether those copies differ from the one shown (not only in name).
    public internal(set) var copiesDiffer: Bool
    /// The calendar day (the user's time zone) it was last saved: typed,
    /// fixed or marked mailed, reimbursed or returned.
    public let savedOn: CalendarDate
    /// The files of other dossiers (other ids) recorded with the same
    /// registered-mail number: one envelope has one number, so one of
    /// them was typed wrong.
    public internal(set) var sameTracking: [String]

    init(path: String, dossier: Dossier, context: DossierContext) {
        self.path = path
        self.dossier = dossier
        let problems = DossierValidator.problems(in: dossier, context: context)
        self.problems = problems.count
        status = DossierStatus(of: dossier, isComplete: problems.errors.isEmpty)
        lastMailingDay = context.mailingDeadline(of: dossier)?.lastMailingDay
        mailedOn = dossier.mailing?.mailedOn
        trackingNumber = dossier.mailing?.trackingNumber
        let today = context.today
        daysSinceMailing = dossier.mailing?.daysSince(today: today)
        daysLeft = mailedOn == nil ? lastMailingDay.map { today.days(until: $0) } : nil
        copies = []
        copiesDiffer = false
        savedOn = CalendarDate.localDay(of: dossier.updatedAt)
        sameTracking = []
    }
}
