/// When the dossier must be mailed: within the configured number of days
/// (60, "two months") of the first medical act, or of the end of a
/// continuous treatment. The number of days is reference data, not code.
public struct MailingDeadline: Hashable, Sendable {
    public enum Basis: String, Codable, Sendable {
        case firstAct
        case treatmentEnd
    }

    public let basis: Basis
    /// The date the days are counted from.
    public let startDate: CalendarDate
    public let lastMailingDay: CalendarDate

    public init(firstAct: CalendarDate, treatmentEnd: CalendarDate? = nil, days: Int) {
        if let end = treatmentEnd {
            basis = .treatmentEnd
            startDate = end
        } else {
            basis = .firstAct
            startDate = firstAct
        }
        lastMailingDay = startDate.adding(days: days)
    }

    /// Nil while the dates it needs are missing (no first act, or a
    /// continuous treatment with no end date yet), and nil when the end is
    /// before the first act: that end is a typing mistake, and a deadline
    /// counted from it would be wrong.
    /// An end date on a treatment not marked continuous is ignored: only a
    /// continuous treatment moves the start of the 60 days.
    public init?(treatment: Treatment, days: Int) {
        guard let first = treatment.firstActDate else { return nil }
        if treatment.continuous {
            guard let end = treatment.endDate, end >= first else { return nil }
            self.init(firstAct: first, treatmentEnd: end, days: days)
        } else {
            self.init(firstAct: first, days: days)
        }
    }

    /// Days left to mail, counting today: 0 means today is the last day,
    /// negative means late by that many days.
    public func daysLeft(today: CalendarDate) -> Int {
        today.days(until: lastMailingDay)
    }
}
