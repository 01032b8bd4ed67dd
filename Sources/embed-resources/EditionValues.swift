import Foundation

/// The built-in editions of `reference/editions/*.json` as Swift values of
/// DossierCore's `EditionFile`, written out at build time. Decoding them with
/// `JSONDecoder` at every launch was a third of the instructions to the first
/// screen (most of it the Swift runtime looking up `Decodable` conformances);
/// values written as literals cost nothing until used, and then only their
/// construction. The build stops on what these values could not say the way
/// the JSON decoder does: a key the edition format does not have, a value of
/// the wrong type, a date that is not a day, a number that is not whole. A
/// test (`BuiltInEditionTests`) compares them with the JSON decoded at run
/// time, so that editing a file cannot make the two differ unnoticed.
struct EditionValues {
    let file: String
    let object: [String: JSONValue]

    /// The editions' keys in `EditionFile`'s order; each entry writes one
    /// argument of its memberwise initialiser.
    static let keys = ["validFrom", "source", "fund", "mailingDeadlineDays", "maximumAge", "mailingAddress",
                       "contacts", "sheets", "chronicDiseases", "notice"]
    static let contacts = ["followUpWeb", "followUpApp", "account", "callCentre", "callCentreEmail", "complaints",
                           "ibnZohrCoverageOffice"]

    /// `enum EmbeddedEditions { static let files: [(file:, edition:)] }`, by path.
    static func source(root: String, paths: [String]) -> String {
        var out = "\n/// Resources/reference/editions/*.json, decoded at build time, by path.\n"
        out += "enum EmbeddedEditions {\n"
        out += "    static let files: [(file: String, edition: EditionFile)] = [\n"
        for path in paths where path.hasPrefix(root + "reference/editions/") && path.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path),
                  case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: data) else {
                fail("embed-resources: \(path) is not a JSON object")
            }
            let file = "Resources/" + String(path.dropFirst(root.count))
            out += "        (file: \(literal(file)), edition: \(EditionValues(file: file, object: object).edition)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    var edition: String {
        if let unknown = object.keys.sorted().first(where: { !Self.keys.contains($0) }) { stop(unknown, "is not a key of an edition") }
        var arguments: [String] = []
        for key in Self.keys {
            let value = object[key]
            let written: String
            switch key {
            case "validFrom": written = date(value, key)
            case "source": written = optional(value) { text($0, key) }
            case "fund":
                written = optional(value) {
                    let fund = dictionary($0, key)
                    return "Rules.Fund(short: \(named(fund["short"], key + ".short")), name: \(named(fund["name"], key + ".name")))"
                }
            case "mailingDeadlineDays", "maximumAge": written = optional(value) { whole($0, key) }
            case "mailingAddress":
                written = optional(value) {
                    let lines = dictionary($0, key).sorted { $0.key < $1.key }.map { language, lines in
                        "\(literal(language)): \(list(lines, key + "." + language) { text($0, key + "." + language) })"
                    }
                    return lines.isEmpty ? "[:]" : "[" + lines.joined(separator: ", ") + "]"
                }
            case "contacts":
                written = optional(value) {
                    let contacts = dictionary($0, key)
                    let fields = Self.contacts.map { "\($0): \(text(contacts[$0], key + "." + $0))" }
                    return "Rules.Contacts(" + fields.joined(separator: ", ") + ")"
                }
            case "sheets":
                written = optional(value) {
                    list($0, key) { item in
                        let sheet = dictionary(item, key)
                        let kinds = list(sheet["careKinds"], key + ".careKinds") { "." + identifier($0, key + ".careKinds") }
                        return "Rules.Sheet(id: .\(identifier(sheet["id"], key + ".id")), \(languages(sheet, key)), careKinds: \(kinds))"
                    }
                }
            case "chronicDiseases":
                written = optional(value) {
                    list($0, key) { item in
                        let disease = dictionary(item, key)
                        return "Rules.ChronicDisease(number: \(whole(disease["number"], key + ".number")), \(languages(disease, key)))"
                    }
                }
            case "notice": written = optional(value) { named($0, key) }
            default: stop(key, "has no Swift form")
            }
            arguments.append("\(key): \(written)")
        }
        return "EditionFile(" + arguments.joined(separator: ",\n            ") + ")"
    }

    func stop(_ place: String, _ what: String) -> Never {
        fail("embed-resources: \(file): \(place) \(what)")
    }

    /// A key the decoder reads as optional: absent or null is nil.
    func optional(_ value: JSONValue?, _ written: (JSONValue) -> String) -> String {
        switch value {
        case nil, .null?: "nil"
        case let value?: written(value)
        }
    }

    func dictionary(_ value: JSONValue?, _ place: String) -> [String: JSONValue] {
        guard case .object(let object)? = value else { stop(place, "is not an object") }
        return object
    }

    func list(_ value: JSONValue?, _ place: String, _ item: (JSONValue) -> String) -> String {
        guard case .array(let array)? = value else { stop(place, "is not an array") }
        return "[" + array.map(item).joined(separator: ", ") + "]"
    }

    func text(_ value: JSONValue?, _ place: String) -> String {
        guard case .text(let text)? = value else { stop(place, "is not a text") }
        return literal(text)
    }

    func whole(_ value: JSONValue?, _ place: String) -> String {
        guard case .whole(let whole)? = value else { stop(place, "is not a whole number") }
        return String(whole)
    }

    /// A case of a Swift enum whose raw value is its name (`CareSheetKind`,
    /// `CareKind`): a value that is no case stops the compiler.
    func identifier(_ value: JSONValue?, _ place: String) -> String {
        guard case .text(let name)? = value, let first = name.unicodeScalars.first,
              ("a"..."z").contains(first), name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        else { stop(place, "is not the name of a case") }
        return name
    }

    func named(_ value: JSONValue?, _ place: String) -> String {
        "Rules.Named(\(languages(dictionary(value, place), place)))"
    }

    func languages(_ object: [String: JSONValue], _ place: String) -> String {
        ["fr", "ar", "en"].map { "\($0): \(text(object[$0], place + "." + $0))" }.joined(separator: ", ")
    }

    /// `YYYY-MM-DD` of a day that exists, as `CalendarDate.init(iso:)` reads it.
    func date(_ value: JSONValue?, _ place: String) -> String {
        guard case .text(let text)? = value else { stop(place, "is not a text") }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...9999).contains(year), (1...12).contains(month), day >= 1 else { stop(place, "is not a day YYYY-MM-DD") }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { stop(place, "is not a day YYYY-MM-DD") }
        return "CalendarDate(year: \(year), month: \(month), day: \(day))!"
    }
}
