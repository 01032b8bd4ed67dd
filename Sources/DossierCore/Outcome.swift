/// What CNOPS did with a mailed dossier: reimbursed an amount, or sent it
/// back. Either settles the dossier. An enum rather than optional fields,
/// so a reimbursement always has its amount and a return never has one.
public enum Outcome: Hashable, Sendable {
    case reimbursed(on: CalendarDate, amount: Money)
    /// `reason`: what the fund's letter says (a missing original, a late
    /// mailing…), as the student or the officer typed it.
    case returned(on: CalendarDate, reason: String?)

    /// The `kind` written in the file.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case reimbursed, returned
    }

    public var kind: Kind {
        switch self {
        case .reimbursed: return .reimbursed
        case .returned: return .returned
        }
    }

    /// The day the fund paid or the dossier came back.
    public var on: CalendarDate {
        switch self {
        case .reimbursed(let on, _), .returned(let on, _): return on
        }
    }
}

extension Outcome: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case kind, on, amount, reason }

    /// An amount on a return, or a reason on a reimbursement, is a file
    /// edited by hand that says two things at once: refused, with its place.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let on = try c.decode(CalendarDate.self, forKey: .on)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .reimbursed:
            if c.contains(.reason) {
                throw DecodingError.dataCorruptedError(forKey: .reason, in: c,
                                                       debugDescription: "a reimbursement has no reason")
            }
            self = .reimbursed(on: on, amount: try c.decode(Money.self, forKey: .amount))
        case .returned:
            if c.contains(.amount) {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c,
                                                       debugDescription: "a returned dossier has no amount")
            }
            self = .returned(on: on, reason: try c.decodeIfPresent(String.self, forKey: .reason))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(on, forKey: .on)
        switch self {
        case .reimbursed(_, let amount): try c.encode(amount, forKey: .amount)
        case .returned(_, let reason): try c.encodeIfPresent(reason, forKey: .reason)
        }
    }
}
