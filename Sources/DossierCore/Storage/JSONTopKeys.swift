import FoundationEssentials

/// The keys of a JSON object, or why the text is not one: a settings or
/// edition file names every key it may hold, and a key the program does not
/// know (a typo of `kiosk`) must be refused by name, not silently ignored.
/// Decoded by JSONDecoder: Foundation's JSONSerialization is not in
/// FoundationEssentials (issue 14).
enum JSONTopKeys {
    enum Failure: Error, Equatable {
        /// Not JSON at all (or a number too large to read).
        case notJSON
        /// JSON, but an array, a string, a number, a Boolean or null.
        case notAnObject
    }

    static func of(_ data: Data) -> Result<[String], Failure> {
        do {
            return .success(try JSONDecoder().decode(Keys.self, from: data).names)
        } catch DecodingError.typeMismatch {
            return .failure(.notAnObject)
        } catch DecodingError.valueNotFound {
            return .failure(.notAnObject)  // `null`
        } catch {
            return .failure(.notJSON)
        }
    }

    private struct Keys: Decodable {
        let names: [String]

        init(from decoder: Decoder) throws {
            names = try decoder.container(keyedBy: Name.self).allKeys.map(\.stringValue)
        }
    }

    private struct Name: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
