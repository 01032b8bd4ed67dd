/// The student as written on the care sheet. Text is kept as typed (trimmed);
/// validity is judged by the rules, so a draft can hold a half-typed CNIE.
public struct Student: Codable, Hashable, Sendable {
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

    public init(fullName: String = "", cnie: String = "", massar: String? = nil,
                birthDate: CalendarDate? = nil, address: String = "", institution: String = "",
                email: String? = nil, phone: String? = nil, rib: String? = nil) {
        self.fullName = fullName
        self.cnie = cnie
        self.massar = massar
        self.birthDate = birthDate
        self.address = address
        self.institution = institution
        self.email = email
        self.phone = phone
        self.rib = rib
    }
}
