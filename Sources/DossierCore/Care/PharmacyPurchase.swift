/// Medicines bought at a pharmacy: identity, INPE, stamp, dated signature,
/// total. Any pharmacy purchase requires the original prescription and the
/// medicines' serial numbers in the envelope.
public struct PharmacyPurchase: Hashable, Sendable {
    public var name: String
    /// The pharmacist's INPE: the fund asks for it since March 2021; the
    /// stamp usually shows it. Empty is a warning, not a refusal.
    public var inpe: String
    public var date: CalendarDate?
    public var total: Money?
    public var stampedAndSigned: Bool

    public init(name: String = "", inpe: String = "", date: CalendarDate? = nil, total: Money? = nil,
                stampedAndSigned: Bool = false) {
        self.name = name
        self.inpe = inpe
        self.date = date
        self.total = total
        self.stampedAndSigned = stampedAndSigned
    }
}

extension PharmacyPurchase: Codable, VersionedDecodable {
    enum CodingKeys: String, CodingKey { case name, inpe, date, total, stampedAndSigned }

    public init(from decoder: Decoder) throws {
        try self.init(from: decoder, schemaVersion: Dossier.schemaVersion)
    }

    /// Version 1 had no pharmacist's INPE: read as not given.
    init(from decoder: Decoder, schemaVersion: Int) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        inpe = schemaVersion >= 2 ? try c.decode(String.self, forKey: .inpe) : ""
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        total = try c.decodeIfPresent(Money.self, forKey: .total)
        stampedAndSigned = try c.decode(Bool.self, forKey: .stampedAndSigned)
    }
}

extension PharmacyPurchase: CareEntry {
    public init() { self.init(name: "") }
    public static let kind = CareKind.pharmacies
    public static let list: WritableKeyPath<Dossier, [PharmacyPurchase]> & Sendable = \Dossier.pharmacies
    public static let entries: @Sendable (Dossier) -> [PharmacyPurchase] = \Dossier.pharmacies
    public var amount: Money? { total }
    public var requiredOriginals: [Originals.Document] { [.prescription, .medicineSerialNumbers] }

    public static let fields: [Field] = [
        .entryText("name", read: \PharmacyPurchase.name,
                   write: \PharmacyPurchase.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("inpe", read: \PharmacyPurchase.inpe,
                   write: \PharmacyPurchase.inpe, kind: .identifier(.inpe), recommended: true,
                   missingCode: "inpe.missingPharmacist", maxLength: 20),
        .entryDate("date", read: \PharmacyPurchase.date, write: \PharmacyPurchase.date),
        .entryAmount("total", read: \PharmacyPurchase.total, write: \PharmacyPurchase.total),
        .entryStamp("stampedAndSigned", read: \PharmacyPurchase.stampedAndSigned,
                    write: \PharmacyPurchase.stampedAndSigned),
    ]
}
