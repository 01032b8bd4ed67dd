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

    /// The help of `path`, opened on a `width`×`height` screen: the box
    /// is on the side asked and leaves the field's rows (its label and its
    /// input, where the cursor is) as they were.
    /// True when the box went below the field.
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
        let below = 2 * cursor < height
        d.press(.function(1))
        let after = Wizard.view(d.state, width: width, height: height, context: d.context)
        guard let box = boxRows(after) else {
            Issue.record("no help box for \(path) at \(width)×\(height)")
            return nil
        }
        let field = below ? (cursor - 1)...cursor : cursor...cursor
        #expect(below ? box.lowerBound > cursor : box.upperBound < cursor,
                "\(path) at \(width)×\(height): box \(box), cursor row \(cursor)\n\(after.text)")
        // The focus mark (›) goes while a window is open; the rest stays.
        for row in field {
            #expect(after.lines[row].replacingOccurrences(of: "›", with: " ")
                        == before.lines[row].replacingOccurrences(of: "›", with: " "),
                    "row \(row) of \(path) covered\n\(after.text)")
        }
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

    @Test func aLongHelpScrollsAt40x12AndAnyOtherKeyClosesIt() {
        var d = NavigationTests.onStudentScreen()
        d.width = 40
        d.height = 12
        d.focus("student.rib")
        d.press(.function(1))
        let first = d.screen(40, 12)
        #expect(d.state.overlay != nil)
        guard d.viewport?.helpContinues == true else {
            Issue.record("the help of the RIB fits at 40×12: pick a longer one\n\(first)")
            return
        }
        #expect(first.contains("↓ ↑ suite"), "\(first)")
        d.press(.down)
        #expect(d.state.overlay != nil, "↓ scrolls")
        #expect(d.screen(40, 12) != first)
        d.press(.up)
        #expect(d.screen(40, 12) == first)
        d.press(.character("x"))
        #expect(d.state.overlay == nil)
    }
}
