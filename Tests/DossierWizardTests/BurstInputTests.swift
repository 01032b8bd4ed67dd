import Testing
import DossierCore
@testable import DossierWizard

/// Keys that arrive together (a slow SSH link, a fast typist) reach the
/// wizard as one paste; where no text has the focus they must still act
/// as keys, and the text that follows must land in the field they open.
@Suite struct BurstInputTests {
    @Test func aBurstOnAListOpensTheFormAndTypesTheName() {
        var d = EntryListTests.onPractitioners()
        #expect(d.state.entry == nil)
        d.send(.paste("aDr Amrani Youssef"))
        #expect(d.state.entry == 0)
        #expect(d.focusedPath == "practitioners[0].name")
        #expect(d.state.texts["practitioners[0].name"] == "Dr Amrani Youssef")
    }

    @Test func aBurstOnAYesNoQuestionActsAsKeys() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.focus("practitioners[0].stampedAndSigned")
        #expect(d.state.dossier.practitioners[0].stampedAndSigned == false)
        d.send(.paste("o"))
        #expect(d.state.dossier.practitioners[0].stampedAndSigned == true)
    }

    @Test func aPasteIntoATextFieldStaysOnePaste() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.send(.paste("Dr Un"))
        #expect(d.state.texts["practitioners[0].name"] == "Dr Un")
        // One undo step takes the whole paste back, not one letter.
        d.press(.control("z"))
        #expect((d.state.texts["practitioners[0].name"] ?? "").isEmpty)
    }

    @Test func theFocusedFieldsTypedTextIsDrawnPlainAndTheRestHighlighted() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.type("Dr")
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let row = frame.lines.firstIndex { $0.contains("[Dr") }!
        let column = frame.line(row).distance(from: frame.line(row).startIndex,
                                              to: frame.line(row).range(of: "[Dr")!.lowerBound) + 1
        #expect(frame[row, column].role == .normal)
        #expect(frame[row, column + 1].role == .normal)
        #expect(frame[row, column + 2].role == .inputFocused)
    }
}

@Suite struct TypedValueQuotingTests {
    @Test func aRefusedIdentifierIsQuotedAsTyped() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.fill("practitioners[0].inpe", "12a456")
        #expect(d.focusedPath == "practitioners[0].inpe")
        #expect(d.screen().contains("« 12a456 »"))
        #expect(!d.screen().contains("12A456"))
    }
}
