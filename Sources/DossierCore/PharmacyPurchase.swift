/// Medicines bought at a pharmacy: identity, stamp, dated signature, total.
/// Any pharmacy purchase requires the original prescription in the envelope.
public struct PharmacyPurchase: Codable, Hashable, Sendable {
    public var name: String
    public var date: CalendarDate?
    public var total: Money?
    public var stampedAndSigned: Bool

    public init(name: String = "", date: CalendarDate? = nil, total: Money? = nil, stampedAndSigned: Bool = false) {
        self.name = name
        self.date = date
        self.total = total
        self.stampedAndSigned = stampedAndSigned
    }
}
