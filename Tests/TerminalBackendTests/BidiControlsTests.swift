import Testing
@testable import DossierWizard
@testable import TerminalBackend

/// The bidi recommendation's sequences as the backend sends them: each row
/// told who reorders and its direction once, again after a clear.
@Suite struct BidiControlsTests {
    static func frame(_ reordering: BidiMode, _ direction: ParagraphDirection, height: Int = 3) -> Frame {
        var frame = Frame(width: 10, height: height)
        frame.reordering = reordering
        frame.declareRows(direction)
        return frame
    }

    @Test func terminalModeTellsEachRowRightToLeftThenPutsTheCursorBack() {
        var controls = BidiControls()
        let sent = controls.sequences(for: Self.frame(.terminal, .rightToLeft), cursor: (row: 2, column: 4))
        #expect(sent == "\u{1B}[1;1H\u{1B}[8h\u{1B}[2 k" + "\u{1B}[2;1H\u{1B}[8h\u{1B}[2 k"
                + "\u{1B}[3;1H\u{1B}[8h\u{1B}[2 k" + "\u{1B}[3;5H")
        // Nothing changed: nothing sent.
        #expect(controls.sequences(for: Self.frame(.terminal, .rightToLeft), cursor: (row: 0, column: 0)) == "")
        // After a clear every row is told again.
        controls.forgetRows()
        #expect(controls.sequences(for: Self.frame(.terminal, .rightToLeft), cursor: (row: 0, column: 0)).contains("\u{1B}[1;1H"))
    }

    @Test func appModeIsExplicitAndLeftToRightOnEveryRow() {
        var controls = BidiControls()
        let sent = controls.sequences(for: Self.frame(.app, .leftToRight, height: 2), cursor: (row: 0, column: 0))
        #expect(sent == "\u{1B}[1;1H\u{1B}[8l\u{1B}[1 k" + "\u{1B}[2;1H\u{1B}[8l\u{1B}[1 k" + "\u{1B}[1;1H")
        // Switching the mode in the settings tells every row again.
        let switched = controls.sequences(for: Self.frame(.terminal, .leftToRight, height: 2), cursor: (row: 1, column: 1))
        #expect(switched == "\u{1B}[1;1H\u{1B}[8h\u{1B}[1 k" + "\u{1B}[2;1H\u{1B}[8h\u{1B}[1 k" + "\u{1B}[2;2H")
        #expect(BidiControls.restore == "\u{1B}[8h\u{1B}[0 k")
    }
}

