import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: Enter on "continue" of a care list with no line used to
/// leave it without a word; a student who meant to start typing lost the
/// screen unnoticed. It asks, and one key answers for whoever has none.
@Suite("An empty care list is not left on Enter without a question")
struct EmptyListTests {
    @Test("Enter on an empty doctors list asks; any other key than yes stays, on Add")
    func asksAndStays() {
        var d = EntryListTests.onPractitioners()
        #expect(d.state.dossier.practitioners.isEmpty)
        // The list's own hint names the key that skips without a question
        // (it said Enter, which asks; Enter twice came back to Add).
        #expect(d.screen().contains("; n pour passer"), "\(d.screen())")
        d.press(.enter)
        #expect(d.state.overlay == .emptyList)
        #expect(d.state.step == .care(.practitioners))
        let question = words(d.state.language)("wizard.emptyList.practitioners")
        let firstSentence = String(question[..<question.firstIndex(of: ".")!])
        #expect(d.screen().contains(firstSentence), "\(d.screen())")
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.state.step == .care(.practitioners), "still on the doctors")
        d.press(.enter)
        #expect(d.state.entry == 0, "Enter now opens a doctor's line")
    }

    @Test("Yes leaves the list; n leaves it at once; a list with a line is left on Enter without a question",
          arguments: ["o", "y", "1"])
    func yesAndTheFastWays(_ yes: String) {
        var d = EntryListTests.onPractitioners()
        d.press(.enter)
        d.press(.character(Character(yes)))
        #expect(d.state.overlay == nil)
        #expect(d.state.step != .care(.practitioners), "on to the next screen")

        var fast = EntryListTests.onPractitioners()
        fast.press(.character("n"))
        #expect(fast.state.overlay == nil && fast.state.step != .care(.practitioners))

        var one = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&one, "Dr Amrani")
        one.press(.end)
        one.press(.enter)
        #expect(one.state.overlay == nil && one.state.step != .care(.practitioners))
    }

    @Test("Every care list asks in its own words, in every language", arguments: Language.allCases)
    func everyKind(_ language: Language) {
        for kind in [CareKind.practitioners, .pharmacies, .labs, .opticians, .dentists] {
            let text = tr("wizard.emptyList." + kind.rawValue, language)
            #expect(!text.isEmpty && text != "wizard.emptyList." + kind.rawValue)
        }
    }
}
