import Foundation
import Testing
@testable import DossierCore

/// Issue 12: a register of 50 000 files spent half its time in Foundation's
/// decoder, so a file as this program writes it is read by
/// `DossierFastDecoding`. It may only ever agree with the careful way
/// (`DossierLoadError.decodeCarefully`): the same dossier, or nil and the
/// careful way decides. These tests hold the two to that, on the corpus,
/// on dossiers with every field and every follow-up, and on thousands of
/// damaged files.
@Suite("The fast reading of a dossier agrees with the careful one")
struct FastDecodingTests {
    static func careful(_ data: Data) -> Result<Dossier, DossierLoadError> {
        DossierLoadError.decodeCarefully(data, file: "f.json")
    }

    /// The fast answer, checked against the careful one.
    @discardableResult
    static func agree(_ data: Data, _ label: @autoclosure () -> String) -> Dossier? {
        guard let fast = DossierFastDecoding.dossier(data) else { return nil }
        switch careful(data) {
        case .success(let dossier):
            #expect(fast == dossier, "\(label()): the fast reading differs\n\(String(decoding: data, as: UTF8.self))")
        case .failure(let error):
            Issue.record("\(label()): read fast, refused carefully (\(error.code))\n\(String(decoding: data, as: UTF8.self))")
        }
        return fast
    }

    static func written(_ dossier: Dossier) throws -> Data {
        try DossierJSON.encoder(rules: .builtIn).encode(dossier)
    }

    @Test("every version 2 file of the corpus is read fast, as the careful way reads it")
    func corpus() throws {
        for (name, data) in try FuzzLoaderTests.corpus() {
            let version = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])["schemaVersion"] as? Int
            let fast = Self.agree(data, name)
            #expect((fast != nil) == (version == 2), "\(name): version \(version ?? -1)")
        }
    }

    @Test("every field, both follow-ups, escapes, Arabic and amounts of every form")
    func everyFieldAndFollowUp() throws {
        var d = StoreFixtures.everyField()
        d.mailing = Mailing(mailedOn: StoreFixtures.day("2026-02-01"), trackingNumber: "RR123456785MA")
        d.outcome = .reimbursed(on: StoreFixtures.day("2026-03-01"), amount: Money(centimes: 123_456))
        #expect(Self.agree(try Self.written(d), "reimbursed") == d)
        d.outcome = .returned(on: StoreFixtures.day("2026-03-01"), reason: "Ordonnance \"manquante\"\n\\ د")
        #expect(Self.agree(try Self.written(d), "returned") == d)
        d.outcome = .returned(on: StoreFixtures.day("2026-03-01"), reason: nil)
        d.student.fullName = "Élodie \u{1F600} \t/ \u{0001}"
        d.practitioners[0].fee = Money(centimes: -5)
        d.pharmacies[0].total = Money(centimes: 100_000_000_000 / 100)
        #expect(Self.agree(try Self.written(d), "escapes") == d)
        let fewest = StoreFixtures.fewestFields()
        #expect(Self.agree(try Self.written(fewest), "fewest") == fewest)
    }

    @Test("text that is valid but unusual goes the careful way, which reads it the same or refuses it")
    func unusualTextGoesTheCarefulWay() throws {
        let base = String(decoding: try Self.written(StoreFixtures.everyField()), as: UTF8.self)
        func edited(_ from: String, _ to: String) -> Data {
            #expect(base.contains(from), "\(from)")
            return Data(base.replacingOccurrences(of: from, with: to).utf8)
        }
        let createdAt = try #require(base.range(of: "\"createdAt\" : \"[^\"]*\"", options: .regularExpression))
        let unusual: [(String, Data)] = [
            ("a key unknown", edited("\"sheet\" :", "\"extra\" : 1, \"sheet\" :")),
            ("a key twice", edited("\"sheet\" :", "\"sheet\" : \"dental\", \"sheet\" :")),
            ("version 1", edited("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")),
            ("version 3", edited("\"schemaVersion\" : 2", "\"schemaVersion\" : 3")),
            ("an amount finer than a centime", edited("\"fee\" : 150", "\"fee\" : 150.005")),
            ("an amount with an exponent", edited("\"fee\" : 150", "\"fee\" : 1.5e2")),
            ("a disease number 9.0", edited("\"chronicDisease\" : 9", "\"chronicDisease\" : 9.0")),
            ("a disease number in text", edited("\"chronicDisease\" : 9", "\"chronicDisease\" : \"9\"")),
            ("an instant with its offset", Data(base.replacingCharacters(in: createdAt,
                                                                        with: "\"createdAt\" : \"2026-01-10T10:00:00+01:00\"").utf8)),
            ("a required value null", edited("\"continuous\" : true", "\"continuous\" : null")),
            ("a flag as a number", edited("\"continuous\" : true", "\"continuous\" : 1")),
            ("a day that is not one", edited("\"firstActDate\" : \"2026-01-10\"", "\"firstActDate\" : \"2026-02-30\"")),
            ("a byte-order mark", Data([0xEF, 0xBB, 0xBF]) + Data(base.utf8)),
            ("a lone surrogate", edited("\"cnie\" : \"", "\"cnie\" : \"\\ud800")),
            ("a control character", edited("\"cnie\" : \"", "\"cnie\" : \"\u{0007}")),
            ("a trailing comma", edited("\"sheet\" : \"chronic\"", "\"sheet\" : \"chronic\",")),
            ("text after the end", Data((base + " x").utf8)),
        ]
        for (label, data) in unusual {
            #expect(DossierFastDecoding.dossier(data) == nil, "\(label): read fast")
            // Through the one entry point, the careful way answers.
            let answer = DossierLoadError.decode(data, file: "f.json")
            switch (answer, Self.careful(data)) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(label)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(label)")
            default: Issue.record("\(label): \(answer)")
            }
        }
        // Valid and usual, written otherwise: still read fast, and the same.
        let spaced = Data(base.replacingOccurrences(of: "\n", with: "\r\n\t").utf8)
        #expect(Self.agree(spaced, "other spacing") != nil)
        let escaped = edited("\"sheet\" : \"chronic\"", "\"sh\\u0065et\" : \"chron\\u0069c\"")
        #expect(Self.agree(escaped, "escaped key and value") != nil)
        #expect(Self.agree(edited("\"fee\" : 150", "\"fee\" : 150.10"), "trailing zero") != nil)
    }

    /// Every object of a file with every field, each in turn given a key
    /// the model does not know, or deprived of one of its keys.
    static func everyObjectEdited(_ edit: (inout [String: Any]) -> Void) throws -> [(String, Data)] {
        var d = StoreFixtures.everyField()
        d.mailing = Mailing(mailedOn: StoreFixtures.day("2026-02-01"), trackingNumber: "RR123456785MA")
        d.outcome = .returned(on: StoreFixtures.day("2026-03-01"), reason: "x")
        let top = try JSONSerialization.jsonObject(with: try Self.written(d))
        var out: [(String, Data)] = []
        func visit(_ value: Any, path: String, rebuild: (Any) -> Any) throws {
            if let object = value as? [String: Any] {
                var changed = object
                edit(&changed)
                out.append((path, try JSONSerialization.data(withJSONObject: rebuild(changed), options: [.sortedKeys])))
                for (key, inner) in object {
                    try visit(inner, path: path + "." + key) { new in
                        var copy = object
                        copy[key] = new
                        return rebuild(copy)
                    }
                }
            } else if let array = value as? [Any] {
                for (i, inner) in array.enumerated() {
                    try visit(inner, path: path + "[\(i)]") { new in
                        var copy = array
                        copy[i] = new
                        return rebuild(copy)
                    }
                }
            }
        }
        try visit(top, path: "") { $0 }
        return out
    }

    @Test("a key the model does not know, in any object, goes the careful way; a key left out is read the same or not fast")
    func everyObjectsKeys() throws {
        let extended = try Self.everyObjectEdited { $0["notAField"] = 1 }
        #expect(extended.count >= 13, "the top, the student, every entry, the follow-ups: \(extended.map(\.0))")
        for (path, data) in extended {
            #expect(DossierFastDecoding.dossier(data) == nil, "an unknown key at \(path.isEmpty ? "the top" : path) read fast")
        }
        var dropped = 0
        for key in ["fee", "total", "amount", "date", "massar", "endDate", "trackingNumber", "reason", "name", "mailedOn"] {
            for (path, data) in try Self.everyObjectEdited({ $0.removeValue(forKey: key) }) {
                if Self.agree(data, "\(key) left out at \(path)") != nil { dropped += 1 }
            }
        }
        #expect(dropped > 0, "an optional key left out is still read fast")
    }

    @Test("thousands of damaged files: never read fast unless read the same carefully")
    func damagedFiles() throws {
        let corpus = try FuzzLoaderTests.corpus()
        var rng = SplitMix64(seed: FuzzLoaderTests.seed ^ 0xFA57)
        var readFast = 0
        for iteration in 0..<2000 {
            let base = corpus.randomElement(using: &rng)!.data
            let other = corpus.randomElement(using: &rng)!.data
            let (mutation, bytes) = FuzzLoaderTests.mutate(base, other: other, rng: &rng)
            if Self.agree(bytes, "iteration \(iteration) (\(mutation))") != nil { readFast += 1 }
        }
        // Some damage leaves a valid dossier (a value swapped for one of
        // the same type): those are read fast.
        #expect(readFast > 0)
    }
}
