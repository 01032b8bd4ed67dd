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
        // The selection is said in characters: "> " (mirrored to "<" when
        // the program lays out an Arabic line itself).
        let mark = language.isRightToLeft && bidi == .app ? "<" : ">"
        #expect(frame.line(cursor.row).contains(mark), "\(frame.text)")
        #expect(frame[cursor.row, cursor.column].text.contains(mark), "\(language) \(bidi)")
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

/// The first-time Arabic check can be answered without seeing (issue 13):
/// Enter at once answers nothing, and the question is also in logical order.
@Suite struct BidiCheckWithoutSeeingTests {
    @Test func enterAtOnceAsksAgainNextTime() {
        var d = WizardDriver()
        // The welcome screen's language row (the last): Right goes to Arabic.
        d.press(.down, times: WelcomeScreen.rows(d.state).count - 1)
        #expect(WelcomeScreen.rows(d.state)[d.state.list(.welcome).selected] == .language)
        d.press(.right)
        #expect(d.state.language == .ar)
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(!d.state.bidiKnown)
        #expect(d.effects.isEmpty, "nothing saved: asked again")
        d.press(.left, .right)
        #expect(d.state.overlay == .bidiCheck(choice: BidiCheckOverlay.askAgain))
        d.press(.character("3"))
        #expect(d.state.overlay == nil && !d.state.bidiKnown)
    }

    @Test func theQuestionIsAlsoInLogicalOrder() {
        var state = WizardState(language: .ar)
        state.overlay = .bidiCheck(choice: BidiCheckOverlay.askAgain)
        let frame = Wizard.view(state, width: 80, height: 24, context: testContext)
        let flat = frame.lines.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
        let firstWords = tr("wizard.bidiCheck.question", .ar).split(separator: " ").prefix(3).joined(separator: " ")
        #expect(flat.contains(firstWords), "logical order: \(frame.text)")
        #expect(frame.text.contains("3    " + BidiText.visual(tr("wizard.bidiCheck.later", .ar), rightToLeft: true))
                || frame.text.contains(BidiText.visual("3    " + tr("wizard.bidiCheck.later", .ar), rightToLeft: true)))
    }
}
