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

extension Practitioner: CareEntry {
    public init() { self.init(name: "") }
    public static let kind = CareKind.practitioners
    public static let list: WritableKeyPath<Dossier, [Practitioner]> & Sendable = \Dossier.practitioners
    public var amount: Money? { fee }
    public var requiredOriginals: [Originals.Document] { [.doctorInvoice] }

    public static let fields: [Field] = [
        .entryText("name", \Practitioner.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("specialty", \Practitioner.specialty, maxLength: 60),
        .entryText("inpe", \Practitioner.inpe, kind: .identifier(.inpe), required: true, maxLength: 20),
        .entryDate("date", \Practitioner.date),
        .entryAmount("fee", \Practitioner.fee),
        .entryStamp("stampedAndSigned", \Practitioner.stampedAndSigned),
    ]
}
