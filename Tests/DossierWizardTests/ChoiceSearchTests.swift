import Foundation
import Testing
import DossierCore
@testable import DossierWizard

@Suite struct ChoiceSearchTests {
    static let rules = testContext.rules(for: Dossier())
    let diseases = DiseasePicker.items(Self.rules, .fr)

    @Test func diabFindsDiabetesFirst() {
        let found = ChoiceSearch.filter(diseases, query: "diab")
        #expect(found.first?.number == 9)
        #expect(found.map(\.number).contains(29))
        #expect(found.count == 2)
    }

    @Test func searchIgnoresAccentsAndCase() {
        #expect(ChoiceSearch.filter(diseases, query: "DIABETE").first?.number == 9)
        #expect(ChoiceSearch.filter(diseases, query: "epilepsie").map(\.number) == [10])
        #expect(ChoiceSearch.filter(diseases, query: "rétino").map(\.number) == [29])
    }

    @Test func searchMatchesTheTranslationAndTheFrenchName() {
        let arabic = DiseasePicker.items(Self.rules, .ar)
        let name = Self.rules.disease(number: 22)!.ar
        #expect(ChoiceSearch.filter(arabic, query: name).first?.number == 22)
        #expect(ChoiceSearch.filter(arabic, query: "parkinson").first?.number == 22)
        let english = DiseasePicker.items(Self.rules, .en)
        let en = Self.rules.disease(number: 31)!.en
        #expect(ChoiceSearch.filter(english, query: String(en.prefix(8))).map(\.number).contains(31))
    }

    /// A student who types the shadda ("السكّري", as it is often written)
    /// still finds diabetes, whose name on the fund's list has none; with
    /// Foundation's folding, which kept the shadda, nothing matched.
    @Test func arabicMarksTypedStillFind() {
        let arabic = DiseasePicker.items(Self.rules, .ar)
        #expect(ChoiceSearch.filter(arabic, query: "السكّري").map(\.number).prefix(1) == [9])
        #expect(ChoiceSearch.filter(arabic, query: "السُّكَّري").map(\.number).prefix(1) == [9])
    }

    @Test func digitsPickByNumber() {
        #expect(ChoiceSearch.filter(diseases, query: "9").map(\.number) == [9])
        #expect(ChoiceSearch.filter(diseases, query: "42").map(\.number) == [42])
        let ones = ChoiceSearch.filter(diseases, query: "1").map(\.number)
        #expect(ones.first == 1)
        #expect(Set(ones) == Set([1] + Array(10...19)))
    }

    @Test func anEmptyQueryKeepsTheOfficialOrder() {
        #expect(ChoiceSearch.filter(diseases, query: "").map(\.number) == Array(1...42))
        #expect(ChoiceSearch.filter(diseases, query: "zzzz").isEmpty)
    }

    /// The byte search finds what Foundation's `range(of:)` found, at the
    /// same place, for every piece of every folded name in the three
    /// languages, and for pieces that are in none.
    @Test func firstPlaceIsFoundationsRange() {
        for language in Language.allCases {
            for item in DiseasePicker.items(Self.rules, language) {
                for text in item.searchTexts {
                    let folded = ChoiceSearch.fold(text)
                    let scalars = Array(folded.unicodeScalars)
                    var queries = ["zzz", "é", "ا", folded + "x"]
                    for start in stride(from: 0, to: scalars.count, by: 3) {
                        for length in [1, 2, 4, 7] where start + length <= scalars.count {
                            queries.append(String(String.UnicodeScalarView(scalars[start..<start + length])))
                        }
                    }
                    for query in queries {
                        #expect(ChoiceSearch.firstPlace(of: query, in: folded) == folded.range(of: query)?.lowerBound,
                                "\(query) in \(folded)")
                    }
                }
            }
        }
    }
}
