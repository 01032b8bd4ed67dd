import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// The loader and the validators against damaged files: the committed
/// corpus of real dossier files (`Corpus/`), mutated thousands of times by
/// a seeded generator, so a failure comes back with the same input on
/// every run and in CI. Whatever the bytes, `DossierStore.load` returns a
/// dossier or throws `DossierLoadError`, in bounded time, and the file is
/// left byte for byte as it was.
@Suite("Fuzz: the dossier loader and the validators survive any file")
struct FuzzLoaderTests {
    static let seed: UInt64 = 0x5AFE_D055_1E20_2609
    /// Enough to reach every mutation many times over; `AMO_FUZZ_ITERATIONS`
    /// raises it for a longer run by hand.
    static var iterations: Int {
        ProcessInfo.processInfo.environment["AMO_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000
    }

    static func corpus() throws -> [(name: String, data: Data)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test("every corpus file loads and is a dossier the validators accept as input")
    func corpusLoads() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 5)
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        for (name, data) in corpus {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            let dossier = try DossierStore(folder: folder).load(path: path)
            let written = try DossierJSON.encoder(rules: .builtIn).encode(dossier)
            // Loaded and encoded again, a version 2 file is the same file:
            // the corpus is exactly what the program writes. A version 1
            // file comes back as version 2 with what version 2 added left
            // empty, and everything else as it was.
            if try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])["schemaVersion"] as? Int == 1 {
                #expect(try Self.asVersion1(written) == (try JSONSerialization.jsonObject(with: data) as? NSDictionary),
                        "\(name)")
            } else {
                #expect(written == data, "\(name)")
            }
            #expect(!DossierValidator.problems(in: dossier, today: StoreFixtures.today).contains { $0.code.hasPrefix("text.") })
        }
    }

    /// A version 2 file with the keys version 2 added taken out again, each
    /// checked to be empty: what a version 1 file of the same dossier holds.
    static func asVersion1(_ data: Data) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 2)
        object["schemaVersion"] = 1
        #expect((object.removeValue(forKey: "opticians") as? [Any])?.isEmpty == true)
        #expect(object["chronicExemptionNumber"] == nil)
        object["pharmacies"] = try #require(object["pharmacies"] as? [[String: Any]]).map { purchase in
            var purchase = purchase
            #expect(purchase.removeValue(forKey: "inpe") as? String == "")
            return purchase
        }
        var originals = try #require(object["originals"] as? [String: Any])
        for document in Originals.Document.allCases where document.since == 2 {
            #expect(originals.removeValue(forKey: document.rawValue) as? Bool == false)
        }
        object["originals"] = originals
        return object as NSDictionary
    }

    /// The kinds of damage, each picked at random per iteration.
    enum Mutation: CaseIterable {
        case flipBytes, truncate, splice, changeType, hugeNumber, deepNesting, invalidUTF8, hugeString,
             escapedControl, loneSurrogate, duplicateKey, dropKey
    }

    static func mutate(_ data: Data, other: Data, rng: inout SplitMix64) -> (Mutation, Data) {
        var mutation = Mutation.allCases.randomElement(using: &rng)!
        // A megabyte each: a few dozen prove the bound, thousands only cost time.
        if mutation == .hugeString && Int.random(in: 0..<10, using: &rng) != 0 { mutation = .changeType }
        var bytes = [UInt8](data)
        switch mutation {
        case .flipBytes:
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[i] ^= UInt8.random(in: 1...255, using: &rng)
            }
        case .truncate:
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
        case .splice:
            let cut = Int.random(in: 0...bytes.count, using: &rng)
            let otherBytes = [UInt8](other)
            let from = Int.random(in: 0...otherBytes.count, using: &rng)
            bytes = Array(bytes.prefix(cut)) + Array(otherBytes.suffix(from: from))
        case .changeType, .hugeNumber, .hugeString, .escapedControl, .loneSurrogate, .dropKey:
            return (mutation, replaceValue(data, mutation: mutation, rng: &rng))
        case .deepNesting:
            let depth = Int.random(in: 30...20_000, using: &rng)
            let open = [UInt8](repeating: UInt8(ascii: Bool.random(using: &rng) ? "[" : "{"), count: 1)
            // An opened value at the place of a key's value, never closed or closed in full.
            let inner = Array(repeating: open[0] == UInt8(ascii: "[") ? "[" : "{\"a\":", count: depth).joined()
            let close = open[0] == UInt8(ascii: "[") ? "]" : "}"
            let text = "{\"schemaVersion\":1,\"student\":" + inner + "1" + String(repeating: close, count: Bool.random(using: &rng) ? depth : 0) + "}"
            bytes = [UInt8](text.utf8)
        case .invalidUTF8:
            let pieces: [[UInt8]] = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82]]
            // Inside a string value: just after a quote.
            let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
            let at = (quotes.randomElement(using: &rng) ?? 0) + 1
            bytes.insert(contentsOf: pieces.randomElement(using: &rng)!, at: min(at, bytes.count))
        case .duplicateKey:
            let text = String(decoding: bytes, as: UTF8.self)
            let dup = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"schemaVersion\" : \"x\"")
            bytes = [UInt8](dup.utf8)
        }
        return (mutation, Data(bytes))
    }

    /// Replaces one value somewhere in the JSON tree (at any depth) with a
    /// value of another type, a huge number, a huge string, a string of
    /// control characters or a lone surrogate, or removes a key.
    static func replaceValue(_ data: Data, mutation: Mutation, rng: inout SplitMix64) -> Data {
        guard var top = try? JSONSerialization.jsonObject(with: data) else { return data }
        func replacement() -> Any {
            switch mutation {
            case .hugeNumber:
                return ["1e400", "-1e400", "18446744073709551616", "-9223372036854775809", "1e-400",
                        "123456789012345678901234567890.5", "0.001", "-0"].randomElement(using: &rng)!
            case .hugeString:
                // Just under and just over the file limit.
                let size = Bool.random(using: &rng) ? 1_000_000 : (1 << 20) + 10
                return "\"" + String(repeating: ["a", "د", "é"].randomElement(using: &rng)!, count: size / 2) + "\""
            case .escapedControl:
                return "\"A\\u0000B\\u001b[2J\\n\\t\\u0085\\u2028\""
            case .loneSurrogate:
                return ["\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\""].randomElement(using: &rng)!
            default:
                return ["null", "true", "\"2026-02-30\"", "\"\"", "[]", "{}", "-1", "3.5", "[1,2]",
                        "{\"x\":1}", "\"ordinary\"", "42"].randomElement(using: &rng)!
            }
        }
        let marker = "@@SAFETY-FUZZ@@"
        let dropping = mutation == .dropKey
        func visit(_ value: inout Any, depth: Int) -> Bool {
            if var object = value as? [String: Any], !object.isEmpty {
                let key = object.keys.sorted().randomElement(using: &rng)!
                if depth > 0 && Bool.random(using: &rng) || object[key].map({ $0 is [String: Any] || $0 is [Any] }) == true && Bool.random(using: &rng) {
                    var inner = object[key]!
                    if visit(&inner, depth: depth + 1) { object[key] = inner; value = object; return true }
                }
                if dropping { object.removeValue(forKey: key) } else { object[key] = marker }
                value = object
                return true
            }
            if var array = value as? [Any], !array.isEmpty {
                let i = Int.random(in: 0..<array.count, using: &rng)
                var inner = array[i]
                if !visit(&inner, depth: depth + 1) { inner = marker }
                array[i] = inner
                value = array
                return true
            }
            return false
        }
        _ = visit(&top, depth: 0)
        guard let encoded = try? JSONSerialization.data(withJSONObject: top, options: [.sortedKeys]) else { return data }
        let text = String(decoding: encoded, as: UTF8.self)
            .replacingOccurrences(of: "\"\(marker)\"", with: dropping ? "null" : String(describing: replacement()))
        return Data(text.utf8)
    }

    @Test("thousands of mutated files: a dossier or a DossierLoadError, quickly, the file unchanged")
    func mutatedFilesNeverCrashHangOrChange() throws {
        let corpus = try Self.corpus()
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        var rng = SplitMix64(seed: Self.seed)
        var loaded = 0
        var refused: [String: Int] = [:]
        var seenMutations = Set<String>()
        let clock = ContinuousClock()
        var slowest = Duration.zero
        for iteration in 0..<Self.iterations {
            let base = corpus.randomElement(using: &rng)!.data
            let other = corpus.randomElement(using: &rng)!.data
            var (mutation, bytes) = Self.mutate(base, other: other, rng: &rng)
            // Sometimes damage twice, as real damage compounds.
            if Int.random(in: 0..<4, using: &rng) == 0 { bytes = Self.mutate(bytes, other: other, rng: &rng).1 }
            seenMutations.insert("\(mutation)")
            let path = folder + "/fuzz-\(iteration % 16).json"
            try bytes.write(to: URL(fileURLWithPath: path))
            let before = try #require(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
            let start = clock.now
            do {
                let dossier = try store.load(path: path)
                loaded += 1
                // The validators take whatever the loader gives.
                let problems = DossierValidator.problems(in: dossier, today: StoreFixtures.today)
                for problem in problems.prefix(3) {
                    #expect(!problem.message(.ar).isEmpty)
                }
                _ = dossier.total
                _ = dossier.lastMailingDay
                _ = RequiredOriginals.missing(for: dossier)
            } catch let error as DossierLoadError {
                refused[error.code, default: 0] += 1
                #expect(error.file == path)
                for language in Language.allCases {
                    #expect(!error.message(language).contains("load."), "untranslated: \(error.message(language))")
                }
            } catch {
                Issue.record("seed \(Self.seed) iteration \(iteration) (\(mutation)): \(type(of: error)) \(error)")
            }
            let elapsed = clock.now - start
            slowest = max(slowest, elapsed)
            #expect(elapsed < .seconds(2), "seed \(Self.seed) iteration \(iteration) (\(mutation)) took \(elapsed)")
            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(after == bytes, "seed \(Self.seed) iteration \(iteration): the file was changed")
            let mtime = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            #expect(mtime == before)
        }
        // The mutations reached both outcomes and every kind of refusal a
        // damaged file can earn, or the generator is too timid to prove much.
        #expect(seenMutations.count == Mutation.allCases.count)
        #expect(loaded > 0)
        for code in ["load.notJSON", "load.wrongType", "load.missingKey", "load.invalidValue", "load.tooLarge",
                     "load.notADossier"] {
            #expect(refused[code, default: 0] > 0, "no mutation produced \(code): \(refused)")
        }
    }

    @Test("deep nesting is refused before parsing, even a hundred thousand levels")
    func deepNesting() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let path = folder + "/deep.json"
        let text = "{\"schemaVersion\":1,\"student\":" + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DossierLoadError(file: path, place: "", reason: .notADossier)) {
            try DossierStore(folder: folder).load(path: path)
        }
        // Brackets inside strings are text, not nesting.
        #expect(!JSONNesting.exceeds(Data(("\"" + String(repeating: "[", count: 100) + "\"").utf8), limit: 2))
        #expect(!JSONNesting.exceeds(Data("[\"\\\"[[[[\"]".utf8), limit: 1))
        #expect(JSONNesting.exceeds(Data("[[[1]]]".utf8), limit: 2))
    }

    @Test("random dossiers built from junk text: validators never trap and report control characters")
    func generatedDossiers() {
        var rng = SplitMix64(seed: Self.seed ^ 0xD0551E)
        for _ in 0..<500 {
            var d = StoreFixtures.everyField()
            d.student.fullName = rng.junk(maxLength: 12)
            d.student.cnie = rng.junk(maxLength: 10)
            d.student.rib = rng.junk(maxLength: 30)
            d.practitioners[0].inpe = rng.junk(maxLength: 12)
            d.dentists[0].ice = rng.junk(maxLength: 18)
            d.labs[0].name = rng.junk(maxLength: 8)
            d.chronicDisease = Int.random(in: Int.min...Int.max, using: &rng)
            d.practitioners[0].fee = Money(centimes: Int64.random(in: -1_000_000_000...Int64.max / 8, using: &rng))
            let problems = DossierValidator.problems(in: d, today: StoreFixtures.today)
            let hasControl = TextFieldCheck.hasControl(d.student.fullName)
            #expect(problems.contains { $0.code == "text.control" && $0.path == "student.fullName" } == hasControl)
        }
    }
}
