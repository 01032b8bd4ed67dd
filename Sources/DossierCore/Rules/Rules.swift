/// The insurer's rules on one day: one edition, with what it does not state
/// taken from the editions before it. Who runs the student AMO, where the
/// envelope goes, the deadline in days, the age limit, the care sheets and
/// the care kinds each takes, the chronic diseases. They change by decision
/// (law 54-23 moves the AMO from CNOPS to CNSS), so they are data with a
/// date of effect, never code.
public struct Rules: Sendable, Equatable {
    /// A text in each language.
    public struct Named: Codable, Sendable, Equatable, Trilingual {
        public let fr: String
        public let ar: String
        public let en: String

        public init(fr: String, ar: String, en: String) {
            self.fr = fr
            self.ar = ar
            self.en = en
        }
    }

    /// The fund that runs the student AMO: its short name, as in "send it
    /// to CNOPS", and its full name.
    public struct Fund: Codable, Sendable, Equatable {
        public let short: Named
        public let name: Named
    }

    public struct Sheet: Codable, Sendable, Equatable, Trilingual {
        public let id: CareSheetKind
        public let fr: String
        public let ar: String
        public let en: String
        /// The kinds of care this sheet has boxes for, in the order the
        /// wizard asks them.
        public let careKinds: [CareKind]

        public func name(_ language: Language) -> String { text(language) }
    }

    public struct ChronicDisease: Codable, Sendable, Equatable, Identifiable, Trilingual {
        public let number: Int
        /// The official French name, as the fund lists it.
        public let fr: String
        public let ar: String
        public let en: String
        public var id: Int { number }

        public func name(_ language: Language) -> String { text(language) }

        /// The official French name, with the translation before it when
        /// reading in another language: the paper list is in French.
        public func title(_ language: Language) -> String {
            language == .fr ? fr : "\(name(language)) — \(fr)"
        }
    }

    public struct Contacts: Codable, Sendable, Equatable {
        public let followUpWeb: String
        public let followUpApp: String
        public let account: String
        public let callCentre: String
        public let callCentreEmail: String
        public let complaints: String
        public let ibnZohrCoverageOffice: String
    }

    /// The day this edition takes effect.
    public let validFrom: CalendarDate
    /// Where the edition was read (a built-in file or a help desk's).
    public let file: String
    public let source: String
    public let fund: Fund
    public let mailingDeadlineDays: Int
    public let maximumAge: Int
    /// Lines of the envelope's address block, per language.
    public let mailingAddress: [Language: [String]]
    public let contacts: Contacts
    public let sheets: [Sheet]
    public let chronicDiseases: [ChronicDisease]
    /// What the student should know before mailing, in a few words (the
    /// management of the AMO moving from CNOPS to CNSS), or nil. Shown with
    /// the address: on the Done screen, in the summary, by `address`.
    public let notice: Named?

    public func addressLines(_ language: Language) -> [String] {
        mailingAddress[language] ?? []
    }

    /// Every sheet is in every edition (checked when editions are read).
    public func sheet(_ kind: CareSheetKind) -> Sheet {
        sheets.first { $0.id == kind }!
    }

    /// Whether the sheet has boxes for this kind of care.
    public func takes(_ kind: CareKind, on sheet: CareSheetKind) -> Bool {
        self.sheet(sheet).careKinds.contains(kind)
    }

    /// The sheets that take this kind of care, for "this goes on a … sheet".
    public func sheets(taking kind: CareKind) -> [Sheet] {
        sheets.filter { $0.careKinds.contains(kind) }
    }

    public func disease(number: Int) -> ChronicDisease? {
        chronicDiseases.first { $0.number == number }
    }

    /// What a translation may ask for without being given it: `{days}`,
    /// `{ageLimit}`, `{fund}`.
    public func standingArguments(_ language: Language) -> [String: String] {
        ["days": String(mailingDeadlineDays), "ageLimit": String(maximumAge), "fund": fund.short.text(language)]
    }
}
