import DossierWizard
import Testing
@testable import TerminalBackend

private func positions(_ changes: [CellChange]) -> [[Int]] {
    changes.map { [$0.row, $0.column] }
}

struct FrameDiffTests {
    @Test func firstPaintSendsEveryCell() {
        let frame = Frame(width: 5, height: 3)
        #expect(FrameDiff.changes(from: nil, to: frame).count == 15)
    }

    @Test func identicalFramesSendNothing() {
        var frame = Frame(width: 10, height: 2)
        frame.put("Nom: Ahmed", row: 0, column: 0)
        #expect(FrameDiff.changes(from: frame, to: frame).isEmpty)
    }

    @Test func typingOneCharacterSendsOneCell() {
        var before = Frame(width: 20, height: 3)
        before.put("Nom: Ahme", row: 1, column: 0, role: .inputFocused)
        var after = before
        after.put("d", row: 1, column: 9, role: .inputFocused)
        let changes = FrameDiff.changes(from: before, to: after)
        #expect(positions(changes) == [[1, 9]])
        #expect(changes.first?.cell == Cell(text: "d", role: .inputFocused))
    }

    @Test func aRoleOrAttributeChangeIsAChange() {
        var before = Frame(width: 4, height: 1)
        before.put("ab", row: 0, column: 0)
        var after = Frame(width: 4, height: 1)
        after.put("a", row: 0, column: 0, role: .error)
        after.put("b", row: 0, column: 1, attributes: [.bold])
        #expect(positions(FrameDiff.changes(from: before, to: after)) == [[0, 0], [0, 1]])
    }

    @Test func wideCharacterIsSentOnceFromItsFirstCell() {
        let before = Frame(width: 6, height: 1)
        var after = before
        after.put("漢", row: 0, column: 2)
        let changes = FrameDiff.changes(from: before, to: after)
        #expect(positions(changes) == [[0, 2]])
        #expect(changes.first?.cell.text == "漢")
    }

    @Test func wideReplacedByTwoNarrowSendsBoth() {
        var before = Frame(width: 6, height: 1)
        before.put("漢", row: 0, column: 2)
        var after = Frame(width: 6, height: 1)
        after.put("ab", row: 0, column: 2)
        #expect(positions(FrameDiff.changes(from: before, to: after)) == [[0, 2], [0, 3]])
    }

    @Test func twoNarrowReplacedByWideSendsTheWideOnly() {
        var before = Frame(width: 6, height: 1)
        before.put("ab", row: 0, column: 2)
        var after = Frame(width: 6, height: 1)
        after.put("漢", row: 0, column: 2)
        #expect(positions(FrameDiff.changes(from: before, to: after)) == [[0, 2]])
    }

    @Test func wideShiftedByOneColumnRepaintsTheCellItUncovers() {
        var before = Frame(width: 6, height: 1)
        before.put("a漢", row: 0, column: 0)
        var after = Frame(width: 6, height: 1)
        after.put("漢b", row: 0, column: 0)
        #expect(positions(FrameDiff.changes(from: before, to: after)) == [[0, 0], [0, 2]])
    }

    @Test func changeInTheSecondHalfOfAWideCharacterResendsIt() {
        var before = Frame(width: 4, height: 1)
        before.put("漢", row: 0, column: 0)
        var after = before
        after[0, 1] = Cell(text: "", role: .selection)
        #expect(positions(FrameDiff.changes(from: before, to: after)) == [[0, 0]])
    }

    @Test func orphanContinuationIsSentAsABlank() {
        var before = Frame(width: 3, height: 1)
        before.put("abc", row: 0, column: 0)
        var after = before
        after[0, 1] = Cell(text: "", role: .normal)
        let changes = FrameDiff.changes(from: before, to: after)
        #expect(positions(changes) == [[0, 1]])
        #expect(changes.first?.cell.text == " ")
    }

    @Test func combiningMarksStayInTheCell() {
        let before = Frame(width: 4, height: 1)
        var after = before
        after.put("e\u{301}t", row: 0, column: 0)
        let changes = FrameDiff.changes(from: before, to: after)
        #expect(positions(changes) == [[0, 0], [0, 1]])
        #expect(changes.first?.cell.text.unicodeScalars.count == 2)
    }

    @Test func aNewSizeRepaintsEverything() {
        let before = Frame(width: 4, height: 2)
        let after = Frame(width: 5, height: 2)
        #expect(FrameDiff.changes(from: before, to: after).count == 10)
    }

    @Test func cellsNcursesCannotShowBecomeBlanks() {
        #expect(CursesScreen.wideCharacters(of: "a", room: 1) == [0x61, 0])
        #expect(CursesScreen.wideCharacters(of: "漢", room: 1) == [0x20, 0])
        #expect(CursesScreen.wideCharacters(of: "漢", room: 2) == [0x6F22, 0])
        #expect(CursesScreen.wideCharacters(of: "\u{301}", room: 1) == [0x20, 0])
        #expect(CursesScreen.wideCharacters(of: "\u{7}", room: 1) == [0x20, 0])
        #expect(CursesScreen.wideCharacters(of: "e\u{301}", room: 1) == [0x65, 0x301, 0])
    }
}
