import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: F1's help never covers the field it explains: above it when
/// the field is in the lower half of the screen, else below it; at 40×12 a
/// long help scrolls in the room left.
@Suite struct HelpPlacementTests {
    /// The rows of the box, from its top corner to its bottom one.
    static func boxRows(_ frame: Frame) -> ClosedRange<Int>? {
        let rows = frame.lines
        guard let top = rows.firstIndex(where: { $0.contains("┌") }),
              let bottom = rows.lastIndex(where: { $0.contains("└") }) else { return nil }
        return top...bottom
    }

    /// The help of `path`, opened on a `width`×`height` screen: the field's
    /// label and input (where the cursor was) are still on screen, whole,
    /// and the box is below them when they are in the upper half, else
    /// above them. True when the box went below the field.
    @discardableResult
    static func expectHelp(on path: String, width: Int, height: Int) -> Bool? {
        var d = NavigationTests.onStudentScreen()
        d.width = width
        d.height = height
        d.focus(path)
        let before = Wizard.view(d.state, width: width, height: height, context: d.context)
        guard let cursor = before.cursor?.row else {
            Issue.record("no cursor on \(path)")
            return nil
        }
        // The focus mark (›) goes while a window is open, and the field may
        // move to the top (its scroll marks ▲ ▼ then change); the rest stays.
        func unmarked(_ line: String) -> String {
            var text = String(line.map { "›▲▼".contains($0) ? " " : $0 })
            while text.last == " " { text.removeLast() }
            return text
        }
        let label = unmarked(before.lines[cursor - 1])
        let input = unmarked(before.lines[cursor])
        d.press(.function(1))
        let after = Wizard.view(d.state, width: width, height: height, context: d.context)
        guard let box = boxRows(after) else {
            Issue.record("no help box for \(path) at \(width)×\(height)")
            return nil
        }
        guard let inputRow = after.lines.indices.first(where: { $0 > 0 && unmarked(after.lines[$0]) == input
                                                                && unmarked(after.lines[$0 - 1]) == label }) else {
            Issue.record("\(path) at \(width)×\(height): its label and input are covered\n\(after.text)")
            return nil
        }
        let below = 2 * inputRow < height
        #expect(below ? box.lowerBound > inputRow : box.upperBound < inputRow - 1,
                "\(path) at \(width)×\(height): box \(box), input row \(inputRow)\n\(after.text)")
        return below
    }

    @Test func theHelpBoxStaysAwayFromTheFocusAt80x24And40x12() {
        var sides: Set<Bool> = []
        for (width, height) in [(80, 24), (40, 12)] {
            for path in ["student.fullName", "student.cnie", "student.address", "student.phone", "student.rib"] {
                if let below = Self.expectHelp(on: path, width: width, height: height) { sides.insert(below) }
            }
        }
        #expect(sides == [true, false], "both sides were seen")
    }

    /// The student screen at 40×12 with F1 pressed on the RIB, whose help
    /// is longer than the screen.
    static func ribHelpAt40x12() -> WizardDriver {
        var d = NavigationTests.onStudentScreen()
        d.width = 40
        d.height = 12
        d.focus("student.rib")
        d.press(.function(1))
        return d
    }

    @Test func aLongHelpScrollsAt40x12AndAnyOtherKeyClosesIt() {
        var d = Self.ribHelpAt40x12()
        let first = d.screen(40, 12)
        #expect(d.state.overlay != nil)
        guard d.viewport?.helpContinues == true else {
            Issue.record("the help of the RIB fits at 40×12: pick a longer one\n\(first)")
            return
        }
        #expect(first.contains("↓ suite · Échap : fermer"), "says there is more and that Esc closes: \(first)")
        d.press(.down)
        #expect(d.state.overlay != nil, "↓ scrolls")
        #expect(d.screen(40, 12) != first)
        d.press(.up)
        #expect(d.screen(40, 12) == first)
        d.press(.character("x"))
        #expect(d.state.overlay == nil)
    }

    /// Issue 15: at 40×12 a newcomer read "more" on the last lines too, and
    /// one ↓ too many closed the help unread. The end says so, ↓ there
    /// stays, Esc closes.
    @Test func theEndOfALongHelpSaysEndAndEscCloses() {
        var d = Self.ribHelpAt40x12()
        var presses = 0
        while d.viewport?.helpContinues == true && presses < 40 {
            #expect(d.screen(40, 12).contains("↓ suite"))
            d.press(.down)
            presses += 1
        }
        #expect(presses > 0, "the RIB's help is longer than 40×12")
        let end = d.screen(40, 12)
        #expect(end.contains("Fin · ↑ début · Échap : fermer"), "\(end)")
        #expect(!end.contains("↓ suite"), "\(end)")
        d.press(.down)
        #expect(d.state.overlay != nil, "one ↓ more at the end does not close it")
        #expect(d.screen(40, 12) == end)
        d.press(.escape)
        #expect(d.state.overlay == nil)
    }
}

extension HelpPlacementTests {
    /// A field in the middle of a 40×12 screen, with too little room above
    /// or below it for its help: the field goes to the top, and the whole
    /// help below it.
    @Test func withoutRoomAroundItTheFieldGoesToTheTopAndTheHelpBelowIt() {
        var d = NavigationTests.onStudentScreen()
        d.width = 40
        d.height = 12
        d.focus("student.cnie")
        // Scrolled by hand so that its input is in the middle rows.
        for line in 0..<12 {
            d.state.scroll = .line(line)
            if let row = Wizard.view(d.state, width: 40, height: 12, context: d.context).cursor?.row, (5...6).contains(row) { break }
        }
        d.paint()
        let before = Wizard.view(d.state, width: 40, height: 12, context: d.context)
        #expect(before.cursor.map { (5...6).contains($0.row) } == true, "the field in the middle\n\(before.text)")
        d.press(.function(1))
        let frame = Wizard.view(d.state, width: 40, height: 12, context: d.context)
        guard let box = Self.boxRows(frame) else {
            Issue.record("no help box\n\(frame.text)")
            return
        }
        #expect(frame.text.contains("CNOPS.") && frame.text.contains("Une touche pour fermer."),
                "the whole help\n\(frame.text)")
        let label = frame.lines.firstIndex { $0.contains("N° de CNIE *") }
        #expect(label.map { $0 + 1 < box.lowerBound } == true, "the field above the box\n\(frame.text)")
    }
}
