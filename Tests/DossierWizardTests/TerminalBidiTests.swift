import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// What the terminal is told about direction (issue 13): every row's
/// paragraph direction and who reorders, the right-to-left mark for the
/// terminals that guess per line, grouped numbers kept left to right,
/// Left/Right by the screen, Arabic never underlined and typed as cheaply
/// as Latin.
@Suite struct TerminalBidiTests {
    static func state(_ language: Language, _ bidi: BidiMode, step: Step = .welcome) -> WizardState {
        var state = WizardState(language: language)
        state.bidi = bidi
        state.bidiKnown = true
        state.step = step
        return state
    }

    static func frame(_ state: WizardState, width: Int = 80, height: Int = 24) -> Frame {
        Wizard.view(state, width: width, height: height, context: testContext)
    }

    static let rlm: Unicode.Scalar = "\u{200F}"

    @Test func terminalModeDeclaresEveryArabicRowRightToLeftAndMarksIt() {
        for step in [Step.welcome, .student, .review, .done] {
            var state = Self.state(.ar, .terminal, step: step)
            state.dossier.student.phone = Self.phone
            let frame = Self.frame(state)
            // No isolate reaches the terminal: mlterm shows one as a blank
            // cell and the row runs past the edge.
            #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) } },
                    "\(step)")
            #expect(frame.reordering == .terminal)
            #expect(frame.rowDirections == Array(repeating: .rightToLeft, count: 24), "\(step)")
            for row in 0..<24 {
                // The mark where the row's first strong letter is not
                // Arabic (a title, a key line, a number), before any other
                // mark; none where it is (each mark costs mlterm a cell).
                let text = frame.line(row)
                let first = text.unicodeScalars.first { $0.properties.isAlphabetic || $0 == "\u{200E}" }
                let needs = first.map { $0 == "\u{200E}" || !ScreenWriter.hasRightToLeft(String($0)) }
                    ?? !text.trimmingCharacters(in: .whitespaces).isEmpty
                let cell = Array(frame[row, 0].text.unicodeScalars)
                #expect(cell.contains(Self.rlm) == needs, "row \(row) of \(step): \(text)")
                #expect(cell.filter { $0 == Self.rlm }.count <= 1)
                if needs { #expect(cell.dropFirst().first == Self.rlm, "the RLM first: \(text)") }
            }
            // Rows that start with Latin letters all have it: the title.
            #expect(frame[0, 0].text.unicodeScalars.contains(Self.rlm), "\(step)")
        }
        // Also at 40x12 and on the too-small screen.
        for (w, h) in [(40, 12), (30, 8)] {
            let frame = Self.frame(Self.state(.ar, .terminal, step: .student), width: w, height: h)
            #expect(frame.rowDirections.allSatisfy { $0 == .rightToLeft })
            #expect(frame[h - 1, 0].text.unicodeScalars.contains(Self.rlm) || h == 8)
        }
    }

    @Test func theRightToLeftMarkComesBeforeAMarkTheTextPutInTheFirstCell() {
        var frame = Frame(width: 20, height: 4)
        frame.reordering = .terminal
        frame.put(" ", row: 0, column: 0)
        frame.put("\u{200E}^Q quit", row: 0, column: 1)
        frame.put("سلام", row: 1, column: 1)
        frame.put("\u{200E}10-8\u{200E} زنقة", row: 3, column: 1)
        frame.declareRows(.rightToLeft)
        #expect(frame[3, 0].text.unicodeScalars.contains(Self.rlm), "a number between marks first: the mark is strong")
        #expect(Array(frame[0, 0].text.unicodeScalars) == [" ", Self.rlm, "\u{200E}"], "a Latin row: RLM first")
        #expect(!frame[1, 0].text.unicodeScalars.contains(Self.rlm), "an Arabic row finds its direction itself")
        #expect(!frame[2, 0].text.unicodeScalars.contains(Self.rlm), "an empty row shows nothing")
    }

    @Test func terminalModeKeyLinesMarkOnlyNamesThatStartOrEndWithASign() {
        let writer = ScreenWriter(language: .ar, width: 80, bidi: .terminal)
        let line = writer.isolatedKeyNames("Enter اختيار · ↑↓ · ^T وضع النص · F2/^O الإعدادات · F10 حفظ")
        #expect(line == "Enter اختيار · \u{200E}↑↓\u{200E} · \u{200E}^T وضع النص · F2/^O الإعدادات · F10 حفظ")
    }

    @Test func appModeAndLatinScreensAreLeftToRightWithoutMarks() {
        for (language, bidi) in [(Language.ar, BidiMode.app), (.fr, .terminal), (.en, .app), (.fr, .app)] {
            let frame = Self.frame(Self.state(language, bidi, step: .student))
            #expect(frame.reordering == bidi)
            #expect(frame.rowDirections.allSatisfy { $0 == .leftToRight }, "\(language) \(bidi)")
            #expect(!frame.cells.contains { $0.text.unicodeScalars.contains(Self.rlm) }, "\(language) \(bidi)")
        }
    }

    static let phone = "+212 6 12 34 56 78"

    @Test func groupedNumbersStayOneLeftToRightRunInArabicLines() {
        for number in [Self.phone, "1 200,50", "1817 8000 0012 3456 7890 9116", "053 800 20 20", "12/03/2026"] {
            let line = "الهاتف: " + number + " هنا"
            let shown = BidiText.visual(line, rightToLeft: true)
            #expect(shown.contains(number), "\(number) in \(shown)")
            #expect(DisplayWidth.of(shown) == DisplayWidth.of(line))
        }
        // A number alone and digits that touch no separator are unchanged.
        #expect(DigitRuns.isolated("3 أيام") == "3 أيام")
        #expect(DigitRuns.isolated("الهاتف " + Self.phone) == "الهاتف \u{2066}" + Self.phone + "\u{2069}")
        #expect(DigitRuns.isolated("a - b") == "a - b")
    }

    @Test func aValueCutByTheWrapKeepsItsMarksOnEachLine() {
        let writer = ScreenWriter(language: .ar, width: 30, bidi: .terminal)
        let value = writer.isolatedLTR("/tmp/a-very-long-folder-name/AB123456-20261202-030349.json")
        let lines = ScreenWriter.wrap("حُفظ: " + value, width: 28)
        #expect(lines.count >= 2)
        for line in lines.dropFirst() {
            #expect(line.hasPrefix("\u{200E}"), "\(lines)")
            #expect(line.unicodeScalars.filter { $0 == "\u{200E}" }.count % 2 == 0, "\(lines)")
        }
    }

    @Test func thePlainModeGetsNoMarks() {
        var plain = ScreenWriter(language: .ar, width: 80, bidi: .terminal)
        plain.plainText = true
        #expect(plain.isolatedLTR("JB45678") == "JB45678")
        #expect(ScreenWriter(language: .ar, width: 80, bidi: .terminal).isolatedLTR("JB45678") == "\u{200E}JB45678\u{200E}")
    }

    @Test func theReviewShowsAPhoneInItsOrderInBothModes() {
        var state = Self.state(.ar, .app, step: .review)
        state.dossier.student.phone = Self.phone
        let app = Self.frame(state)
        #expect(app.text.contains(Self.phone), "\(app.text)")
        state.bidi = .terminal
        let terminal = Self.frame(state)
        // Logical order with the number between marks the terminal obeys.
        guard let row = terminal.lines.firstIndex(where: { $0.contains(Self.phone) }) else {
            Issue.record("no phone line: \(terminal.text)")
            return
        }
        #expect(terminal.line(row).contains("\u{200E}+212"), "\(terminal.line(row).unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(terminal.line(row).contains("78\u{200E}"))
    }

    @Test func leftAndRightMoveTheWayTheyPointOnTheScreen() {
        var d = WizardDriver(Self.state(.ar, .app))
        d.press(.enter)
        d.focus("student.fullName")
        d.type("سلمى")
        #expect(d.state.cursor == 4)
        // After the last Arabic letter the cursor is at the text's left end:
        // Right goes back over the last letter, Left has nowhere further to go.
        d.press(.right)
        #expect(d.state.cursor == 3)
        d.press(.left)
        #expect(d.state.cursor == 4)
        d.press(.left)
        #expect(d.state.cursor == 4)
        d.press(.home)
        d.press(.left)
        #expect(d.state.cursor == 1)

        // Latin letters in the same right-to-left field read left to right.
        d.focus("student.cnie")
        d.press(.control("u"))
        d.type("AB12")
        d.press(.left)
        #expect(d.state.cursor == 3)
        d.press(.right)
        #expect(d.state.cursor == 4)

        // A French screen with Latin text keeps the plain steps.
        var f = WizardDriver(Self.state(.fr, .app))
        f.press(.enter)
        f.focus("student.fullName")
        f.type("Salma")
        f.press(.left)
        #expect(f.state.cursor == 4)
    }

    /// The cells of the full-name box holding `text`'s letters.
    static func boxCells(_ frame: Frame, containing letters: Set<Character>) -> [Cell] {
        (0..<frame.height).filter { row in
            let line = frame.line(row)
            return line.contains("[") && line.contains("]")
        }.flatMap { row in
            (0..<frame.width).map { frame[row, $0] }.filter { cell in cell.text.contains { letters.contains($0) } }
        }
    }

    @Test func arabicTextInAFieldIsNeverUnderlinedAndDrawnPlain() {
        var d = WizardDriver(Self.state(.ar, .app))
        d.press(.enter)
        d.focus("student.fullName")
        d.type("بني")
        d.focus("student.address")
        d.type("بيت")
        let frame = Self.frame(d.state)
        let shapedLetters = Set(BidiText.visual("بني بيت", rightToLeft: true).filter { $0 != " " })
        let cells = Self.boxCells(frame, containing: shapedLetters)
        #expect(cells.count >= 6)
        for cell in cells {
            #expect(cell.role == .normal, "\(cell)")
            #expect(!cell.attributes.contains(.underline), "\(cell)")
        }
        // The empty rest of the box still shows the field.
        let row = frame.cursor!.row
        #expect((0..<80).contains { frame[row, $0].role == .inputFocused && frame[row, $0].attributes.contains(.underline) })

        // A French line's unfocused Latin value keeps its underline.
        var f = WizardDriver(Self.state(.fr, .app))
        f.press(.enter)
        f.fill("student.fullName", "Salma")
        let french = Self.frame(f.state)
        #expect(french.cells.contains { $0.text == "S" && $0.role == .input && $0.attributes.contains(.underline) })
    }

    @Test func typingAnArabicLetterChangesAFewPlainCells() {
        var d = WizardDriver(Self.state(.ar, .app))
        d.press(.enter)
        d.focus("student.fullName")
        d.type("فاطم")
        let before = Self.frame(d.state)
        d.type("ة")
        let after = Self.frame(d.state)
        var changed: [Cell] = []
        for row in 0..<24 {
            for column in 0..<80 where before[row, column] != after[row, column] {
                changed.append(after[row, column])
            }
        }
        // The new letter, its neighbour's new form, one padding cell.
        #expect(changed.count <= 3, "\(changed)")
        #expect(changed.filter { $0.text != " " }.allSatisfy { $0.role == .normal && $0.attributes.isEmpty }, "\(changed)")
    }
}
