import DossierCore
import Foundation
import Testing
@testable import DossierWizard

/// The review keeps its problems and its summary while the dossier does not
/// change (`Memo`): a move costs the same for 20 entries as for 200. These
/// prove the kept answer is never stale.
@Suite("What the review keeps between keys")
struct MemoTests {
    @Test("a memo computes again exactly when its key changes")
    func followsItsKey() {
        let memo = Memo<Int, String>()
        var calls = 0
        func ask(_ key: Int) -> String { memo.value(for: key) { calls += 1; return "v\(key)" } }
        #expect(ask(1) == "v1")
        #expect(ask(1) == "v1")
        #expect(calls == 1 && memo.computations == 1)
        #expect(ask(2) == "v2")
        #expect(ask(1) == "v1")
        #expect(calls == 3 && memo.computations == 3)
    }

    @Test("the review's problems follow every change of the dossier, the day and the editions")
    func problemsFollowTheDossier() throws {
        let today = CalendarDate(year: 2026, month: 11, day: 30)!
        let context = WizardContext(today: today)
        var state = WizardState(language: .en)
        let before = ReviewScreen.problems(state, context)
        #expect(before == DossierValidator.problems(in: state.dossier, context: context.core).errorsFirst)
        state.dossier.student.cnie = "AB12"
        let after = ReviewScreen.problems(state, context)
        #expect(after == DossierValidator.problems(in: state.dossier, context: context.core).errorsFirst)
        #expect(after != before, "a bad CNIE must show at once")
        // Another day: the age and the deadline are judged again.
        let later = WizardContext(today: CalendarDate(year: 2027, month: 6, day: 1)!)
        #expect(ReviewScreen.problems(state, later)
                == DossierValidator.problems(in: state.dossier, context: later.core).errorsFirst)
    }

    @Test("the review's summary shows a changed entry at once, and a move does not lay it out again")
    func summaryFollowsTheDossier() throws {
        let context = WizardContext(today: CalendarDate(year: 2026, month: 11, day: 30)!)
        var state = WizardState(language: .en)
        state.step = .review
        state.dossier.student.fullName = "Salma Benali"
        let first = Wizard.view(state, width: 80, height: 60, context: context).text
        #expect(first.contains("Salma Benali"))
        // A move in the review (selection, scroll) keeps the summary's key:
        // it is not laid out again; a changed dossier or width changes it.
        let writer = ScreenWriter(language: .en, width: 80)
        var moved = state
        moved.scroll = .line(1)
        moved.setList(.review, ListState(selected: 1))
        #expect(ReviewLayout(moved, context, writer) == ReviewLayout(state, context, writer))
        var renamed = state
        renamed.dossier.student.fullName = "Youssef Amrani"
        #expect(ReviewLayout(renamed, context, writer) != ReviewLayout(state, context, writer))
        #expect(ReviewLayout(state, context, ScreenWriter(language: .en, width: 40)) != ReviewLayout(state, context, writer))
        state.dossier.student.fullName = "Youssef Amrani"
        let second = Wizard.view(state, width: 80, height: 60, context: context).text
        #expect(second.contains("Youssef Amrani") && !second.contains("Salma Benali"))
        // Another width lays it out again, for that width.
        let narrow = Wizard.view(state, width: 40, height: 60, context: context)
        #expect(narrow.width == 40 && narrow.text.contains("Youssef"))
    }

    /// Foundation's folding kept the shadda (U+0651) and other Arabic marks
    /// that take no space, so "السكري" typed without it missed "السكّري";
    /// the type-ahead drops every such mark.
    @Test("the type-ahead's folding, kept by text, is Foundation's folding of that very text, without Arabic marks")
    func foldKept() {
        for name in ["Diabète insulino-dépendant", "DIABÈTE", "Élodie Aïcha", "السكّري", "Diabète insulino-dépendant"] {
            let foundations = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            #expect(ChoiceSearch.fold(name) == String(String.UnicodeScalarView(
                foundations.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })))
        }
        #expect(ChoiceSearch.fold("السكّري") == ChoiceSearch.fold("السكري"))
        #expect(ChoiceSearch.fold("DIABÈTE") == "diabete")
        #expect(ChoiceSearch.fold("Élodie") != ChoiceSearch.fold("Elodie Aïcha"))
    }
}
