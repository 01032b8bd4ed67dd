import Foundation

/// A JSON value as `JSONDecoder` reads it: a whole number is `.whole` exactly
/// when the decoder would give it to an `Int` field, `true` and `false` are
/// never numbers, so that a value written out from this reads as the program
/// reads the file.
indirect enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case whole(Int)
    case number(Double)
    case text(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .whole(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
