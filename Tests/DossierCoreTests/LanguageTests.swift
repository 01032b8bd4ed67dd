import Foundation
import Testing
@testable import DossierCore

@Suite("Languages and message filling")
struct LanguageTests {
    @Test("the language comes from LC_ALL, LC_MESSAGES, LANG in that order; French by default")
    func fromEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "ar_MA.UTF-8"]) == .ar)
        #expect(Language.fromEnvironment(["LANG": "ar_MA.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "fr_MA", "LANG": "en_GB"]) == .fr)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "en_GB"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment([:]) == .fr)
        #expect(Language.ar.isRightToLeft && !Language.fr.isRightToLeft)
    }

    @Test("placeholders are filled once: a typed value is shown as typed")
    func fill() {
        #expect(L10n.fill("{a} and {b}", ["a": "{b}", "b": "x"]) == "{b} and x")
        #expect(L10n.fill("{missing} {a}", ["a": "1"]) == "{missing} 1")
        #expect(L10n.fill("a { b } {", ["b": "x"]) == "a { b } {")
        #expect(L10n.fill("{x}", [:]) == "{x}")
        #expect(L10n.placeholders(in: "RIB {expected} / {typed} {expected}") == ["expected", "typed"])
        #expect(L10n.placeholders(in: "none") == [])
    }

    @Test("an unknown key shows itself, a known one its language")
    func lookup() {
        let table = L10n(table: ["k": ["fr": "bonjour {n}", "ar": "مرحبا {n}", "en": "hello {n}"]])
        #expect(table.text("k", .en, ["n": "3"]) == "hello 3")
        #expect(table.text("k", .ar, ["n": "3"]) == "مرحبا 3")
        #expect(table.text("nope", .fr) == "nope")
        #expect(tr("problem.rib.length", .fr, ["typed": "23"]) == "RIB : 24 chiffres attendus, 23 saisis.")
    }
}
