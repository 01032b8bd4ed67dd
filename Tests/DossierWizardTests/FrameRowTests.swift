import Testing
@testable import DossierWizard

/// `Frame.rowEquals` reads cells as bytes (issue 14: the backend compares
/// the whole screen at every key); it must say what `==` on the cells says.
@Suite struct FrameRowTests {
    static func frame(_ text: String, role: ColorRole = .normal, attributes: CellAttributes = []) -> Frame {
        var frame = Frame(width: 20, height: 2)
        frame.put(text, row: 1, column: 0, role: role, attributes: attributes)
        return frame
    }

    @Test func theFastReadingIsTheOneUsedHere() {
        #expect(Frame.cellsReadAsBytes, "the layout changed: rowEquals compares cell by cell")
    }

    @Test func rowsCompareAsTheirCellsDo() {
        let base = Self.frame("Élodie — ok")
        #expect(base.rowEquals(1, in: Self.frame("Élodie — ok")))
        #expect(base.rowEquals(0, in: Self.frame("autre chose")))
        #expect(!base.rowEquals(1, in: Self.frame("Élodie — oK")), "one letter")
        #expect(!base.rowEquals(1, in: Self.frame("Élodie — ok", role: .error)), "the role only")
        #expect(!base.rowEquals(1, in: Self.frame("Élodie — ok", attributes: .bold)), "the attributes only")
        // A cell whose text is too long to sit in its 16 bytes: the same text
        // in two buffers has other bytes, and is still the same cell.
        let long = "e" + String(repeating: "\u{301}", count: 12)
        var a = Frame(width: 20, height: 2)
        var b = Frame(width: 20, height: 2)
        a[1, 3] = Cell(text: String(long.unicodeScalars.map(Character.init).reduce("") { $0 + String($1) }))
        b[1, 3] = Cell(text: long + "")
        #expect(a[1, 3] == b[1, 3])
        #expect(a.rowEquals(1, in: b))
        b[1, 3] = Cell(text: long + "\u{301}")
        #expect(!a.rowEquals(1, in: b))
    }
}
