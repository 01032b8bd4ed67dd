import Foundation
import Testing
@testable import DossierCore

@Suite("Property tests: seeded, repeatable")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 42, 2026, 0xC0FFEE]

    @Test("random and mutated strings never crash a parser or validator", arguments: seeds)
    func noCrash(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let samples = ["AB123456", "R123456789", "123456", Fixtures.validICE, Fixtures.validRIB, "31/02/2026",
                       "2026-01-10", "120,50", "1 200,50", "{value}"]
        var accepted = 0
        for round in 0..<3000 {
            let text = round % 2 == 0 ? rng.junk(maxLength: 40)
                                      : rng.mutate(rng.mutate(samples.randomElement(using: &rng)!))
            if Identifiers.checkCNIE(text, path: "p") == nil { accepted += 1 }
            _ = Identifiers.checkMassar(text, path: "p")
            _ = Identifiers.checkINPE(text, path: "p")
            _ = Identifiers.checkICE(text, path: "p")
            _ = Identifiers.checkRIB(text, path: "p")
            _ = Identifiers.maskedRIB(text)
            _ = Identifiers.mod97(text)
            _ = CalendarDate(typed: text)
            _ = CalendarDate(iso: text)
            _ = TypedValue.date(text, path: "p")
            _ = Money.parse(text)
            if case .failure(let p) = TypedValue.amount(text, path: "p") { _ = p.message(.ar) }
            // What the validators keep is always in normal form.
            if Identifiers.checkCNIE(text, path: "p") == nil {
                #expect(Identifiers.normalize(text).unicodeScalars.allSatisfy { $0.isASCII })
            }
            if case .success(let m) = Money.parse(text) {
                #expect(m.centimes >= 0 && m <= Money.maximum)
            }
            // Whatever a person types into a field ends up in a dossier that
            // the validator and the JSON coder handle.
            var d = Fixtures.completeOrdinary()
            d.student.cnie = text
            d.student.rib = text
            d.practitioners[0].inpe = text
            d.practitioners[0].name = text
            for problem in DossierValidator.problems(in: d, today: Fixtures.today) {
                #expect(!problem.message(.fr).isEmpty)
            }
            if round % 100 == 0 {
                let data = try? JSONEncoder().encode(d)
                #expect(data != nil)
                if let data { #expect((try? JSONDecoder().decode(Dossier.self, from: data)) != nil) }
            }
        }
        #expect(accepted < 3000)
    }

    @Test("truncated and mutated dossier JSON never crashes the decoder", arguments: seeds)
    func decoderNeverCrashes(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let text = String(decoding: try encoder.encode(Fixtures.completeOrdinary()), as: UTF8.self)
        for round in 0..<500 {
            let broken: String
            if round % 3 == 0 {
                broken = String(text.prefix(Int.random(in: 0..<text.count, using: &rng)))
            } else {
                var t = text
                for _ in 0..<Int.random(in: 1...4, using: &rng) { t = rng.mutate(t) }
                broken = t
            }
            if let d = try? decoder.decode(Dossier.self, from: Data(broken.utf8)) {
                _ = DossierValidator.problems(in: d, today: Fixtures.today)
            }
        }
    }

    @Test("generated valid identifiers are always accepted, typed with spaces and in lower case too", arguments: seeds)
    func validAccepted(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let cnie = rng.letters(Int.random(in: 1...2, using: &rng)) + rng.digits(Int.random(in: 4...8, using: &rng))
            let massar = rng.letters(1) + rng.digits(9)
            let inpe = rng.digits(Int.random(in: 1...12, using: &rng))
            let iceBody = rng.digits(13)
            let ice = iceBody + IndependentMod97.key(for: iceBody)
            let ribBody = rng.digits(22)
            let rib = ribBody + IndependentMod97.key(for: ribBody)
            #expect(Identifiers.checkCNIE(cnie, path: "p") == nil, "\(cnie)")
            #expect(Identifiers.checkCNIE(" " + cnie.lowercased() + " ", path: "p") == nil, "\(cnie)")
            #expect(Identifiers.checkMassar(massar.lowercased(), path: "p") == nil, "\(massar)")
            #expect(Identifiers.checkINPE(inpe, path: "p") == nil, "\(inpe)")
            #expect(Identifiers.checkICE(ice, path: "p") == nil, "\(ice)")
            #expect(Identifiers.checkRIB(rib, path: "p") == nil, "\(rib)")
            let spaced = stride(from: 0, to: 24, by: 4).map { i in
                String(rib.dropFirst(i).prefix(4))
            }.joined(separator: " ")
            #expect(Identifiers.checkRIB(spaced, path: "p") == nil, "\(spaced)")
            #expect(Identifiers.ribKey(forFirst22: ribBody) == Int(IndependentMod97.key(for: ribBody)))
        }
    }

    @Test("a valid RIB or ICE with one digit changed is always refused, a RIB key digit as a wrong key",
          arguments: seeds)
    func oneDigitOff(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let ribBody = rng.digits(22)
            let rib = Array(ribBody + IndependentMod97.key(for: ribBody))
            let position = Int.random(in: 0..<24, using: &rng)
            let old = rib[position].wholeNumberValue!
            let new = (old + Int.random(in: 1...9, using: &rng)) % 10
            var changed = rib
            changed[position] = Character(String(new))
            let problem = try #require(Identifiers.checkRIB(String(changed), path: "student.rib"))
            #expect(problem.code == "rib.key")
            // The key that would pass is never handed out, whichever digit is wrong.
            #expect(problem.arguments.isEmpty)
            let passingKey = IndependentMod97.key(for: String(changed.prefix(22)))
            #expect(!problem.message(.en).contains(passingKey) && !problem.message(.fr).contains(passingKey))

            let iceBody = rng.digits(13)
            let ice = Array(iceBody + IndependentMod97.key(for: iceBody))
            let p = Int.random(in: 0..<15, using: &rng)
            var badICE = ice
            badICE[p] = Character(String((ice[p].wholeNumberValue! + Int.random(in: 1...9, using: &rng)) % 10))
            #expect(Identifiers.checkICE(String(badICE), path: "p")?.code == "ice.checksum")
        }
    }

    @Test("money typed in any accepted form reads back to the same centimes", arguments: seeds)
    func moneyForms(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let centimes = Int64.random(in: 0...Money.maximum.centimes, using: &rng)
            let whole = centimes / 100
            let cents = centimes % 100
            let two = cents < 10 ? "0\(cents)" : "\(cents)"
            let money = Money(centimes: centimes)
            #expect(Money.parse("\(whole),\(two)") == .success(money))
            #expect(Money.parse("\(whole).\(two)") == .success(money))
            #expect(Money.parse(money.plain) == .success(money))
            #expect(Money.parse(money.formatted(.fr)) == .success(money))
            #expect(Money.parse(money.formatted(.ar)) == .success(money))
            var grouped = String(whole)
            var index = grouped.count - 3
            while index > 0 {
                grouped.insert(" ", at: grouped.index(grouped.startIndex, offsetBy: index))
                index -= 3
            }
            #expect(Money.parse("\(grouped),\(two)") == .success(money), "\(grouped),\(two)")
        }
    }

    @Test("every typed date DD/MM/YYYY reads back to the same day", arguments: seeds)
    func dateForms(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let day = CalendarDate(dayNumber: Int.random(in: -25_000...40_000, using: &rng))
            #expect(CalendarDate(typed: day.dayMonthYear) == day)
            #expect(CalendarDate(typed: "\(day.day)/\(day.month)/\(day.year)") == day)
            #expect(CalendarDate(iso: day.iso) == day)
        }
    }
}
