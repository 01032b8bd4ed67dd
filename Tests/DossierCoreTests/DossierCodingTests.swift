import Foundation
import Testing
@testable import DossierCore

@Suite("The dossier's JSON: a contract with exact keys, lossless round trip")
struct DossierCodingTests {
    /// The encoder of a saved dossier: given the rules, so that the file
    /// carries its last mailing day.
    func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        e.dateEncodingStrategy = .iso8601
        e.userInfo[DossierJSON.rulesKey] = RuleBook.builtIn
        return e
    }

    func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }

    /// Every field set, continuous chronic treatment, all four kinds of care.
    func full() -> Dossier {
        var d = Fixtures.completeOrdinary()
        d.sheet = .chronic
        d.chronicDisease = 9
        d.createdAt = Date(timeIntervalSince1970: 1_770_000_000)
        d.updatedAt = Date(timeIntervalSince1970: 1_770_003_600)
        d.eligibility = EligibilityAnswers(enrolled: true, otherCoverage: true, traditionalEducationFinalStage: true)
        d.treatment = Treatment(firstActDate: Fixtures.date("2026-02-02"), continuous: true,
                                endDate: Fixtures.date("2026-02-15"))
        d.chronicExemptionNumber = "ALD-2025-0042"
        d.opticians = [Fixtures.optician]
        d.dentists = Fixtures.completeDental().dentists
        d.practitioners[0].stampedAndSigned = false
        return d
    }

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("round trip keeps every field")
    func roundTrip() throws {
        let d = full()
        let data = try encoder().encode(d)
        let back = try decoder().decode(Dossier.self, from: data)
        #expect(back == d)
        #expect(try encoder().encode(back) == data, "encoding is stable byte for byte")
    }

    @Test("top-level and nested keys are exactly those of issue 3, and those version 2 added")
    func keys() throws {
        let json = try object(try encoder().encode(full()))
        #expect(Set(json.keys) == [
            "schemaVersion", "id", "createdAt", "updatedAt", "sheet", "chronicDisease", "chronicExemptionNumber",
            "student", "eligibility", "treatment", "practitioners", "pharmacies", "labs", "opticians", "dentists",
            "originals", "total", "lastMailingDay",
        ])
        func keys(_ value: Any?) -> Set<String> {
            if let array = value as? [Any], let first = array.first { return keys(first) }
            return Set((value as? [String: Any])?.keys.map { $0 } ?? [])
        }
        #expect(keys(json["student"]) == ["fullName", "cnie", "massar", "birthDate", "address", "institution",
                                          "email", "phone", "rib"])
        #expect(keys(json["eligibility"]) == ["enrolled", "otherCoverage", "traditionalEducationFinalStage"])
        #expect(keys(json["treatment"]) == ["firstActDate", "continuous", "endDate"])
        #expect(keys(json["practitioners"]) == ["name", "specialty", "inpe", "date", "fee", "stampedAndSigned"])
        #expect(keys(json["pharmacies"]) == ["name", "inpe", "date", "total", "stampedAndSigned"])
        #expect(keys(json["opticians"]) == ["name", "inpe", "ice", "date", "amount", "stampedAndSigned"])
        #expect(keys(json["labs"]) == ["kind", "name", "inpe", "date", "amount"])
        #expect(keys(json["dentists"]) == ["name", "inpe", "ice", "date", "amount", "stampedAndSigned"])
        #expect(keys(json["originals"]) == ["prescription", "medicineSerialNumbers", "doctorInvoice", "labInvoice",
                                            "imagingInvoice", "labResults", "imagingReport", "opticianInvoice",
                                            "dentalChartAndXrays"])
    }

    @Test("values have the published types and forms")
    func values() throws {
        let data = try encoder().encode(full())
        let json = try object(data)
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["id"] as? String == "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")
        #expect(json["createdAt"] as? String == "2026-02-02T02:40:00Z")
        #expect(json["updatedAt"] as? String == "2026-02-02T03:40:00Z")
        #expect(json["sheet"] as? String == "chronic")
        #expect(json["chronicDisease"] as? Int == 9)
        #expect(json["lastMailingDay"] as? String == "2026-04-16")
        let student = try #require(json["student"] as? [String: Any])
        #expect(student["birthDate"] as? String == "2003-05-14")
        let labs = try #require(json["labs"] as? [[String: Any]])
        #expect(labs.map { $0["kind"] as? String } == ["biology", "imaging"])
        let text = String(decoding: data, as: UTF8.self)
        // Money is a JSON number, exact: 200 + 154.3 + 120.5 + 350 + 780 + 400.
        #expect(text.contains("\"total\" : 2004.8"))
        #expect(text.contains("\"fee\" : 200"))
        #expect(text.contains("\"amount\" : 120.5"))
        #expect(text.contains("\"continuous\" : true"))
        #expect(text.contains("\"date\" : \"2026-02-03\""))
    }

    @Test("optional fields left empty are left out; derived fields are recomputed, not trusted")
    func optionalAndDerived() throws {
        var d = Fixtures.completeOrdinary()
        d.student.massar = nil; d.student.email = nil; d.student.phone = nil; d.student.rib = nil
        d.treatment.firstActDate = nil
        let json = try object(try encoder().encode(d))
        let student = try #require(json["student"] as? [String: Any])
        #expect(student["massar"] == nil && student["rib"] == nil && student["email"] == nil && student["phone"] == nil)
        #expect(json["chronicDisease"] == nil)
        #expect(json["lastMailingDay"] == nil)

        var edited = try object(try encoder().encode(Fixtures.completeOrdinary()))
        edited["total"] = 1
        edited["lastMailingDay"] = "2030-01-01"
        let back = try decoder().decode(Dossier.self, from: JSONSerialization.data(withJSONObject: edited))
        #expect(back.total == Fixtures.money("824.80"))
        #expect(back.lastMailingDay == Fixtures.date("2026-04-03"))
    }

    @Test("a draft, encoded without the rules, leaves the last mailing day out; the rules in force decide it")
    func lastMailingDayNeedsRules() throws {
        let d = Fixtures.completeOrdinary()   // first act 2026-02-02
        let draft = try object(try DossierJSON.encoder().encode(d))
        #expect(draft["lastMailingDay"] == nil)
        #expect(draft["total"] != nil)
        let saved = try object(try DossierJSON.encoder(rules: .builtIn).encode(d))
        #expect(saved["lastMailingDay"] as? String == "2026-04-03")
    }

    @Test("an unknown schemaVersion, a bad sheet, a bad date or a bad amount is refused")
    func refusals() throws {
        let good = try object(try encoder().encode(Fixtures.completeOrdinary()))
        func decodes(_ change: (inout [String: Any]) -> Void) throws -> Bool {
            var json = good
            change(&json)
            let data = try JSONSerialization.data(withJSONObject: json)
            return (try? decoder().decode(Dossier.self, from: data)) != nil
        }
        #expect(try decodes { _ in })
        #expect(try !decodes { $0["schemaVersion"] = 3 })
        #expect(try !decodes { $0["schemaVersion"] = 0 })
        #expect(try !decodes { $0["schemaVersion"] = nil })
        #expect(try !decodes { $0["sheet"] = "optical" })
        #expect(try !decodes { $0["createdAt"] = "yesterday" })
        #expect(try !decodes {
            var t = $0["treatment"] as! [String: Any]; t["firstActDate"] = "2026-02-30"; $0["treatment"] = t
        })
        // A version 2 file lacking a key version 2 added is damaged like any
        // file lacking a key.
        #expect(try !decodes { $0["opticians"] = nil })
        #expect(try !decodes {
            var p = $0["pharmacies"] as! [[String: Any]]; p[0]["inpe"] = nil; $0["pharmacies"] = p
        })
        #expect(try !decodes {
            var o = $0["originals"] as! [String: Any]; o["medicineSerialNumbers"] = nil; $0["originals"] = o
        })
    }

    @Test("instants are whole seconds, so a dossier made now survives ISO 8601")
    func wholeSeconds() throws {
        let d = Dossier(createdAt: Date(timeIntervalSince1970: 1_770_000_000.75))
        #expect(d.createdAt == Date(timeIntervalSince1970: 1_770_000_000))
        #expect(d.updatedAt == d.createdAt)
        let back = try decoder().decode(Dossier.self, from: try encoder().encode(d))
        #expect(back == d)
    }
}
