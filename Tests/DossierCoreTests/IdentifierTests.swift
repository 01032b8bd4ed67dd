import Foundation
import Testing
@testable import DossierCore

@Suite("Identifiers: CNIE, Massar, INPE, ICE, RIB — normalised, then checked")
struct IdentifierTests {
    @Test("normalisation removes spaces and invisible marks, upper-cases, reads Arabic-Indic digits")
    func normalisation() {
        #expect(Identifiers.normalize(" ab 123 456 ") == "AB123456")
        #expect(Identifiers.normalize("ab\u{00A0}12\t34") == "AB1234")
        #expect(Identifiers.normalize("\u{200F}AB123456\u{200E}") == "AB123456")
        #expect(Identifiers.normalize("١٢٣") == "123")
        #expect(Identifiers.normalize("۱۲۳") == "123")
        #expect(Identifiers.normalize("") == "")
    }

    @Test("CNIE: 1–2 letters then 4–8 digits", arguments: [
        "AB123456", "J4567", "A1234", "AB12345678", "ab 123 456", " bk 7777 ", "z12345678",
    ])
    func cnieAccepted(_ text: String) {
        #expect(Identifiers.checkCNIE(text, path: "student.cnie") == nil)
    }

    @Test("CNIE refused", arguments: [
        "ABC12345", "123456", "A123", "AB123456789", "AB12C456", "AB-123456", "É12345", "A\u{301}12345", "AB",
    ])
    func cnieRefused(_ text: String) throws {
        let p = try #require(Identifiers.checkCNIE(text, path: "student.cnie"))
        #expect(p.code == "cnie.format")
        #expect(p.path == "student.cnie")
        #expect(p.arguments["value"] == text, "reported as typed, not in its normal form")
    }

    @Test("Refused identifiers are quoted as typed (trimmed), not upper-cased or unspaced")
    func quotedAsTyped() {
        #expect(Identifiers.checkINPE(" n ", path: "i")?.arguments["value"] == "n")
        #expect(Identifiers.checkCNIE("ab 12", path: "c")?.arguments["value"] == "ab 12")
        #expect(Identifiers.checkMassar("r12", path: "m")?.arguments["value"] == "r12")
        #expect(Identifiers.checkICE("12a", path: "e")?.arguments["value"] == "12a")
        let message = Identifiers.checkINPE("n", path: "i")!.message(.fr)
        #expect(message.contains("« n »") && !message.contains("« N »"), "\(message)")
        let stored = Identifiers.checkINPE(Identifiers.normalize("ab"), path: "i")!
        #expect(stored.arguments["value"] == "AB")
        #expect(stored.quoting(typed: " ab ").arguments["value"] == "ab")
        #expect(stored.quoting(typed: "ab").code == "inpe.digits")
        let noValue = Problem(code: "ice.length", path: "e", arguments: ["typed": "3"])
        #expect(noValue.quoting(typed: "123") == noValue, "a message without the typed text is left alone")
    }

    @Test("CNIE empty is missing")
    func cnieMissing() {
        #expect(Identifiers.checkCNIE("  ", path: "student.cnie")?.code == "cnie.missing")
    }

    @Test("Massar: one letter then 9 digits; empty is allowed (optional)")
    func massar() {
        #expect(Identifiers.checkMassar("R123456789", path: "m") == nil)
        #expect(Identifiers.checkMassar("r 123 456 789", path: "m") == nil)
        #expect(Identifiers.checkMassar("", path: "m") == nil)
        for bad in ["R12345678", "R1234567890", "RR23456789", "1234567890", "R12345678X", "R\u{301}123456789"] {
            #expect(Identifiers.checkMassar(bad, path: "m")?.code == "massar.format", "\(bad)")
        }
    }

    @Test("INPE: digits only, any length, no checksum invented")
    func inpe() {
        for good in ["1", "123456789", "0000", " 12 34 ", "١٢٣٤"] {
            #expect(Identifiers.checkINPE(good, path: "i") == nil, "\(good)")
        }
        #expect(Identifiers.checkINPE("", path: "i")?.code == "inpe.missing")
        #expect(Identifiers.checkINPE("12A4", path: "i")?.code == "inpe.digits")
        #expect(Identifiers.checkINPE("12-34", path: "i")?.arguments["value"] == "12-34")
    }

    @Test("ICE: 15 digits, ≡ 0 mod 97; a failed check says a digit is wrong, never which key would pass")
    func ice() throws {
        #expect(Identifiers.mod97(Fixtures.validICE) == 0)
        #expect(Identifiers.checkICE(Fixtures.validICE, path: "dentists[0].ice") == nil)
        #expect(Identifiers.checkICE("001 500 001 206 605", path: "d") == nil)
        let key = try #require(Identifiers.checkICE(Fixtures.iceWrongKey, path: "dentists[0].ice"))
        #expect(key.code == "ice.checksum")
        #expect(key.path == "dentists[0].ice")
        #expect(key.arguments.isEmpty, "nothing that could be the key travels with the problem (check --json)")
        #expect(key.message(.fr) == "ICE : un chiffre est faux (la clé ne correspond pas aux autres chiffres). Vérifiez l'ICE chiffre par chiffre sur la facture.")
        #expect(key.message(.en).contains("digit by digit against the invoice"))
        for language in Language.allCases { Self.expectNoDigits(key.message(language)) }
        // One body digit off is refused too.
        #expect(Identifiers.checkICE("001500001206705", path: "d")?.code == "ice.checksum")
        let short = try #require(Identifiers.checkICE("00150000120660", path: "d"))
        #expect(short.code == "ice.length")
        #expect(short.arguments == ["typed": "14"])
        #expect(short.message(.fr) == "ICE : 15 chiffres attendus, 14 saisis.")
        #expect(Identifiers.checkICE("0015000012066050", path: "d")?.arguments == ["typed": "16"])
        #expect(Identifiers.checkICE("00150000120660A", path: "d")?.code == "ice.digits")
        #expect(Identifiers.checkICE("", path: "d")?.code == "ice.missing")
    }

    @Test("RIB: 24 digits ≡ 0 mod 97; a failed check says a digit is wrong and to check against the RIB certificate, never the key that would pass")
    func rib() throws {
        #expect(Identifiers.checkRIB(Fixtures.validRIB, path: "student.rib") == nil)
        #expect(Identifiers.checkRIB("181 780 0000123456789091 16", path: "student.rib") == nil)
        #expect(Identifiers.checkRIB("", path: "student.rib") == nil, "a RIB is optional")
        let wrong = try #require(Identifiers.checkRIB(Fixtures.ribWrongKey, path: "student.rib"))
        #expect(wrong.code == "rib.key")
        #expect(wrong.arguments.isEmpty, "nothing that could be the key travels with the problem (check --json)")
        #expect(wrong.message(.en).hasPrefix("RIB: a digit is wrong (the key does not match the other digits). Check the RIB digit by digit against your bank's RIB certificate"))
        #expect(wrong.message(.fr).hasPrefix("RIB : un chiffre est faux (la clé ne correspond pas aux autres chiffres). Vérifiez le RIB chiffre par chiffre sur l'attestation de RIB"))
        #expect(wrong.message(.ar).contains("أحد الأرقام خاطئ") && wrong.message(.ar).contains("شهادة RIB"))
        for language in Language.allCases { Self.expectNoDigits(wrong.message(language)) }
        #expect(Identifiers.ribKey(forFirst22: "1817800000123456789091") == 16)
        #expect(Identifiers.ribKey(forFirst22: "0117800000123456789012") == 96)
        #expect(Identifiers.checkRIB("18178000001234567890911", path: "r")?.arguments == ["typed": "23"])
        #expect(Identifiers.checkRIB("1817800000123456789091166", path: "r")?.code == "rib.length")
        #expect(Identifiers.checkRIB("18178000001234567890911X", path: "r")?.code == "rib.digits")
    }

    /// A message about a failed key shows no digit at all, Western or
    /// Arabic-Indic: neither the key that would pass nor any other number a
    /// hurried student could copy into the field.
    static func expectNoDigits(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let digits = message.unicodeScalars.filter { $0.properties.numericType != nil }
        #expect(digits.isEmpty, "\(message) shows \(String(String.UnicodeScalarView(digits)))", sourceLocation: sourceLocation)
    }

    @Test("a one-digit key (07) is checked with its leading zero")
    func ribKeyLeadingZero() throws {
        // The last two body digits take 100 consecutive values, so every key occurs.
        var body = ""
        for n in 0..<1000 {
            let candidate = "23070001234567890123" + String(format: "%02d", n % 100)
            if Identifiers.ribKey(forFirst22: candidate) == 7 { body = candidate; break }
        }
        #expect(!body.isEmpty)
        #expect(Identifiers.checkRIB(body + "08", path: "r")?.code == "rib.key")
        #expect(Identifiers.checkRIB(body + "7", path: "r")?.code == "rib.length")
        #expect(Identifiers.checkRIB(body + "07", path: "r") == nil)
    }

    @Test("mod 97 of long numbers, checked against hand-computed values")
    func mod97() {
        #expect(Identifiers.mod97("97") == 0)
        #expect(Identifiers.mod97("98") == 1)
        #expect(Identifiers.mod97("") == 0)
        // 10^24 mod 97: 10^2 ≡ 3, so 10^24 ≡ 3^12 = 531441 ≡ 531441 − 97·5478 = 75.
        #expect(Identifiers.mod97("1" + String(repeating: "0", count: 24)) == 75)
        #expect(Identifiers.mod97("12a") == Identifiers.mod97("12"), "non-digits never trap")
    }

    @Test("a RIB shows only its last four digits outside its own field")
    func maskedRIB() {
        #expect(Identifiers.maskedRIB(Fixtures.validRIB) == String(repeating: "•", count: 20) + "9116")
        #expect(Identifiers.maskedRIB("123") == "•••")
        #expect(!Identifiers.maskedRIB(Fixtures.validRIB).contains("18178"))
    }
}
