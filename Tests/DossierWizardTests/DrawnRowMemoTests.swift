import Testing
import DossierCore
@testable import DossierWizard

/// Issue 14: a row drawn once is copied when the same line is drawn again
/// into an empty row (`ScreenWriter.drawnMemo`). Every body line of whole
/// dossiers typed in French and Arabic, both bidi modes, two widths, must
/// come out as drawing it afresh does.
@Suite struct DrawnRowMemoTests {
    /// Every body line drawn through the memo and afresh.
    static func compare(_ d: WizardDriver) -> Int {
        let state = d.state
        let writer = ScreenWriter(language: state.language, width: d.width, bidi: state.bidi)
        let lines = WizardView.body(state, writer, d.context, bodyHeight: d.height - 4)
        for line in lines {
            var kept = Frame(width: d.width, height: 1)
            var fresh = Frame(width: d.width, height: 1)
            let keptCursor = writer.draw(line, row: 0, into: &kept)
            let freshCursor = writer.drawAfresh(line, row: 0, into: &fresh)
            #expect(kept == fresh && keptCursor == freshCursor, "\(state.step) \(line.segments.map(\.text))")
        }
        return lines.count
    }

    @Test(arguments: [Language.fr, .ar], [BidiMode.app, .terminal])
    func keptRowsAreTheRowsDrawn(language: Language, bidi: BidiMode) {
        for width in [80, 40] {
            // Each dossier twice: the second time every row comes from the memo.
            for script in [DossierScript.ordinary, .chronic, .dental, .ordinary, .chronic, .dental] {
                var state = WizardState()
                state.language = language
                state.bidi = bidi
                var d = CheckingDriver(inner: WizardDriver(state, width: width, height: width == 80 ? 24 : 12), check: Self.compare)
                script.drive(&d)
                #expect(d.checked > 200)
            }
        }
    }

    @Test func aRowWithSomethingInItIsDrawnAfresh() {
        let writer = ScreenWriter(language: .fr, width: 20)
        var frame = Frame(width: 20, height: 1)
        writer.draw(Line("Bonjour"), row: 0, into: &frame)
        frame.fill(row: 0, from: 0, count: 20, role: .title)
        writer.draw(Line("Bonjour"), row: 0, into: &frame)
        #expect(frame[0, 15].role == .title, "the fill stays where the line does not reach")
        #expect(frame[0, 1].text == "B")
    }

    /// The memo by row (`SlotMemo`): an equal key at the same place is a
    /// hit, a different key there computes and replaces it, each place
    /// keeps its own, and a place out of its range is always computed.
    @Test func slotMemoKeepsOneValuePerPlace() {
        let memo = SlotMemo<String, Int>(slots: 4)
        var computed = 0
        func value(_ key: String, at slot: Int) -> Int {
            memo.value(for: key, slot: slot) { computed += 1; return key.count * 10 + slot }
        }
        #expect(value("ab", at: 2) == 22 && computed == 1)
        #expect(value("ab", at: 2) == 22 && computed == 1)
        #expect(value("abc", at: 2) == 32 && computed == 2)
        #expect(value("ab", at: 0) == 20 && computed == 3)
        #expect(value("abc", at: 2) == 32 && computed == 3)
        #expect(value("ab", at: 2) == 22 && computed == 4)
        #expect(value("ab", at: 4) == 24 && computed == 5)
        #expect(value("ab", at: 4) == 24 && computed == 6)
        #expect(value("ab", at: -1) == 19 && computed == 7)
    }
}
