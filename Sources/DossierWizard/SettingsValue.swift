import FoundationEssentials

/// Any value a settings file may hold, read and written back as it was:
/// the program knows `bidi` and `language`, and a key set by a newer
/// version or by hand is kept when one of those is saved. Numbers stay
/// Decimal, so their digits come back unchanged.
indirect enum SettingsValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Decimal)
    case text(String)
    case array([SettingsValue])
    case object([String: SettingsValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([SettingsValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: SettingsValue].self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
