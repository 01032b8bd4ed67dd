import FoundationEssentials

/// One claim on one care sheet: everything that goes on the sheet and into
/// the envelope. The JSON form is a contract read by other tools: the coding
/// keys below are exactly the published field names.
public struct Dossier: Hashable, Sendable {
    /// The version every file is written in. Version 2 added the
    /// pharmacist's INPE, the exemption agreement's number, opticians and
    /// three originals; a version 1 file is read as it was (what it never
    /// had is empty) and judged by today's rules.
    public static let schemaVersion = 2
    /// The versions this program reads.
    public static let readableVersions = 1...schemaVersion

    public var id: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var sheet: CareSheetKind
    /// Number (1…42) of the chronic or costly disease; only and always for
    /// the chronic sheet.
    public var chronicDisease: Int?
    /// The number of the student's exemption agreement (accord
    /// d'exonération, prise en charge ALD), only on the chronic sheet. Since
    /// January 2024 it is written on the sheet with the ALD code instead of
    /// attaching a copy of the agreement.
    public var chronicExemptionNumber: String?
    public var student: Student
    public var eligibility: EligibilityAnswers
    public var treatment: Treatment
    public var practitioners: [Practitioner]
    public var pharmacies: [PharmacyPurchase]
    public var labs: [LabExam]
    public var opticians: [Optician]
    public var dentists: [DentalCare]
    public var originals: Originals
    /// When and how the envelope went; nil while it is still to be mailed.
    public var mailing: Mailing?
    /// What the fund did with it; nil while it has not answered.
    public var outcome: Outcome?
    /// Amounts of a file with more than two decimals, by JSON path, as the
    /// file wrote them: the entry holds them cut to the centime, and the
    /// validator reports each as a problem of the dossier. Never written.
    public var roundedAmounts: [String: String] = [:]

    public init(id: UUID = UUID(), createdAt: Date = Date(), updatedAt: Date? = nil,
                sheet: CareSheetKind = .ordinary, chronicDisease: Int? = nil, chronicExemptionNumber: String? = nil,
                student: Student = Student(), eligibility: EligibilityAnswers = EligibilityAnswers(),
                treatment: Treatment = Treatment(), practitioners: [Practitioner] = [],
                pharmacies: [PharmacyPurchase] = [], labs: [LabExam] = [], opticians: [Optician] = [],
                dentists: [DentalCare] = [], originals: Originals = Originals(),
                mailing: Mailing? = nil, outcome: Outcome? = nil) {
        self.id = id
        // Whole seconds: the file's ISO 8601 time keeps no fraction, so a
        // dossier saved and read back is equal to the one made here.
        self.createdAt = Dossier.wholeSeconds(createdAt)
        self.updatedAt = Dossier.wholeSeconds(updatedAt ?? createdAt)
        self.sheet = sheet
        self.chronicDisease = chronicDisease
        self.chronicExemptionNumber = chronicExemptionNumber
        self.student = student
        self.eligibility = eligibility
        self.treatment = treatment
        self.practitioners = practitioners
        self.pharmacies = pharmacies
        self.labs = labs
        self.opticians = opticians
        self.dentists = dentists
        self.originals = originals
        self.mailing = mailing
        self.outcome = outcome
    }

    /// The instant rounded down to the second, as ISO 8601 writes it.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }
}

extension Dossier: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, createdAt, updatedAt, sheet, chronicDisease, chronicExemptionNumber, student,
             eligibility, treatment, practitioners, pharmacies, labs, opticians, dentists, originals, total,
             lastMailingDay, mailing, outcome
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard Dossier.readableVersions.contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "schemaVersion \(version) is not supported (this program reads \(Dossier.readableVersions))")
        }
        RoundedAmounts.of(decoder)?.start()
        id = try c.decode(UUID.self, forKey: .id)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        sheet = try c.decode(CareSheetKind.self, forKey: .sheet)
        chronicDisease = try c.decodeWholeNumberIfPresent(forKey: .chronicDisease)
        chronicExemptionNumber = try c.decodeIfPresent(String.self, forKey: .chronicExemptionNumber)
        student = try c.decode(Student.self, forKey: .student)
        eligibility = try c.decode(EligibilityAnswers.self, forKey: .eligibility)
        treatment = try c.decode(Treatment.self, forKey: .treatment)
        practitioners = try c.decode([Practitioner].self, forKey: .practitioners)
        pharmacies = try c.decode([PharmacyPurchase].self, forKey: .pharmacies, schemaVersion: version)
        labs = try c.decode([LabExam].self, forKey: .labs)
        opticians = version >= 2 ? try c.decode([Optician].self, forKey: .opticians) : []
        dentists = try c.decode([DentalCare].self, forKey: .dentists)
        originals = try c.decode(Originals.self, forKey: .originals, schemaVersion: version)
        // Optional in every version: a version 1 file never had them, and
        // gets them (and version 2) only when one is recorded.
        mailing = try c.decodeIfPresent(Mailing.self, forKey: .mailing)
        outcome = try c.decodeIfPresent(Outcome.self, forKey: .outcome)
        // total and lastMailingDay are derived: recomputed, never trusted
        // (only their type is checked).
        _ = try c.decodeIfPresent(Decimal.self, forKey: .total)
        _ = try c.decodeIfPresent(CalendarDate.self, forKey: .lastMailingDay)
        roundedAmounts = RoundedAmounts.of(decoder)?.take(below: decoder.codingPath) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Dossier.schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(sheet, forKey: .sheet)
        try c.encodeIfPresent(chronicDisease, forKey: .chronicDisease)
        try c.encodeIfPresent(chronicExemptionNumber, forKey: .chronicExemptionNumber)
        try c.encode(student, forKey: .student)
        try c.encode(eligibility, forKey: .eligibility)
        try c.encode(treatment, forKey: .treatment)
        try c.encode(practitioners, forKey: .practitioners)
        try c.encode(pharmacies, forKey: .pharmacies)
        try c.encode(labs, forKey: .labs)
        try c.encode(opticians, forKey: .opticians)
        try c.encode(dentists, forKey: .dentists)
        try c.encode(originals, forKey: .originals)
        try c.encodeIfPresent(mailing, forKey: .mailing)
        try c.encodeIfPresent(outcome, forKey: .outcome)
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
