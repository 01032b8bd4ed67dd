/// The student as written on the care sheet. Text is kept as typed (trimmed);
/// validity is judged by the rules, so a draft can hold a half-typed CNIE.
public struct Student: Hashable, Sendable {
    public var fullName: String
    /// CNIE number: the registration number used with CNOPS.
    public var cnie: String
    public var massar: String?
    public var birthDate: CalendarDate?
    public var address: String
    public var institution: String
    public var email: String?
    public var phone: String?
    /// Bank account (RIB), 24 digits. Optional: without it CNOPS pays by
    /// postal money order to the home address.
    public var rib: String?
    /// The texts of the student's fields declared in `FieldRegistry` alone
    /// (`Field.studentText`), by JSON key: a new optional field of the
    /// student needs no property here, only its registry entry.
    public var more: [String: String]

    public init(fullName: String = "", cnie: String = "", massar: String? = nil,
                birthDate: CalendarDate? = nil, address: String = "", institution: String = "",
                email: String? = nil, phone: String? = nil, rib: String? = nil, more: [String: String] = [:]) {
        self.fullName = fullName
        self.cnie = cnie
        self.massar = massar
        self.birthDate = birthDate
        self.address = address
        self.institution = institution
        self.email = email
        self.phone = phone
        self.rib = rib
        self.more = more
    }
}

extension Student: Codable {
    enum CodingKeys: String, CodingKey {
        case fullName, cnie, massar, birthDate, address, institution, email, phone, rib
    }

    /// A key of the registry's own fields.
    struct MoreKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fullName = try c.decode(String.self, forKey: .fullName)
        cnie = try c.decode(String.self, forKey: .cnie)
        massar = try c.decodeIfPresent(String.self, forKey: .massar)
        birthDate = try c.decodeIfPresent(CalendarDate.self, forKey: .birthDate)
        address = try c.decode(String.self, forKey: .address)
        institution = try c.decode(String.self, forKey: .institution)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        rib = try c.decodeIfPresent(String.self, forKey: .rib)
        let extra = try decoder.container(keyedBy: MoreKey.self)
        more = [:]
        for key in FieldRegistry.studentMoreKeys {
            more[key] = try extra.decodeIfPresent(String.self, forKey: MoreKey(stringValue: key))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fullName, forKey: .fullName)
        try c.encode(cnie, forKey: .cnie)
        try c.encodeIfPresent(massar, forKey: .massar)
        try c.encodeIfPresent(birthDate, forKey: .birthDate)
        try c.encode(address, forKey: .address)
        try c.encode(institution, forKey: .institution)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encodeIfPresent(rib, forKey: .rib)
        var extra = encoder.container(keyedBy: MoreKey.self)
        for key in FieldRegistry.studentMoreKeys {
            try extra.encodeIfPresent(more[key], forKey: MoreKey(stringValue: key))
        }
    }
}
