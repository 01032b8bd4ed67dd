import Foundation

/// One claim on one care sheet: everything that goes on the sheet and into
/// the envelope. The JSON form is a contract read by other tools: the coding
/// keys below are exactly the published field names.
public struct Dossier: Hashable, Sendable {
    public static let schemaVersion = 1

    public var id: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var sheet: CareSheetKind
    /// Number (1…42) of the chronic or costly disease; only and always for
    /// the chronic sheet.
    public var chronicDisease: Int?
    public var student: Student
    public var eligibility: EligibilityAnswers
    public var treatment: Treatment
    public var practitioners: [Practitioner]
    public var pharmacies: [PharmacyPurchase]
    public var labs: [LabExam]
    public var dentists: [DentalCare]
    public var originals: Originals

    public init(id: UUID = UUID(), createdAt: Date = Date(), updatedAt: Date? = nil,
                sheet: CareSheetKind = .ordinary, chronicDisease: Int? = nil,
                student: Student = Student(), eligibility: EligibilityAnswers = EligibilityAnswers(),
                treatment: Treatment = Treatment(), practitioners: [Practitioner] = [],
                pharmacies: [PharmacyPurchase] = [], labs: [LabExam] = [], dentists: [DentalCare] = [],
                originals: Originals = Originals()) {
        self.id = id
        // Whole seconds: the file's ISO 8601 time keeps no fraction, so a
        // dossier saved and read back is equal to the one made here.
        self.createdAt = Dossier.wholeSeconds(createdAt)
        self.updatedAt = Dossier.wholeSeconds(updatedAt ?? createdAt)
        self.sheet = sheet
        self.chronicDisease = chronicDisease
        self.student = student
        self.eligibility = eligibility
        self.treatment = treatment
        self.practitioners = practitioners
        self.pharmacies = pharmacies
        self.labs = labs
        self.dentists = dentists
        self.originals = originals
    }

    /// The instant rounded down to the second, as ISO 8601 writes it.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }
}

extension Dossier: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, createdAt, updatedAt, sheet, chronicDisease, student, eligibility,
             treatment, practitioners, pharmacies, labs, dentists, originals, total, lastMailingDay
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version == Dossier.schemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "schemaVersion \(version) is not supported (this program reads \(Dossier.schemaVersion))")
        }
        id = try c.decode(UUID.self, forKey: .id)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        sheet = try c.decode(CareSheetKind.self, forKey: .sheet)
        chronicDisease = try c.decodeIfPresent(Int.self, forKey: .chronicDisease)
        student = try c.decode(Student.self, forKey: .student)
        eligibility = try c.decode(EligibilityAnswers.self, forKey: .eligibility)
        treatment = try c.decode(Treatment.self, forKey: .treatment)
        practitioners = try c.decode([Practitioner].self, forKey: .practitioners)
        pharmacies = try c.decode([PharmacyPurchase].self, forKey: .pharmacies)
        labs = try c.decode([LabExam].self, forKey: .labs)
        dentists = try c.decode([DentalCare].self, forKey: .dentists)
        originals = try c.decode(Originals.self, forKey: .originals)
        // total and lastMailingDay are derived: recomputed, never trusted.
        _ = try c.decodeIfPresent(Money.self, forKey: .total)
        _ = try c.decodeIfPresent(CalendarDate.self, forKey: .lastMailingDay)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Dossier.schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(sheet, forKey: .sheet)
        try c.encodeIfPresent(chronicDisease, forKey: .chronicDisease)
        try c.encode(student, forKey: .student)
        try c.encode(eligibility, forKey: .eligibility)
        try c.encode(treatment, forKey: .treatment)
        try c.encode(practitioners, forKey: .practitioners)
        try c.encode(pharmacies, forKey: .pharmacies)
        try c.encode(labs, forKey: .labs)
        try c.encode(dentists, forKey: .dentists)
        try c.encode(originals, forKey: .originals)
        try c.encode(total, forKey: .total)
        // The last mailing day follows from the rules in force: written when
        // the encoder is given them (a saved dossier), left out otherwise (a
        // draft, which is never read by another tool).
        if let rules = encoder.userInfo[DossierJSON.rulesKey] as? RuleBook,
           let deadline = rules.mailingDeadline(of: treatment) {
            try c.encode(deadline.lastMailingDay, forKey: .lastMailingDay)
        }
    }
}
