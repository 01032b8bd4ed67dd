import Testing
@testable import DossierWizard

@Suite struct TextInputTests {
    @Test func typingInsertsAtTheCursorAndArrowsMoveIt() {
        var input = TextInput(text: "", maxLength: 20)
        for c in "Alami" { _ = input.handle(.character(c)) }
        #expect(input.text == "Alami" && input.cursor == 5)
        _ = input.handle(.home)
        _ = input.handle(.character("K"))
        #expect(input.text == "KAlami" && input.cursor == 1)
        _ = input.handle(.end)
        _ = input.handle(.left)
        _ = input.handle(.character("x"))
        #expect(input.text == "KAlamxi")
        _ = input.handle(.right)
        _ = input.handle(.right)
        #expect(input.cursor == 7)
    }

    @Test func backspaceAndDeleteRemoveOneCharacterEachSide() {
        var input = TextInput(text: "Fès", cursor: 2)
        _ = input.handle(.backspace)
        #expect(input.text == "Fs" && input.cursor == 1)
        _ = input.handle(.delete)
        #expect(input.text == "F" && input.cursor == 1)
        _ = input.handle(.delete)
        #expect(input.text == "F")
        _ = input.handle(.home)
        _ = input.handle(.backspace)
        #expect(input.text == "F" && input.cursor == 0)
    }

    @Test func unicodeLettersAreOneStepEach() {
        var input = TextInput(text: "")
        for c in "سعاد é" { _ = input.handle(.character(c)) }
        #expect(input.text == "سعاد é")
        #expect(input.cursor == 6)
        _ = input.handle(.backspace)
        #expect(input.text == "سعاد ")
    }

    @Test func lengthIsBoundedAndControlCharactersAreDropped() {
        var input = TextInput(text: "", maxLength: 5)
        input.insert("ab\ncd\u{7}efgh")
        #expect(input.text == "abcde")
        _ = input.handle(.character("z"))
        #expect(input.text == "abcde")
        var big = TextInput(text: "", maxLength: 80)
        big.insert(String(repeating: "x", count: 1_000_000))
        #expect(big.text.count == 80)
    }

    @Test func nonEditingKeysAreLeftToTheForm() {
        var input = TextInput(text: "abc")
        let enter = input.handle(.enter)
        let tab = input.handle(.tab)
        let up = input.handle(.up)
        let left = input.handle(.left)
        #expect(!enter && !tab && !up && left)
        #expect(input.text == "abc" && input.cursor == 2)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        let text = String(repeating: "a", count: 30) + "XYZ"
        let atEnd = TextInput(text: text).visible(width: 10)
        #expect(atEnd.text.hasSuffix("XYZ"))
        #expect(atEnd.cursorColumn == 9)
        let atStart = TextInput(text: text, cursor: 0).visible(width: 10)
        #expect(atStart.text == String(repeating: "a", count: 10))
        #expect(atStart.cursorColumn == 0)
    }

    @Test func cursorColumnCountsDisplayCells() {
        let wide = TextInput(text: "日本語", cursor: 2).visible(width: 20)
        #expect(wide.cursorColumn == 4)
        let combining = TextInput(text: "e\u{301}t\u{e9}", cursor: 2).visible(width: 20)
        #expect(combining.cursorColumn == 2)
    }
}
