/// The day the envelope went to CNOPS and, for registered mail, its number.
/// Recorded after saving (the Done screen, `open`, `amo-dossier mailed`):
/// from then on the dossier waits for the fund, and what matters is how
/// long it has been on its way, no longer how many days are left to mail.
public struct Mailing: Codable, Hashable, Sendable {
    public var mailedOn: CalendarDate
    /// The Barid Al-Maghrib registered-mail number (UPU S10,
    /// `RR123456785MA`), in its normal form; nil for ordinary mail.
    public var trackingNumber: String?

    public init(mailedOn: CalendarDate, trackingNumber: String? = nil) {
        self.mailedOn = mailedOn
        self.trackingNumber = trackingNumber
    }

    /// Whole days from the mailing day to `today` (0 on the day itself).
    public func daysSince(today: CalendarDate) -> Int {
        mailedOn.days(until: today)
    }
}
