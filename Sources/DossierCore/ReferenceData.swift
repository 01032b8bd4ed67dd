import Foundation

/// CNOPS facts that change by decision, not by code: the address, the
/// contacts, the deadline in days, the age limit, the sheets, the 42 diseases.
/// They live in `Resources/reference/cnops.json` (compiled into the binary),
/// so a change of fund or of deadline is a data edit plus a test.
public struct ReferenceData: Codable, Sendable {
    public struct Named: Codable, Sendable {
        public let fr: String
        public let ar: String
        public let en: String
        public func text(_ language: Language) -> String {
            switch language {
            case .fr: fr
            case .ar: ar
            case .en: en
            }
        }
    }

    public struct Sheet: Codable, Sendable {
        public let id: CareSheetKind
        public let fr: String
        public let ar: String
        public let en: String
        public func name(_ language: Language) -> String {
            switch language {
            case .fr: fr
            case .ar: ar
            case .en: en
            }
        }
    }

    public struct ChronicDisease: Codable, Sendable, Identifiable {
        public let number: Int
        /// The official French name, as CNOPS lists it.
        public let fr: String
        public let ar: String
        public let en: String
        public var id: Int { number }
        public func name(_ language: Language) -> String {
            switch language {
            case .fr: fr
            case .ar: ar
            case .en: en
            }
        }
    }

    public struct Contacts: Codable, Sendable {
        public let followUpWeb: String
        public let followUpApp: String
        public let account: String
        public let callCentre: String
        public let callCentreEmail: String
        public let complaints: String
        public let ibnZohrCoverageOffice: String
    }

    /// The date from which these facts hold.
    public let validFrom: CalendarDate
    public let source: String
    public let mailingDeadlineDays: Int
    public let maximumAge: Int
    /// Lines of the envelope's address block, per language.
    public let mailingAddress: [String: [String]]
    public let contacts: Contacts
    public let sheets: [Sheet]
    public let chronicDiseases: [ChronicDisease]

    public func addressLines(_ language: Language) -> [String] {
        mailingAddress[language.rawValue] ?? mailingAddress["fr"] ?? []
    }

    public func sheet(_ kind: CareSheetKind) -> Sheet {
        sheets.first { $0.id == kind }!
    }

    public func disease(number: Int) -> ChronicDisease? {
        chronicDiseases.first { $0.number == number }
    }

    /// The data compiled into this binary.
    public static let shared: ReferenceData = {
        guard let text = EmbeddedResources.files["reference/cnops.json"] else {
            fatalError("reference/cnops.json is not embedded: run .ci/embed-resources")
        }
        do {
            return try JSONDecoder().decode(ReferenceData.self, from: Data(text.utf8))
        } catch {
            fatalError("Resources/reference/cnops.json does not decode: \(error)")
        }
    }()
}
