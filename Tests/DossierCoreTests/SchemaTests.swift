import Foundation
import Testing
@testable import DossierCore

/// A JSON value with booleans, integers and other numbers kept apart
/// (JSONSerialization blurs them on Linux), to compare the encoder's output
/// with the schema's types.
indirect enum SchemaJSON: Decodable, Equatable {
    case object([String: SchemaJSON])
    case array([SchemaJSON])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([SchemaJSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: SchemaJSON].self)) }
    }

    static func parse(_ data: Data) throws -> SchemaJSON { try JSONDecoder().decode(SchemaJSON.self, from: data) }

    var object: [String: SchemaJSON]? { if case .object(let o) = self { o } else { nil } }
    var array: [SchemaJSON]? { if case .array(let a) = self { a } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
}

@Suite("Schema: Resources/dossier.schema.json and the encoder agree key by key")
struct SchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/dossier.schema.json").path

    let schema: SchemaJSON

    init() throws {
        schema = try SchemaJSON.parse(try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath)))
    }

    func resolve(_ node: [String: SchemaJSON]) -> [String: SchemaJSON] {
        guard let ref = node["$ref"]?.string else { return node }
        let name = String(ref.dropFirst("#/$defs/".count))
        return schema.object?["$defs"]?.object?[name]?.object ?? [:]
    }

    /// Walks the encoded value and its schema together; `fewest` is the same
    /// place in a dossier with no optional value, whose keys are exactly the
    /// ones every file has.
    func compare(_ value: SchemaJSON, fewest: SchemaJSON?, schema raw: [String: SchemaJSON], path: String,
                 issues: inout [String]) {
        let node = resolve(raw)
        let type = node["type"]?.string
        switch value {
        case .object(let fields):
            guard type == "object", let properties = node["properties"]?.object else {
                issues.append("\(path): encoder writes an object, schema says \(type ?? "nothing")"); return
            }
            if node["additionalProperties"] != .bool(false) {
                issues.append("\(path): additionalProperties is not false")
            }
            for key in Set(fields.keys).subtracting(properties.keys) {
                issues.append("\(path).\(key): written by the encoder, not declared in the schema")
            }
            for key in Set(properties.keys).subtracting(fields.keys) {
                issues.append("\(path).\(key): declared in the schema, never written by the encoder")
            }
            let required = Set((node["required"]?.array ?? []).compactMap(\.string))
            let always = Set(fewest?.object?.keys.map { $0 } ?? [])
            // An object the fewest dossier has not at all (mailing,
            // outcome) has its required keys checked on its own.
            if fewest != nil && required != always {
                issues.append("\(path): required \(required.sorted()) but always written \(always.sorted())")
            }
            for (key, child) in fields {
                guard let childSchema = properties[key]?.object else { continue }
                compare(child, fewest: fewest?.object?[key], schema: childSchema,
                        path: path.isEmpty ? key : "\(path).\(key)", issues: &issues)
            }
        case .array(let items):
            guard type == "array", let itemSchema = node["items"]?.object else {
                issues.append("\(path): encoder writes an array, schema says \(type ?? "nothing")"); return
            }
            if items.isEmpty { issues.append("\(path): the fixture should fill every array") }
            for (i, item) in items.enumerated() {
                compare(item, fewest: fewest?.array?.first, schema: itemSchema, path: "\(path)[\(i)]", issues: &issues)
            }
        case .string(let s):
            if type != "string" { issues.append("\(path): string written, schema says \(type ?? "nothing")") }
            if let pattern = node["pattern"]?.string, s.range(of: pattern, options: .regularExpression) == nil {
                issues.append("\(path): \"\(s)\" does not match \(pattern)")
            }
            if let allowed = node["enum"]?.array, !allowed.contains(value) {
                issues.append("\(path): \"\(s)\" not in the schema's enum")
            }
            if node["format"]?.string == "date-time", ISO8601DateFormatter().date(from: s) == nil {
                issues.append("\(path): \"\(s)\" is not an ISO 8601 date-time")
            }
        case .integer:
            if type != "integer" && type != "number" { issues.append("\(path): integer written, schema says \(type ?? "nothing")") }
            if let constant = node["const"], constant != value { issues.append("\(path): not the schema's const") }
        case .number:
            if type != "number" { issues.append("\(path): number written, schema says \(type ?? "nothing")") }
        case .bool:
            if type != "boolean" { issues.append("\(path): boolean written, schema says \(type ?? "nothing")") }
        case .null:
            issues.append("\(path): null written; the schema allows no null")
        }
    }

    /// The issues of every dossier of `dossiers` against the schema, but a
    /// key only one of them writes (a reimbursement's amount, a return's
    /// reason) is an issue only when none writes it.
    func issues(_ dossiers: [Dossier]) throws -> [String] {
        let fewest = try SchemaJSON.parse(try DossierJSON.encoder(rules: .builtIn).encode(StoreFixtures.fewestFields()))
        var issues: [String] = []
        var notWritten: [Set<String>] = []
        for d in dossiers {
            var found: [String] = []
            compare(try SchemaJSON.parse(try DossierJSON.encoder(rules: .builtIn).encode(d)), fewest: fewest,
                    schema: try #require(schema.object), path: "", issues: &found)
            let never = found.filter { $0.hasSuffix("declared in the schema, never written by the encoder") }
            notWritten.append(Set(never))
            issues += found.filter { !never.contains($0) }
        }
        return issues + notWritten.dropFirst().reduce(notWritten.first ?? []) { $0.intersection($1) }.sorted()
    }

    /// Every field, mailed, then reimbursed or returned.
    static func settled() -> [Dossier] {
        [Outcome.reimbursed(on: StoreFixtures.day("2026-03-30"), amount: StoreFixtures.dh("700")),
         .returned(on: StoreFixtures.day("2026-03-30"), reason: "Ordonnance manquante")].map { outcome in
            var d = StoreFixtures.everyField()
            d.mailing = Mailing(mailedOn: StoreFixtures.day("2026-02-02"), trackingNumber: "RR123456785MA")
            d.outcome = outcome
            return d
        }
    }

    @Test("Every key written is declared, every declared key is written, required = always written")
    func agreeKeyByKey() throws {
        #expect(try issues(Self.settled()) == [])
    }

    @Test("A key neither kind of outcome writes is noticed; a dossier never mailed does not write mailing")
    func settledComparisonCanFail() throws {
        #expect(try issues([StoreFixtures.everyField()]).contains(".mailing: declared in the schema, never written by the encoder"))
        #expect(try issues([Self.settled()[0]]).contains("outcome.reason: declared in the schema, never written by the encoder"))
    }

    @Test("Mailing and outcome, absent from the fewest dossier: required = what the fewest of each writes")
    func mailingAndOutcomeRequired() throws {
        let defs = try #require(schema.object?["$defs"]?.object)
        func required(_ name: String) -> Set<String> {
            Set((defs[name]?.object?["required"]?.array ?? []).compactMap(\.string))
        }
        func keys<T: Encodable>(_ value: T) throws -> Set<String> {
            Set(try #require(try SchemaJSON.parse(try JSONEncoder().encode(value)).object).keys)
        }
        #expect(required("mailing") == (try keys(Mailing(mailedOn: StoreFixtures.day("2026-02-02")))))
        #expect(required("outcome") == (try keys(Outcome.returned(on: StoreFixtures.day("2026-02-02"), reason: nil))))
    }

    @Test("The comparison notices a key the schema does not declare")
    func comparisonCanFail() throws {
        var full = try #require(try SchemaJSON.parse(try DossierJSON.encoder(rules: .builtIn).encode(StoreFixtures.everyField())).object)
        var student = try #require(full["student"]?.object)
        student["nickname"] = .string("x")
        full["student"] = .object(student)
        full["total"] = .string("842.90")
        let fewest = try SchemaJSON.parse(try DossierJSON.encoder(rules: .builtIn).encode(StoreFixtures.fewestFields()))
        var issues: [String] = []
        compare(.object(full), fewest: fewest, schema: try #require(schema.object), path: "", issues: &issues)
        #expect(issues.contains("student.nickname: written by the encoder, not declared in the schema"))
        #expect(issues.contains("total: string written, schema says number"))
    }

    @Test("It is a JSON Schema 2020-12 document whose top-level keys follow Dossier.CodingKeys")
    func header() throws {
        let top = try #require(schema.object)
        #expect(top["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        let declared = Set(try #require(top["properties"]?.object).keys)
        #expect(declared == Set(Dossier.CodingKeys.allCases.map(\.rawValue)))
        #expect(top["properties"]?.object?["schemaVersion"]?.object?["const"] == .integer(Int64(Dossier.schemaVersion)))
    }

    @Test("The schema is compiled into the binary byte for byte")
    func embedded() throws {
        let onDisk = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        #expect(EmbeddedResources.files["dossier.schema.json"] == onDisk)
    }
}
