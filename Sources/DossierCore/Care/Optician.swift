/// Glasses from an optician, on the ordinary sheet. The fund asks for the
/// treating doctor's prescription and the optician's original invoice; the
/// ICE is on that invoice. The optician's INPE is asked like every
/// provider's, but no source says the fund refuses a sheet without it, so
/// an empty one is a warning.
public struct Optician: Codable, Hashable, Sendable {
    public var name: String
    public var inpe: String
    /// ICE: the 15-digit common company identifier of the shop.
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

extension Optician: CareEntry {
    public init() { self.init(name: "") }
    public static let kind = CareKind.opticians
    public static let list: WritableKeyPath<Dossier, [Optician]> & Sendable = \Dossier.opticians
    public static let entries: @Sendable (Dossier) -> [Optician] = \Dossier.opticians
    public var requiredOriginals: [Originals.Document] { [.prescription, .opticianInvoice] }

    public static let fields: [Field] = [
        .entryText("name", read: \Optician.name,
                   write: \Optician.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("inpe", read: \Optician.inpe, write: \Optician.inpe, kind: .identifier(.inpe), recommended: true,
                   missingCode: "inpe.missingOptician", maxLength: 20),
        .entryText("ice", read: \Optician.ice,
                   write: \Optician.ice, kind: .identifier(.ice), required: true, missingCode: "ice.missingOptician",
                   maxLength: 20),
        .entryDate("date", read: \Optician.date, write: \Optician.date),
        .entryAmount("amount", read: \Optician.amount, write: \Optician.amount),
        .entryStamp("stampedAndSigned", read: \Optician.stampedAndSigned, write: \Optician.stampedAndSigned),
    ]
}
