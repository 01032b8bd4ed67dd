import Testing
import DossierCore
@testable import DossierWizard

/// The terminal cursor sits on what has the focus (issue 13), so a screen
/// reader that follows it reads the focused item; the chosen answer is said
/// in characters, "(x)".
@Suite struct FocusCursorTests {
    static func frame(_ d: WizardDriver) -> Frame {
        Wizard.view(d.state, width: 80, height: 24, context: testContext)
    }

    @Test(arguments: [(Language.fr, BidiMode.app), (.ar, .app), (.ar, .terminal)])
    func theWelcomeMenuItemHasTheCursor(language: Language, bidi: BidiMode) throws {
        var state = WizardState(language: language)
        state.bidi = bidi
        state.bidiKnown = true
        let frame = Self.frame(WizardDriver(state))
        let cursor = try #require(frame.cursor, "\(frame.text)")
        #expect(frame.line(cursor.row).contains("▸"), "\(frame.text)")
        #expect(frame[cursor.row, cursor.column].text.contains("▸"), "\(language) \(bidi)")
    }

    @Test(arguments: [(Language.fr, BidiMode.app), (.ar, .app), (.en, .app)])
    func aYesNoAnswerHasTheCursorOnItsChosenMark(language: Language, bidi: BidiMode) throws {
        var state = WizardState(language: language)
        state.bidi = bidi
        state.bidiKnown = true
        var d = WizardDriver(state)
        d.press(.enter)
        d.focus("eligibility.otherCoverage")
        let frame = Self.frame(d)
        let cursor = try #require(frame.cursor)
        #expect(frame[cursor.row, cursor.column].text == "x")
        #expect(frame[cursor.row, cursor.column - 1].text == "(")
        let no = language == .ar ? BidiText.visual(words(.ar)("wizard.no"), rightToLeft: true) : words(language)("wizard.no")
        let after = (cursor.column + 3..<min(80, cursor.column + 3 + DisplayWidth.of(no) + 1)).map { frame[cursor.row, $0].text }.joined()
        let before = (max(0, cursor.column - 3 - DisplayWidth.of(no))..<cursor.column - 2).map { frame[cursor.row, $0].text }.joined()
        #expect(after.contains(no) || before.contains(no), "the cursor is on No's mark: \(frame.line(cursor.row))")
        d.type("1")
        let yes = Self.frame(d)
        #expect(yes.cursor?.row == cursor.row)
        #expect(yes.cursor?.column != cursor.column, "the cursor follows the answer")
    }

    @Test func theReviewsSelectedRowHasTheCursor() throws {
        var d = WizardDriver()
        d.press(.enter)
        d.state.step = .review
        d.paint()
        let frame = Self.frame(d)
        let cursor = try #require(frame.cursor)
        #expect(frame[cursor.row, cursor.column].role == .selection, "\(frame.text)")
        #expect(frame[cursor.row, cursor.column].text != " ")
    }
}
