import DossierCore
import CFriBidi
import Testing
@testable import DossierWizard

/// Scalars written as code points, so every expected presentation form is
/// visible in the source instead of hidden in Arabic glyphs.
private func scalars(_ values: UInt32...) -> String {
    var text = String.UnicodeScalarView()
    for value in values { text.append(Unicode.Scalar(value)!) }
    return String(text)
}

private func codePoints(_ text: String) -> [String] {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }
}

@Suite("Bidi: visual order and Arabic shaping")
struct BidiTests {
    @Test("Pure Latin text in a left-to-right line comes back unchanged", arguments: [
        "abc",
        "Feuille de soins (INPE: 123456) du 12/03/2026.",
        "Médecin traitant — été, 150,00 DH",
        "",
    ])
    func latinUnchanged(line: String) {
        #expect(BidiText.visual(line, rightToLeft: false) == line)
        #expect(BidiText.visualPositions(line, rightToLeft: false) == Array(0..<line.count))
    }

    @Test("Latin without trailing punctuation keeps its order in a right-to-left line")
    func latinInRightToLeftLine() {
        #expect(BidiText.visual("abc", rightToLeft: true) == "abc")
        #expect(BidiText.visual("INPE 123456", rightToLeft: true) == "INPE 123456")
        // The bidi algorithm puts a final neutral at the paragraph's end, which is the left in RTL.
        #expect(BidiText.visual("abc.", rightToLeft: true) == ".abc")
    }

    @Test("An Arabic word is reversed and shaped into joined presentation forms")
    func arabicWordShaped() {
        // مرحبا = meem, reh, hah, beh, alef. Meem opens the word and joins the reh: initial FEE3.
        // Reh joins only to the letter before it: final FEAE, and it breaks the word.
        // Hah starts again and joins the beh: initial FEA3. Beh joins both sides: medial FE92.
        // Alef joins only to the letter before it: final FE8E. Shown right to left, so reversed.
        let expected = scalars(0xFE8E, 0xFE92, 0xFEA3, 0xFEAE, 0xFEE3)
        #expect(codePoints(BidiText.visual("مرحبا", rightToLeft: true)) == codePoints(expected))
        // One word alone is right-to-left by itself, whichever way the screen runs.
        #expect(BidiText.visual("مرحبا", rightToLeft: false) == expected)
    }

    @Test("A lone letter takes its isolated form")
    func isolatedLetter() {
        // Beh alone: isolated FE8F.
        #expect(BidiText.visual("ب", rightToLeft: true) == scalars(0xFE8F))
    }

    @Test("Lam-alef becomes one ligature, no U+FEFF is left, the lost cell is padded away from the edge")
    func lamAlefLigature() {
        // لا alone: lam + alef → LAM WITH ALEF isolated FEFB, in one cell instead of two.
        let rtl = BidiText.visual("لا", rightToLeft: true)
        #expect(rtl == " " + scalars(0xFEFB))
        #expect(!rtl.unicodeScalars.contains(Unicode.Scalar(0xFEFF)!))
        #expect(BidiText.visual("لا", rightToLeft: false) == scalars(0xFEFB) + " ")

        // سلام = seen, lam, alef, meem. Seen joins the lam: initial FEB3. Lam-alef joined on its
        // right: final ligature FEFC. Alef never joins the letter after it, so meem is isolated FEE1.
        let salam = BidiText.visual("سلام", rightToLeft: true)
        #expect(codePoints(salam) == codePoints(" " + scalars(0xFEE1, 0xFEFC, 0xFEB3)))
        // Both lam and alef put the cursor on the ligature's cell.
        #expect(BidiText.visualPositions("سلام", rightToLeft: true) == [3, 2, 2, 1])
    }

    @Test("An INPE inside Arabic keeps its order")
    func identifierInsideArabic() {
        // رقم = reh (isolated FEAD, it never joins forward), qaf initial FED7, meem final FEE2.
        let expected = "INPE: 123456 " + scalars(0xFEE2, 0xFED7, 0xFEAD)
        #expect(BidiText.visual("رقم INPE: 123456", rightToLeft: true) == expected)
        // First strong letter is Arabic, so the automatic direction is right-to-left too.
        #expect(BidiText.visual("رقم INPE: 123456", rightToLeft: false) == expected)
    }

    @Test("Dates inside Arabic keep their digits and slashes in order")
    func datesInsideArabic() {
        // تاريخ = teh initial FE97, alef final FE8E, reh isolated FEAD, yeh initial FEF3, khah final FEA6.
        #expect(BidiText.visual("تاريخ 12/03/2026", rightToLeft: true)
            == "12/03/2026 " + scalars(0xFEA6, 0xFEF3, 0xFEAD, 0xFE8E, 0xFE97))
        // من 12/03/2026 إلى 11/05/2026: read from the right, "from" date, "to" date.
        // من = meem initial FEE3, noon final FEE6. إلى = alef-hamza-below isolated FE87 (never joins
        // forward), lam initial FEDF, alef maksura final FEF0.
        #expect(BidiText.visual("من 12/03/2026 إلى 11/05/2026", rightToLeft: true)
            == "11/05/2026 " + scalars(0xFEF0, 0xFEDF, 0xFE87) + " 12/03/2026 " + scalars(0xFEE6, 0xFEE3))
    }

    @Test("Amounts, colons and brackets in an Arabic line")
    func numbersAndPunctuation() {
        // المبلغ = alef isolated FE8D, lam initial FEDF, meem medial FEE4, beh medial FE92,
        // lam medial FEE0, ghain final FECE. درهم = dal isolated FEA9, reh isolated FEAD,
        // heh initial FEEB, meem final FEE2. The colon follows the word, so it shows at its left.
        #expect(BidiText.visual("المبلغ: 150,00 درهم", rightToLeft: true)
            == scalars(0xFEE2, 0xFEEB, 0xFEAD, 0xFEA9) + " 150,00 :"
                + scalars(0xFECE, 0xFEE0, 0xFE92, 0xFEE4, 0xFEDF, 0xFE8D))
        // Brackets are mirrored in a right-to-left run: the opening one, at the right, shows as ")".
        #expect(BidiText.visual("(مرحبا)", rightToLeft: true)
            == "(" + scalars(0xFE8E, 0xFE92, 0xFEA3, 0xFEAE, 0xFEE3) + ")")
    }

    @Test("Arabic inside a left-to-right line")
    func arabicInsideLatin() {
        // محمد = meem initial FEE3, hah medial FEA4, meem medial FEE4, dal final FEAA.
        #expect(BidiText.visual("Nom: محمد", rightToLeft: false)
            == "Nom: " + scalars(0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3))
    }

    @Test("Harakat stay on their letter and take no cell")
    func harakat() {
        // مَرْحَبًا: each letter keeps its mark right after it, in the same cell.
        let visual = BidiText.visual("مَرْحَبًا", rightToLeft: true)
        #expect(codePoints(visual) == codePoints(scalars(
            0xFE8E, 0xFE92, 0x064B, 0xFEA3, 0x064E, 0xFEAE, 0x0652, 0xFEE3, 0x064E)))
        #expect(BidiText.visualPositions("مَرْحَبًا", rightToLeft: true) == [4, 3, 2, 1, 0])
    }

    @Test("Emoji sequences move as one character")
    func emojiKeepTheirModifiers() {
        let line = "👍🏽 مرحبا"
        let visual = BidiText.visual(line, rightToLeft: true)
        #expect(visual == scalars(0xFE8E, 0xFE92, 0xFEA3, 0xFEAE, 0xFEE3) + " 👍🏽")
        #expect(BidiText.visualPositions(line, rightToLeft: true) == [6, 5, 4, 3, 2, 1, 0])
    }

    @Test("Bidi controls are applied, then left out")
    func controls() {
        // RIGHT-TO-LEFT OVERRIDE makes Latin letters run right to left.
        #expect(BidiText.visual("\u{202E}abc", rightToLeft: false) == "cba")
        #expect(BidiText.visualPositions("\u{202E}abc", rightToLeft: false) == [2, 2, 1, 0])
        #expect(BidiText.visual("\u{200F}abc", rightToLeft: false) == "abc")
        #expect(BidiText.visual("a\u{FEFF}b", rightToLeft: false) == "ab")
        #expect(BidiText.visualPositions("a\u{FEFF}b", rightToLeft: false) == [0, 1, 1])
        #expect(BidiText.visual("\u{200F}", rightToLeft: true) == "")
        #expect(BidiText.visualPositions("\u{200F}", rightToLeft: true) == [0])
    }

    static let awkwardLines: [String] = [
        "", " ", "abc", "لا", "سلام عليكم", "لالالا", "مَرْحَبًا", "\u{064E}", "\u{064E}abc",
        "رقم INPE: 123456", "تاريخ 12/03/2026.", "👍🏽 مرحبا 👨‍👩‍👧", "🇲🇦 المغرب 🇫🇷",
        "\u{202E}abc\u{202C} لا", "\u{200F}", "\u{FEFF}لا\u{FEFF}", "\u{2067}مرحبا\u{2069} abc",
        "a\tب\nc", "   مرحبا   ", "(المبلغ: [150,00] درهم)", "CNIE AB123456 البطاقة الوطنية",
        "é́ è ç",
    ]

    @Test("Shaping never changes the line's width, in either direction", arguments: awkwardLines)
    func widthIsKept(line: String) {
        for rightToLeft in [true, false] {
            let visual = BidiText.visual(line, rightToLeft: rightToLeft)
            let width = DisplayWidth.of(visual)
            #expect(width == DisplayWidth.of(line), "rightToLeft: \(rightToLeft)")
            #expect(!visual.unicodeScalars.contains(Unicode.Scalar(0xFEFF)!))
            let positions = BidiText.visualPositions(line, rightToLeft: rightToLeft)
            #expect(positions.count == line.count)
            #expect(positions.allSatisfy { $0 >= 0 && $0 <= max(0, width - 1) })
        }
    }

    @Test("A long line keeps its width and is handled quickly")
    func longLine() {
        let sentence = "السلام عليكم INPE 123 "
        let line = String(repeating: sentence, count: 200)
        let clock = ContinuousClock()
        let start = clock.now
        let visual = BidiText.visual(line, rightToLeft: true)
        #expect(clock.now - start < .seconds(1))
        #expect(DisplayWidth.of(visual) == DisplayWidth.of(line))
        // Each sentence is one right-to-left run with the Latin inside kept left to right.
        #expect(visual.contains("INPE 123"))
        #expect(!visual.contains("321"))
    }

    @Test("Positions are a permutation when every character is one cell", arguments: [
        "رقم INPE: 123456", "من 12/03/2026 إلى 11/05/2026", "Nom: محمد", "المبلغ: 150,00 درهم", "abc. مرحبا!",
    ])
    func positionsArePermutation(line: String) {
        for rightToLeft in [true, false] {
            let positions = BidiText.visualPositions(line, rightToLeft: rightToLeft)
            #expect(positions.sorted() == Array(0..<line.count))
            // Every Latin letter, digit and sign is found exactly where its position says.
            let logical = Array(line)
            let visual = Array(BidiText.visual(line, rightToLeft: rightToLeft))
            for (index, character) in logical.enumerated() where character.isASCII && !"()[]".contains(character) {
                #expect(visual[positions[index]] == character)
            }
        }
    }

    @Test("Reordering matches FriBidi's own test data (test_UTF-8_persian)")
    func friBidiReferenceReordering() {
        // First line of fribidi/test/test_UTF-8_persian.{input,reference}: reordering only, no shaping.
        let input = "الا يا ايها الساقی ادر کاسا و ناولها"
        let reference = "اهلوان و اساک ردا یقاسلا اهيا اي الا"
        let line = BidiText.layout(input, rightToLeft: false)
        let logical = Array(input)
        #expect(String(line.order.map { logical[$0] }) == reference)
    }

    @Test("Same result as FriBidi's one-call fribidi_log2vis, less its U+FEFF fillers", arguments: [
        "رقم INPE: 123456", "من 12/03/2026 إلى 11/05/2026", "Nom: محمد", "(المبلغ: [150,00] درهم)",
        "سلام عليكم", "abc. مرحبا!", "CNIE AB123456 البطاقة الوطنية",
    ])
    func agreesWithLog2vis(line: String) {
        let input = line.unicodeScalars.map(\.value)
        var output = [FriBidiChar](repeating: 0, count: input.count)
        var direction: FriBidiParType = FRIBIDI_PAR_RTL
        let status = fribidi_log2vis(input, FriBidiStrIndex(input.count), &direction, &output, nil, nil, nil)
        #expect(status > 0)
        var expected = String.UnicodeScalarView()
        for value in output where value != 0xFEFF { expected.append(Unicode.Scalar(value)!) }
        let ours = BidiText.visual(line, rightToLeft: true)
        #expect(codePoints(String(ours.drop { $0 == " " } )) == codePoints(String(expected)))
    }
}

@Suite("Bidi: cursor and mode")
struct BidiCursorTests {
    @Test("The cursor at the end of a right-to-left field stands left of the last letter")
    func cursorAtEndOfArabic() {
        // "مرحبا" shows as 5 cells, the first letter at the right (column 4), the last at column 0.
        #expect(BidiText.cursorColumn("مرحبا", cursor: 0, rightToLeft: true) == 4)
        #expect(BidiText.cursorColumn("مرحبا", cursor: 4, rightToLeft: true) == 0)
        #expect(BidiText.cursorColumn("مرحبا", cursor: 5, rightToLeft: true) == -1)
    }

    @Test("The cursor at the end of Latin text stands right of the last letter, in both directions")
    func cursorAtEndOfLatin() {
        #expect(BidiText.cursorColumn("abc", cursor: 3, rightToLeft: false) == 3)
        // "رقم INPE" shows as "INPE ﻢﻗﺭ": the end of the logical text is after the E, at column 4.
        #expect(BidiText.cursorColumn("رقم INPE", cursor: 8, rightToLeft: true) == 4)
        #expect(BidiText.cursorColumn("", cursor: 0, rightToLeft: true) == 0)
        // Out-of-range cursors are clamped rather than trapping.
        #expect(BidiText.cursorColumn("abc", cursor: 99, rightToLeft: false) == 3)
        #expect(BidiText.cursorColumn("abc", cursor: -4, rightToLeft: false) == 0)
    }

    @Test("Terminal mode sends logical order and counts cells logically; app mode reorders")
    func modes() {
        let line = "رقم INPE: 123456"
        #expect(BidiMode.terminal.displayed(line, rightToLeft: true) == line)
        #expect(BidiMode.app.displayed(line, rightToLeft: true) == BidiText.visual(line, rightToLeft: true))
        #expect(BidiMode.terminal.cursorColumn(line, cursor: 4, rightToLeft: true) == 4)
        #expect(BidiMode.app.cursorColumn(line, cursor: 4, rightToLeft: true) == 0)
        #expect(BidiMode(rawValue: "app") == .app && BidiMode(rawValue: "terminal") == .terminal)
        #expect(BidiMode(rawValue: "auto") == nil)
    }
}
