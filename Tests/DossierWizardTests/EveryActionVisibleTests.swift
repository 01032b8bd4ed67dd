import Testing
import DossierCore
@testable import DossierWizard

/// Every action of a letter key is also a visible item reached with the
/// arrows and Enter (phone keyboards), and the letter's key on an Arabic
/// layout does it too (issue 13).
@Suite struct EveryActionVisibleTests {
    /// The practitioners' list holding one doctor, the list selected on it.
    static func oneDoctor() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        d.type("a")
        #expect(d.state.entry == 0)
        d.type("Dr Amrani")
        d.press(.escape)
        #expect(d.state.entry == nil)
        #expect(d.state.dossier.practitioners.count == 1)
        return d
    }

    @Test func theArabicKeysOfANDAddFinishAndRemove() {
        var d = Self.oneDoctor()
        d.type("ش")
        #expect(d.state.entry == 1, "ش is the key marked a")
        d.type("ش")
        #expect(d.state.texts["practitioners[1].name"] == "ش", "in a text ش is a letter")
        d.press(.escape)
        d.press(.home)
        d.type("ي")
        #expect(d.state.overlay == .removeEntry(index: 0), "ي is the key marked d")
        d.press(.escape)
        d.type("ى")
        #expect(d.state.step != .care(.practitioners), "ى is the key marked n")
        #expect(ArabicLayout.letter(.character("A")) == "a")
        #expect(ArabicLayout.letter(.character("ة")) == "m")
        #expect(ArabicLayout.letter(.enter) == nil)
    }

    @Test func aLineIsRemovedWithTheArrowsAndEnter() {
        var d = Self.oneDoctor()
        // Rows: the doctor, add, continue, remove.
        d.press(.end)
        d.press(.down)
        let screen = d.screen()
        #expect(screen.contains("> − Retirer une ligne (d)"), "\(screen)")
        d.press(.enter)
        #expect(d.state.overlay == .chooseRemoval(selected: 0))
        let window = Wizard.view(d.state, width: 40, height: 12, context: testContext)
        #expect(window.text.contains("Quelle ligne retirer ?"), "\(window.text)")
        #expect(window.text.contains("> 1. Dr Amrani"), "\(window.text)")
        let cursor = window.cursor
        #expect(cursor.map { window.line($0.row).contains("> 1. Dr Amrani") } == true, "the cursor on the line chosen")
        d.press(.enter)
        #expect(d.state.overlay == .removeEntry(index: 0))
        d.type("o")
        #expect(d.state.dossier.practitioners.isEmpty)
        #expect(!d.screen().contains("Retirer une ligne"), "nothing left to remove, no such row")
    }

    /// The Done screen of a saved dossier.
    static func done() -> WizardDriver { ScreenTests.at(.done) }

    @Test func theDoneScreensActionsAreButtonsTheArrowsReach() {
        var d = Self.done()
        let screen = d.screen()
        for button in ["> [ Quitter (q) ]", "[ Nouveau dossier (n) ]", "[ Noter l'envoi (M) ]",
                       "[ Noter le remboursement (P) ]", "[ Noter le retour du dossier (X) ]"] {
            #expect(screen.contains(button), "\(button)\n\(screen)")
        }
        d.press(.down, times: 2)
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let cursor = try? #require(frame.cursor)
        #expect(cursor.map { frame.line($0.row).contains("> [ Noter l'envoi (M) ]") } == true, "\(frame.text)")
        #expect(cursor.map { frame[$0.row, $0.column].text } == ">", "the cursor on the selected button")
        d.press(.enter)
        #expect(d.state.overlay == .followUp(.mailedOn))
        d.press(.escape)
        d.type("ح")
        // ح is the key marked p: before a mailing it says what comes first.
        #expect(d.state.overlay == nil && d.state.notice?.key == "problem.outcome.notMailed")
        d.press(.home)
        d.press(.up, times: 5)
        d.press(.enter)
        #expect(d.effects.last == .quit, "the first button quits, as Enter always did")
    }

    @Test func theDoneButtonsFitAt40Columns() {
        let frame = Wizard.view(Self.done().state, width: 40, height: 12, context: testContext)
        var d = Self.done()
        d.send(.resize(width: 40, height: 12))
        // The first ↓ brings the buttons into view (the screen opened at
        // its top): nothing is chosen unseen.
        d.press(.down, times: 5)
        let small = d.screen(40, 12)
        #expect(small.contains("> [ Noter le retour du dossier (X) ]"), "\(small)")
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }
}
