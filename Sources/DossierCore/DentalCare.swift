/// Care by a dentist, on the dental sheet: INPE and ICE are both required.
public struct DentalCare: Codable, Hashable, Sendable {
    public var name: String
    public var inpe: String
    /// ICE: the 15-digit common company identifier of the dental practice.
    public var ice: String
    public var date: CalendarDate?
    public var amount: Money?
    public var stampedAndSigned: Bool

    public init(name: String = "", inpe: String = "", ice: String = "",
                date: CalendarDate? = nil, amount: Money? = nil, stampedAndSigned: Bool = false) {
        self.name = name
        self.inpe = inpe
        self.ice = ice
        self.date = date
        self.amount = amount
        self.stampedAndSigned = stampedAndSigned
    }
}
