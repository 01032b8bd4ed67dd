/// A treating doctor on the sheet: identity, INPE, stamp, dated signature, fees.
public struct Practitioner: Codable, Hashable, Sendable {
    public var name: String
    public var specialty: String
    /// INPE: national identifier of health professionals, digits on the stamp.
    public var inpe: String
    public var date: CalendarDate?
    public var fee: Money?
    public var stampedAndSigned: Bool

    public init(name: String = "", specialty: String = "", inpe: String = "",
                date: CalendarDate? = nil, fee: Money? = nil, stampedAndSigned: Bool = false) {
        self.name = name
        self.specialty = specialty
        self.inpe = inpe
        self.date = date
        self.fee = fee
        self.stampedAndSigned = stampedAndSigned
    }
}
