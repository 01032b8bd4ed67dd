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

/// Issue 15: the wizard tells the loop which key was refused, so the rest
/// of a burst is dropped (`TerminalLoop.deliver`, `RefusedBurstTests`), and
/// a burst pasted as keys stops there too.
@Suite struct RefusedKeyTests {
    @Test func enterOnAWrongValueMarksTheRefusalUntilTheNextKey() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.focus("practitioners[0].inpe")
        d.type("12a456")
        #expect(d.state.refused == nil)
        d.press(.enter)
        #expect(d.state.refused == "practitioners[0].inpe")
        #expect(d.focusedPath == "practitioners[0].inpe")
        d.press(.backspace)
        #expect(d.state.refused == nil, "only the key that was refused")
        d.press(.control("u"))
        d.type("204518")
        d.press(.enter)
        #expect(d.state.refused == nil, "an accepted value is no refusal")
        #expect(d.focusedPath != "practitioners[0].inpe")
    }

    @Test func aMissingValueIsNoRefusal() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.press(.enter)
        #expect(d.state.refused == nil)
    }
}
