import Testing
@testable import DossierCore

/// The byte paths of `TextWrap` (issue 14) break lines exactly as the
/// character paths they stand in for.
@Suite("TextWrap reads bytes where it may, and breaks lines as before")
struct TextWrapFastPathTests {
    /// `isQuotationMark` is the list of marks, no more, no less.
    @Test func quotationMarkScalarsAreTheMarksOfTheList() {
        let marks = Set(TextWrap.quotationMarks.flatMap { [$0.0, $0.1] }.flatMap { $0.unicodeScalars.map(\.value) })
        let differing = (UInt32(0)...0x2FFFF).filter { TextWrap.isQuotationMark($0) != marks.contains($0) }
        #expect(differing.isEmpty, "\(differing.map { String($0, radix: 16) })")
    }

    /// Splitting bytes gives the words splitting characters gives, also
    /// where a space carries a combining mark (then it is no space).
    @Test func plainWordsAreTheCharacterSplit() {
        let texts = [
            "", " ", "   ", "un", " deux  mots ", "Le code « M1300 » est refusé.",
            "الملف جاهز للإرسال", "ﺍﻟﻤﻠﻒ ﺟﺎﻫﺰ", "a \u{301}b c", "e\u{301}té  été", "tab\tet espace", "🇲🇦 drapeau  ok",
            "Entrée  →  suivant · F1 aide", "\u{A0}insécable\u{A0} mot",
        ]
        for text in texts {
            let paragraph = Substring(text)
            let expected = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(TextWrap.plainWords(paragraph) == expected, "\(text)")
        }
    }

    /// A word without a mark opens nothing; with one, as before.
    @Test func opensQuotation() {
        #expect(TextWrap.opensQuotation("mot") == nil)
        #expect(TextWrap.opensQuotation("«M1300»") == nil)
        #expect(TextWrap.opensQuotation("«M1300") == "»")
        #expect(TextWrap.opensQuotation("“Sara") == "”")
        #expect(TextWrap.opensQuotation("\"Sara") == "\"")
        #expect(TextWrap.opensQuotation("„Sara") == "“")
    }

    /// A quoted value of several words still goes whole to the next line.
    @Test func aQuotationStaysTogether() {
        let lines = TextWrap.lines("Vous avez tapé « M 13 00 » ici", width: 20)
        #expect(lines == ["Vous avez tapé", "« M 13 00 » ici"])
    }
}
