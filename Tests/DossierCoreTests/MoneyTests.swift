import Foundation
import Testing
@testable import DossierCore

@Suite("Money: typed amounts, exact sums, JSON numbers")
struct MoneyTests {
    @Test("accepted forms and their value in centimes", arguments: [
        ("120", 12_000), ("120,50", 12_050), ("120.50", 12_050), ("1 200,50", 120_050), ("120,5", 12_050),
        ("0", 0), ("0,01", 1), ("  75 ", 7_500), ("1\u{00A0}200", 120_000), ("120 DH", 12_000),
        ("١٢٠٫٥٠", 12_050), ("١٬٢٠٠", 120_000), ("0000120", 12_000), ("10000000", 1_000_000_000),
    ] as [(String, Int64)])
    func accepted(_ text: String, _ centimes: Int64) {
        #expect(Money.parse(text) == .success(Money(centimes: centimes)))
    }

    @Test("refused forms and why", arguments: [
        ("-5", Money.ParseError.negative), ("1,234", .tooManyDecimals(3)), ("12,", .notANumber),
        ("", .empty), ("   ", .empty), ("12,345", .tooManyDecimals(3)), ("1.200,50", .notANumber),
        ("abc", .notANumber), (",50", .notANumber), ("12a", .notANumber), ("1e3", .notANumber),
        ("10000000,01", .tooLarge), ("999999999", .tooLarge), ("+5", .notANumber),
    ] as [(String, Money.ParseError)])
    func refused(_ text: String, _ error: Money.ParseError) {
        #expect(Money.parse(text) == .failure(error))
    }

    @Test("12,345: the message says at most 2 decimals and offers the digits without a separator, in each language",
          arguments: Language.allCases)
    func thousandsSeparatorAdvice(language: Language) throws {
        guard case .failure(let p) = TypedValue.amount(" 12,345 ", path: "x") else {
            Issue.record("12,345 must be refused")
            return
        }
        #expect(p.arguments == ["typed": "3", "value": "12,345", "digits": "12345"])
        let message = p.message(language)
        #expect(message.contains("12,345") && message.contains("12345") && message.contains("2"))
        #expect(!message.contains("1234 ") && !message.contains("1 234") && !message.contains("1,234"),
                "no example that does not match what was typed: \(message)")
    }

    @Test("typed amounts become problems with their codes")
    func typedProblems() {
        func code(_ text: String) -> String? {
            if case .failure(let p) = TypedValue.amount(text, path: "pharmacies[0].total") { return p.code }
            return nil
        }
        #expect(code("-5") == "amount.negative")
        #expect(code("1,234") == "amount.decimals")
        #expect(code("12,") == "amount.format")
        #expect(code("") == "amount.missing")
        #expect(code("99999999999") == "amount.tooLarge")
        #expect(code("120,50") == nil)
        if case .failure(let p) = TypedValue.amount("1,234", path: "x") {
            #expect(p.arguments["typed"] == "3")
            #expect(p.path == "x")
        }
    }

    @Test("sums are exact to the centime: 0.10 + 0.20 == 0.30")
    func exactSums() {
        let sum = Fixtures.money("0.10") + Fixtures.money("0,20")
        #expect(sum == Fixtures.money("0.30"))
        #expect(sum.plain == "0.30")
        var total = Money.zero
        for _ in 0..<1000 { total = total + Fixtures.money("0,10") }
        #expect(total == Fixtures.money("100"))
    }

    @Test("the dossier total adds every fee, total and amount; missing ones count zero")
    func dossierTotal() {
        var d = Fixtures.completeOrdinary()
        // 200 + 154.30 + 120.50 + 350
        #expect(d.total == Fixtures.money("824,80"))
        d.pharmacies.append(PharmacyPurchase(name: "Pharmacie 2", date: Fixtures.date("2026-02-04"), total: nil))
        #expect(d.total == Fixtures.money("824.80"))
        d.dentists = [DentalCare(amount: Fixtures.money("0.20"))]
        #expect(d.total.plain == "825.00")
    }

    @Test("display forms: dot in plain and English, comma in French and Arabic, Western digits")
    func display() {
        let m = Fixtures.money("1200,05")
        #expect(m.plain == "1200.05")
        #expect(m.formatted(.fr) == "1200,05 DH")
        #expect(m.formatted(.en) == "1200.05 DH")
        #expect(m.formatted(.ar) == "1200,05 درهم")
        #expect(Money(centimes: 7).plain == "0.07")
    }

    @Test("JSON numbers round trip exactly and negative or over-precise numbers are refused")
    func json() throws {
        let amounts = ["0.10", "0.20", "0.30", "120.50", "154.30", "0.07", "9999999.99", "1"]
        for text in amounts {
            let m = Fixtures.money(text)
            let data = try JSONEncoder().encode([m])
            let back = try JSONDecoder().decode([Money].self, from: data)
            #expect(back == [m], "\(text) → \(String(decoding: data, as: UTF8.self))")
        }
        #expect(String(decoding: try JSONEncoder().encode([Fixtures.money("120,50")]), as: UTF8.self) == "[120.5]")
        #expect(try JSONDecoder().decode([Money].self, from: Data("[0.3]".utf8)) == [Money(centimes: 30)])
        for bad in ["[1.234]", "[\"120\"]", "[0.001]"] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data(bad.utf8)) }
        }
        // Below zero is a value the validator judges (amount.negative), not
        // an unreadable number; finer than a centime only a dossier file's
        // decoder reads (it notes it for the validator), cut to the centime.
        #expect(try JSONDecoder().decode([Money].self, from: Data("[-5.25]".utf8)) == [Money(centimes: -525)])
        #expect(try DossierJSON.decoder().decode([Money].self, from: Data("[12.345, -0.019]".utf8))
                == [Money(centimes: 1234), Money(centimes: -1)])
    }

    @Test("jsonNumber and plain are what Decimal and %02d print, for every centime around the edges")
    func jsonNumberIsTheDecimalsText() {
        let values: [Int64] = Array(-1_250...1_250) + [99_999, 100_000, 123_456, 1_000_000_000, -1_000_000_000, 33_960]
        for centimes in values {
            let m = Money(centimes: centimes)
            #expect(m.jsonNumber == "\(m.decimal)", "\(centimes)")
            let a = abs(centimes)
            #expect(m.plain == (centimes < 0 ? "-" : "") + "\(a / 100)." + String(format: "%02d", Int(a % 100)), "\(centimes)")
        }
    }
}
