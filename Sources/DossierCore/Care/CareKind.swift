/// The kinds of care a dossier holds, each a list of entries of its own type.
/// The raw value is the JSON array's name (`practitioners`); which kinds a
/// sheet takes is reference data (`sheets[].careKinds` of an edition), not
/// code. A new kind is a case here, a type conforming to `CareEntry`, its
/// array in `Dossier` and the schema: the compiler lists every switch that
/// must learn it.
public enum CareKind: String, CaseIterable, Codable, Sendable, Comparable {
    case practitioners
    case pharmacies
    case labs
    case opticians
    case dentists

    /// The type of this kind's entries. The one switch that ties a kind to
    /// its type: everything else is generic over `CareEntry`.
    public var entryType: any CareEntry.Type {
        switch self {
        case .practitioners: Practitioner.self
        case .pharmacies: PharmacyPurchase.self
        case .labs: LabExam.self
        case .opticians: Optician.self
        case .dentists: DentalCare.self
        }
    }

    /// The fields of one entry of this kind, in the order they are asked.
    public var fields: [Field] { entryType.fields }

    public static func < (lhs: CareKind, rhs: CareKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
