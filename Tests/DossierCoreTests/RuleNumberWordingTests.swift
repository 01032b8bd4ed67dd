import Foundation
import Testing
@testable import DossierCore

/// The deadline's days and the age limit are the edition's, so no text may
/// write them out: a successor with 90 days would otherwise still say 60.
/// Texts take `{days}` and `{ageLimit}` (standing arguments of `Words`).
@Suite("Translations write no number of the rules: {days}, {ageLimit}")
struct RuleNumberWordingTests {
    /// Every text of every table, as (key, language, text).
    static func texts() -> [(key: String, language: String, text: String)] {
        L10n.shared.table.sorted { $0.key < $1.key }.flatMap { key, entry in
            entry.sorted { $0.key < $1.key }.map { (key, $0.key, $0.value) }
        }
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// The number as a word, in Western or Arabic-Indic digits.
    static func number(_ western: String, _ arabic: String) -> String { #"(?<![\p{Nd}])(\#(western)|\#(arabic))(?![\p{Nd}])"# }

    /// Words that make a sentence about age.
    static let ageWords = #"\bâge\b|\bans\b|\bage\b|\byears?\b|\bold\b|سنة|سن|عمر"#

    @Test("the scanner tells a number from digits of a longer one")
    func scanner() {
        let sixty = Self.number("60", "٦٠")
        #expect(Self.matches("dans les 60 jours", sixty))
        #expect(Self.matches("خلال ٦٠ يوماً", sixty))
        #expect(!Self.matches("{days} jours, 160 DH, 0600000000, 2060", sixty))
        #expect(Self.matches("au plus 30 ans", Self.number("30", "٣٠")) && Self.matches("au plus 30 ans", Self.ageWords))
        #expect(!Self.matches("le 14/03/2004", Self.number("30", "٣٠")))
    }

    @Test("no text writes the deadline's 60 days")
    func noSixty() {
        #expect(ReferenceData.shared.mailingDeadlineDays == 60, "the number this test looks for")
        for (key, language, text) in Self.texts() {
            #expect(!Self.matches(text, Self.number("60", "٦٠")), "\(key) \(language): \(text)")
        }
    }

    @Test("no sentence about age writes the age limit 30; those sentences fill {ageLimit}")
    func noThirty() {
        #expect(ReferenceData.shared.maximumAge == 30, "the number this test looks for")
        for (key, language, text) in Self.texts()
        where Self.matches(text, Self.number("30", "٣٠")) && Self.matches(text, Self.ageWords) {
            Issue.record("\(key) \(language) writes the age limit: \(text)")
        }
        // The standing argument reaches them: a successor's limit would show.
        let words = builtIn(Fixtures.today).words(.en)
        #expect(words("wizard.help.student.birthDate").contains("age limit of 30"))
        #expect(!words("wizard.step.eligibility.intro").contains("{"))
    }
}
