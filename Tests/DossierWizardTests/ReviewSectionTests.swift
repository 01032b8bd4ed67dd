import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 12, the officer's morning: one field of a complete reopened
/// dossier took Esc ×4, then Enter through every screen, because a Review
/// without problems had no row to go from. Each screen is a row of the
/// Review; Enter goes there, and F10 (or going on past its end) comes back.
@Suite("The Review lists its screens to change, even with no problem")
struct ReviewSectionTests {
    static func completeAtReview() -> WizardDriver {
        var d = WizardDriver()
        DossierScript.ordinary.drive(&d)
        #expect(d.state.step == .review)
        #expect(ReviewScreen.problems(d.state, testContext).isEmpty, "the ordinary script is complete")
        return d
    }

    @Test("With no problem, Enter still saves; the screens are listed below Save")
    func listedAndSaveStaysTheDefault() throws {
        var d = Self.completeAtReview()
        let sections = ReviewScreen.sections(d.state, testContext)
        #expect(sections.first == .eligibility && sections.contains(.student) && sections.contains(.care(.pharmacies)))
        #expect(!sections.contains(.care(.dentists)), "only this sheet's screens")
        #expect(d.state.list(.review).selected == 0, "Save is selected")
        let screen = d.screen(80, 200)
        let words = words(d.state.language)
        let heading = try #require(screen.range(of: words("wizard.review.sections")), "\(screen)")
        let save = try #require(screen.range(of: words("wizard.review.save")))
        #expect(save.upperBound < heading.lowerBound, "the screens come after Save")
        for step in sections { #expect(screen.contains("  " + words(step.titleKey)), "\(step)") }
        d.press(.enter)
        #expect(d.effects.last == .saveDossier, "Enter on the default row saves")
    }

    @Test("At 80×24 the total, the last day and Save stay in sight; ↓ from Save reaches the screens")
    func saveInSightAt80x24() {
        var d = Self.completeAtReview()
        let words = words(d.state.language)
        let screen = d.screen()
        #expect(screen.contains("Total des frais : "), "\(screen)")
        #expect(screen.contains(words("wizard.review.save")), "\(screen)")
        d.press(.down)
        #expect(d.state.list(.review).selected == 1)
        let first = ReviewScreen.sections(d.state, testContext)[0]
        #expect(d.screen().contains(SelectionMark.selected + words(first.titleKey)), "\(d.screen())")
        d.press(.end)
        #expect(d.state.list(.review).selected == 0, "End goes back to Save")
    }

    /// At 80×24 the screens to change sit below the last row shown, with
    /// only ▼ to say so, and the key line said "Entrée corriger" on Save.
    @Test("The key line says what Enter does on the row in focus, and points from Save down to the screens")
    func keyLineFollowsTheRow() {
        var d = Self.completeAtReview()
        func footer() -> String { d.screen().components(separatedBy: "\n")[23] }
        #expect(footer().contains("Entrée enregistrer · ↓ modifier un écran"), "\(footer())")
        #expect(!footer().contains("corriger"))
        d.press(.down)
        #expect(footer().contains("Entrée ouvrir cet écran"), "\(footer())")
        // With a problem, its row comes first and Enter fixes it.
        d.press(.end)
        d.state.dossier.student.phone = "12"
        d.intend(.selectRow(0))
        #expect(!ReviewScreen.problems(d.state, testContext).isEmpty)
        #expect(footer().contains("Entrée corriger"), "\(footer())")
    }

    @Test("Enter on Student, change the phone, F10: back at the Review with the new phone")
    func changeOneFieldAndComeBack() throws {
        var d = Self.completeAtReview()
        let sections = ReviewScreen.sections(d.state, testContext)
        let row = try #require(sections.firstIndex(of: .student))
        // From Save, ↓ walks down the screens, as a person does.
        d.press(.down, times: row + 1)
        d.press(.enter)
        #expect(d.state.step == .student)
        d.tab(to: "student.phone")
        d.press(.control("u"))
        d.type("0698765432")
        d.press(.function(10))
        #expect(d.state.step == .review, "F10 comes back to the Review")
        #expect(d.state.dossier.student.phone == "0698765432")

        // Going on past the screen's end comes back too, not through every later screen.
        d.intend(.selectRow(ReviewScreen.problems(d.state, testContext).count + 1 + row))
        d.press(.enter)
        #expect(d.state.step == .student)
        for _ in 0..<30 where d.state.step == .student { d.press(.enter) }
        #expect(d.state.step == .review)

        // A care list: its entries, then n, and back.
        let pharmacies = try #require(sections.firstIndex(of: .care(.pharmacies)))
        d.intend(.selectRow(1 + pharmacies))
        d.press(.enter)
        #expect(d.state.step == .care(.pharmacies))
        d.press(.character("n"))
        #expect(d.state.step == .review)
    }

    @Test("A wrong value stops F10 on its field, with its message")
    func wrongValueStays() throws {
        var d = Self.completeAtReview()
        let sections = ReviewScreen.sections(d.state, testContext)
        d.intend(.selectRow(1 + (try #require(sections.firstIndex(of: .student)))))
        d.press(.enter)
        d.tab(to: "student.cnie")
        d.press(.control("u"))
        d.type("12@")
        d.press(.function(10))
        #expect(d.state.step == .student)
        #expect(d.state.errors["student.cnie"] != nil)
    }

    @Test("Plain mode: the Review numbers its screens after the problems; a number goes there and back")
    func plainMode() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.en, DossierScript.ordinary)
        var reviews = 0
        let console = ScriptedConsole(answers: answers)
        console.beforeEachRead = { [unowned console] question in
            guard question == "review" else { return }
            reviews += 1
            if reviews == 1 {
                // The number said before "Student" in the list just printed.
                let line = console.transcript.components(separatedBy: "\n").last { $0.hasSuffix(". Student") }
                console.answers["review"] = [line.map { String($0.prefix { $0 != "." }) } ?? "?"]
                console.answers["student.phone"] = ["0698765432"]
            } else {
                console.answers["review"] = ["yes"]
            }
        }
        answers = [:]
        let (outcome, transcript, _) = sandbox.run(console)
        guard case .saved(let saved) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        #expect(transcript.contains(words(.en)("plain.review.sections")))
        #expect(reviews == 2, "back at the Review right after the Student screen")
        let phone = try #require(console.asked.lastIndex(of: "student.phone"))
        #expect(!console.asked[phone...].contains("treatment.firstActDate"), "not through every later screen")
        #expect(try sandbox.store.load(path: saved.jsonPath).student.phone == "0698765432")
    }
}
