/// Care by a dentist, on the dental sheet: INPE and ICE are both required;
/// the acts are marked on the sheet's dental chart, with the X-rays when the
/// dentist made them.
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

extension DentalCare: CareEntry {
    public init() { self.init(name: "") }
    public static let kind = CareKind.dentists
    public static let list: WritableKeyPath<Dossier, [DentalCare]> & Sendable = \Dossier.dentists
    public static let entries: @Sendable (Dossier) -> [DentalCare] = \Dossier.dentists
    public var requiredOriginals: [Originals.Document] { [.dentalChartAndXrays] }

    public static let fields: [Field] = [
        .entryText("name", read: \DentalCare.name,
                   write: \DentalCare.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("inpe", read: \DentalCare.inpe,
                   write: \DentalCare.inpe, kind: .identifier(.inpe), required: true, maxLength: 20),
        .entryText("ice", read: \DentalCare.ice,
                   write: \DentalCare.ice, kind: .identifier(.ice), required: true, maxLength: 20),
        .entryDate("date", read: \DentalCare.date, write: \DentalCare.date),
        .entryAmount("amount", read: \DentalCare.amount, write: \DentalCare.amount),
        .entryStamp("stampedAndSigned", read: \DentalCare.stampedAndSigned, write: \DentalCare.stampedAndSigned),
    ]
}
