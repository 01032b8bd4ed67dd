import Testing
import DossierCore
@testable import DossierWizard

/// Subcommands on a terminal follow the Arabic rendering setting; to a
/// pipe or a file they stay in logical order (issue 13).
@Suite struct TerminalOutputTests {
    static let address = AddressBlock.text(.ar, context: testContext.core, on: testToday)

    @Test func aPipeOrAFileGetsLogicalOrderWhateverTheSetting() {
        for bidi in [BidiMode.app, .terminal, nil] {
            #expect(TerminalOutput.shown(Self.address, language: .ar, bidi: bidi, toTerminal: false) == Self.address)
        }
        // No setting known: nothing is guessed.
        #expect(TerminalOutput.shown(Self.address, language: .ar, bidi: nil, toTerminal: true) == Self.address)
        // French is left as it is.
        let french = AddressBlock.text(.fr, context: testContext.core, on: testToday)
        #expect(TerminalOutput.shown(french, language: .fr, bidi: .app, toTerminal: true) == french)
    }

    @Test func appModeShapesEachLineRightAlignedAndWrapsToTheTerminal() {
        let shown = TerminalOutput.shown(Self.address, language: .ar, bidi: .app, toTerminal: true, width: 80)
        let lines = shown.split(separator: "\n").map(String.init)
        let first = Self.address.split(separator: "\n").map(String.init)[0]
        #expect(lines[0].hasSuffix(BidiText.visual(first, rightToLeft: true)), "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) < 80 }, "no line left for the terminal to wrap: \(lines)")
        let widths = Set(lines.filter { TerminalOutput.startsRightToLeft($0) }.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "right-aligned on one edge: \(widths)")
        // A usage line starting in Latin stays left to right.
        #expect(TerminalOutput.shown("USAGE: amo-dossier address\n", language: .ar, bidi: .app, toTerminal: true)
                == "USAGE: amo-dossier address\n")
    }

    @Test func terminalModeTellsTheDirectionAndMarksEachLine() {
        let shown = TerminalOutput.shown("الهاتف: +212 6 12 34 56 78\n\nالرباط\n", language: .ar, bidi: .terminal,
                                         toTerminal: true)
        #expect(shown == "\u{1B}[2 k\u{200F}الهاتف: \u{200E}+212 6 12 34 56 78\u{200E}\n\n\u{200F}الرباط\n\u{1B}[0 k")
    }
}

/// The printable summary in Arabic opens every line with a right-to-left
/// mark, so a viewer guessing per line keeps "[x] …" right to left.
@Suite struct SummaryDirectionMarkTests {
    @Test func everyArabicLineOfTheSummaryStartsWithRLM() {
        var dossier = Dossier()
        dossier.student.rib = "181780000012345678909116"
        let arabic = EnvelopeSummary.text(for: dossier, language: .ar, context: testContext.core)
        let lines = arabic.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("[x]") || $0.contains("[ ]") })
        let arabicLines = lines.filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        #expect(arabicLines.count > 10)
        #expect(arabicLines.allSatisfy { $0.hasPrefix("\u{200F}") }, "\(arabicLines.filter { !$0.hasPrefix("\u{200F}") })")
        #expect(lines.contains("8-10, rue Al Khalil — B.P. 912"), "the French address stays as it is")
        let french = EnvelopeSummary.text(for: dossier, language: .fr, context: testContext.core)
        #expect(!french.contains("\u{200F}"))
    }
}
