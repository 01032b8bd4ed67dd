/// The dates the deadline is counted from.
public struct Treatment: Codable, Hashable, Sendable {
    public var firstActDate: CalendarDate?
    /// Continuous treatment: the 60 days run from its end, not its start.
    public var continuous: Bool
    public var endDate: CalendarDate?

    public init(firstActDate: CalendarDate? = nil, continuous: Bool = false, endDate: CalendarDate? = nil) {
        self.firstActDate = firstActDate
        self.continuous = continuous
        self.endDate = endDate
    }
}
