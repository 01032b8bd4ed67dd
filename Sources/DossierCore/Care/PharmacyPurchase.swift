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

extension PharmacyPurchase: CareEntry {
    public init() { self.init(name: "") }
    public static let kind = CareKind.pharmacies
    public static let list: WritableKeyPath<Dossier, [PharmacyPurchase]> & Sendable = \Dossier.pharmacies
    public var amount: Money? { total }
    public var requiredOriginals: [Originals.Document] { [.prescription] }

    public static let fields: [Field] = [
        .entryText("name", \PharmacyPurchase.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryDate("date", \PharmacyPurchase.date),
        .entryAmount("total", \PharmacyPurchase.total),
        .entryStamp("stampedAndSigned", \PharmacyPurchase.stampedAndSigned),
    ]
}
