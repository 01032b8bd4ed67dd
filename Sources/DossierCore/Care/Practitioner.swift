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
    public static let entries: @Sendable (Dossier) -> [Practitioner] = \Dossier.practitioners
    public var amount: Money? { fee }
    public var requiredOriginals: [Originals.Document] { [.doctorInvoice] }

    public static let fields: [Field] = [
        .entryText("name", read: \Practitioner.name,
                   write: \Practitioner.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("specialty", read: \Practitioner.specialty, write: \Practitioner.specialty, maxLength: 60),
        .entryText("inpe", read: \Practitioner.inpe,
                   write: \Practitioner.inpe, kind: .identifier(.inpe), required: true, maxLength: 20),
        .entryDate("date", read: \Practitioner.date, write: \Practitioner.date),
        .entryAmount("fee", read: \Practitioner.fee, write: \Practitioner.fee),
        .entryStamp("stampedAndSigned", read: \Practitioner.stampedAndSigned, write: \Practitioner.stampedAndSigned),
    ]
}
