import Testing
@testable import DossierWizard

/// A cell is plain bytes, its text's UTF-8 in the cell (issue 14: the
/// backend compares the whole screen at every key, and a frame is made and
/// thrown away at each); `rowEquals` must say what the texts say.
@Suite struct FrameRowTests {
    static func frame(_ text: String, role: ColorRole = .normal, attributes: CellAttributes = []) -> Frame {
        var frame = Frame(width: 20, height: 2)
        frame.put(text, row: 1, column: 0, role: role, attributes: attributes)
        return frame
    }

    @Test func aCellIsPlainBytes() {
        #expect(_isPOD(Cell.self), "a cell holds a reference again: every frame retains and releases each")
        #expect(MemoryLayout<Cell>.size == 18)
    }

    /// Every text a cell may hold comes back as it went in: empty (a
    /// continuation), one byte, 15 bytes, and longer ones kept aside.
    @Test func textsComeBackWhole() {
        let texts = ["", " ", "a", "é", "e\u{301}", "ب\u{0651}\u{064E}", "\u{200F}ا", "界",
                     "a" + String(repeating: "\u{301}", count: 7), "é" + String(repeating: "\u{301}", count: 7),
                     "👨\u{200D}👩\u{200D}👧\u{200D}👦", "e" + String(repeating: "\u{301}", count: 30)]
        #expect(texts.map { $0.utf8.count }.contains(15) && texts.map { $0.utf8.count }.contains(16))
        for text in texts {
            let cell = Cell(text: text, role: .error, attributes: .bold)
            #expect(Array(cell.text.utf8) == Array(text.utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(cell.isContinuation == text.isEmpty)
            #expect(cell.role == .error && cell.attributes == .bold)
            var changed = cell
            changed.text = text + "x"
            #expect(changed.text == text + "x" && changed != cell)
        }
        var frame = Frame(width: 4, height: 1)
        frame.put("ab", row: 0, column: 0)
        #expect(frame[0, 0] == Cell(text: "a") && frame[0, 1].text == "b" && frame[0, 2] == Cell.blank)
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
