import Foundation
import Testing
@testable import DossierCore

/// Files of schema version 1 stay readable, read as they were and judged by
/// today's rules; version 2 is what is written. A value the model cannot
/// take as it is (an amount below zero or finer than a centime) is a
/// problem of the dossier, not an unreadable file.
@Suite("Dossier files: version 1 read as it was, version 2 written; amounts in a file")
struct FileVersionTests {
    static func corpusFile(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus").appendingPathComponent(name))
    }

    func load(_ data: Data) -> Result<Dossier, DossierLoadError> { DossierLoadError.decode(data, file: "f.json") }

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func data(_ object: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    @Test("a version 1 file reads as it was: every value kept, what version 2 added empty")
    func versionOneReads() throws {
        let data = try Self.corpusFile("ordinary-complete.json")
        #expect(try object(data)["schemaVersion"] as? Int == 1)
        let dossier = try load(data).get()
        #expect(dossier.student.fullName == "Salma Benali")
        #expect(dossier.pharmacies.map(\.name) == ["Pharmacie Al Amal"])
        #expect(dossier.pharmacies.map(\.inpe) == [""])
        #expect(dossier.opticians.isEmpty)
        #expect(dossier.chronicExemptionNumber == nil)
        #expect(dossier.originals == Originals(prescription: true, doctorInvoice: true, labInvoice: true,
                                               imagingInvoice: true, labResults: true, imagingReport: true))
        #expect(dossier.total == Fixtures.money("824.80"))
        // Written back (a change saved), it is version 2.
        #expect(try object(DossierJSON.encoder(rules: .builtIn).encode(dossier))["schemaVersion"] as? Int == 2)
    }

    @Test("today's rules apply to a version 1 file: it gains warnings, and errors for what is now required")
    func versionOneGetsTodaysRules() throws {
        let dossier = try load(try Self.corpusFile("ordinary-complete.json")).get()
        let problems = DossierValidator.problems(in: dossier, today: Fixtures.today)
        #expect(problems.map { "\($0.severity.rawValue) \($0.code)@\($0.path)" } == [
            "warning inpe.missingPharmacist@pharmacies[0].inpe",
            "error original.missing.medicineSerialNumbers@originals.medicineSerialNumbers",
        ])
        // A version 1 file with lab tests and no prescription ticked: once
        // complete, now one error, the prescription the tests require.
        var labsOnly = try object(try Self.corpusFile("ordinary-complete.json"))
        labsOnly["practitioners"] = []
        labsOnly["pharmacies"] = []
        var originals = try #require(labsOnly["originals"] as? [String: Any])
        originals["prescription"] = false
        originals["doctorInvoice"] = false
        labsOnly["originals"] = originals
        let before = try load(try data(labsOnly)).get()
        #expect(DossierValidator.problems(in: before, today: Fixtures.today).map(\.code)
                == ["original.missing.prescription"])
    }

    @Test("a version 1 file may not hold what version 2 added, a version 2 file must; other versions are refused")
    func versionKeys() throws {
        var v2 = try object(DossierJSON.encoder(rules: .builtIn).encode(Fixtures.completeOrdinary()))
        #expect(v2["schemaVersion"] as? Int == 2)
        #expect((try? load(try data(v2)).get()) == Fixtures.completeOrdinary())
        var pharmacies = try #require(v2["pharmacies"] as? [[String: Any]])
        pharmacies[0]["inpe"] = nil
        v2["pharmacies"] = pharmacies
        #expect(load(try data(v2)) == .failure(DossierLoadError(file: "f.json", place: "pharmacies[0].inpe",
                                                                  reason: .missingKey)))
        v2["schemaVersion"] = 1
        #expect((try? load(try data(v2)).get())?.pharmacies.first?.inpe == "", "the same file as version 1 reads")
        for version in [0, 3] {
            v2["schemaVersion"] = version
            #expect(load(try data(v2)) == .failure(DossierLoadError(file: "f.json", place: "schemaVersion",
                                                                      reason: .unsupportedVersion(version))))
        }
        var noOpticians = try object(DossierJSON.encoder(rules: .builtIn).encode(Fixtures.completeOrdinary()))
        noOpticians["opticians"] = nil
        #expect(load(try data(noOpticians)) == .failure(DossierLoadError(file: "f.json", place: "opticians",
                                                                           reason: .missingKey)))
        var noOriginal = try object(DossierJSON.encoder(rules: .builtIn).encode(Fixtures.completeOrdinary()))
        var originals = try #require(noOriginal["originals"] as? [String: Any])
        originals["opticianInvoice"] = nil
        noOriginal["originals"] = originals
        #expect(load(try data(noOriginal)) == .failure(DossierLoadError(file: "f.json", place: "originals.opticianInvoice",
                                                                          reason: .missingKey)))
    }

    @Test("a version 1 draft resumes: its dossier reads through the same decoder")
    func versionOneInsideAnotherObject() throws {
        let v1 = try object(try Self.corpusFile("fewest-fields.json"))
        struct Holder: Decodable { let dossier: Dossier }
        let holder = try DossierJSON.decoder().decode(Holder.self, from: try data(["dossier": v1]))
        #expect(holder.dossier.pharmacies.map(\.inpe) == [""])
    }

    // MARK: amounts in a file

    /// The complete fixture's file, with one lab amount replaced by `text`
    /// exactly as written (the JSON number's digits).
    func withLabAmount(_ text: String) throws -> Data {
        let json = String(decoding: try DossierJSON.encoder(rules: .builtIn).encode(Fixtures.completeOrdinary()),
                          as: UTF8.self)
        let replaced = json.replacingOccurrences(of: "\"amount\" : 120.5,", with: "\"amount\" : \(text),")
        #expect(replaced != json)
        return Data(replaced.utf8)
    }

    @Test("an amount with more than two decimals in a file: the dossier's error at its path, not an unreadable file")
    func tooManyDecimals() throws {
        let dossier = try load(try withLabAmount("120.505")).get()
        #expect(dossier.roundedAmounts == ["labs[0].amount": "120.505"])
        #expect(dossier.labs[0].amount == Fixtures.money("120.50"), "held cut to the centime")
        let problems = DossierValidator.problems(in: dossier, today: Fixtures.today)
        #expect(problems == [Problem(code: "amount.decimals", path: "labs[0].amount",
                                     arguments: ["typed": "3", "value": "120.505", "digits": "120505"])])
        #expect(!DossierValidator.isComplete(dossier, today: Fixtures.today))
        // Two decimals is the boundary: no problem.
        let exact = try load(try withLabAmount("120.51")).get()
        #expect(exact.roundedAmounts.isEmpty)
        #expect(DossierValidator.problems(in: exact, today: Fixtures.today).isEmpty)
        // Below zero and finer than a centime: the two problems, each once.
        let both = try load(try withLabAmount("-0.125")).get()
        #expect(DossierValidator.problems(in: both, today: Fixtures.today).map(\.code)
                == ["amount.negative", "amount.decimals"])
    }

    @Test("an amount below zero in a file is amount.negative at its path")
    func negative() throws {
        let dossier = try load(try withLabAmount("-120.5")).get()
        #expect(dossier.labs[0].amount == Money(centimes: -12_050))
        #expect(DossierValidator.problems(in: dossier, today: Fixtures.today)
                == [Problem(code: "amount.negative", path: "labs[0].amount")])
        let zero = try load(try withLabAmount("0")).get()
        #expect(DossierValidator.problems(in: zero, today: Fixtures.today).isEmpty, "zero is an amount")
    }

    @Test("check: such a file exits 1 with the path and code, and the file is left as it was")
    func checkReportsAmounts() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let path = folder + "/odd.json"
        let bytes = try withLabAmount("-12.345")
        try bytes.write(to: URL(fileURLWithPath: path))
        let report = CheckReport(files: [path], today: Fixtures.today)
        #expect(report.exitCode == 1)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(report.json(.en).utf8)) as? [[String: Any]])
        let problems = try #require(list.first?["problems"] as? [[String: String]])
        #expect(problems.map { "\($0["code"] ?? "")@\($0["path"] ?? "")" }
                == ["amount.negative@labs[0].amount", "amount.decimals@labs[0].amount"])
        #expect(problems.last?["message"]?.contains("-12.345") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("the derived total of a file is never judged, whatever its digits")
    func derivedTotal() throws {
        var o = try object(DossierJSON.encoder(rules: .builtIn).encode(Fixtures.completeOrdinary()))
        o["total"] = -1.005
        let dossier = try load(try data(o)).get()
        #expect(dossier.roundedAmounts.isEmpty)
        #expect(DossierValidator.problems(in: dossier, today: Fixtures.today).isEmpty)
    }
}
