import Testing
@testable import DossierCore

/// The fast counts of `DisplayWidth` (printable ASCII, then scalars that
/// are one cell and a character each) must say what the grapheme-by-grapheme
/// count says, on every scalar they take and on text that mixes them with
/// the ones they do not.
@Suite struct DisplayWidthTests {
    /// Every scalar the fast path takes: one cell, and one character alone.
    @Test func everyLoneSingleCellScalarIsOneCellByTheSlowWay() {
        var taken = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v), DisplayWidth.isLoneSingleCell(v) else { continue }
            taken += 1
            #expect(DisplayWidth.of(Character(scalar)) == 1, "U+\(String(v, radix: 16))")
            // Followed by anything it does not take, it stays a character of its own.
            #expect(String(scalar).count == 1)
        }
        #expect(taken > 1000)
        for v: UInt32 in [0xAD, 0x300, 0x64B, 0x200D, 0x2066, 0xFE0F, 0x25FD, 0x1100, 0x0600] {
            #expect(!DisplayWidth.isLoneSingleCell(v), "U+\(String(v, radix: 16)) must take the careful way")
        }
    }

    /// Mixed text: the fast count and prefix equal the careful ones.
    @Test func mixedTextCountsAndCutsAlike() {
        let pieces = ["Diabète", " — ", "…", "·", "▲", "é", "e\u{301}", "ﺎًﺒﺣﺮﻣ", "مرحبا", "مَرحبا", "漢字", "👍🏽",
                      "\u{2067}x\u{2069}", "a\u{AD}b", "«Élodie»", "1 392,40 DH", "→", "─┐"]
        var seed: UInt64 = 12
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<4 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let careful = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == careful, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            for cells in [0, 1, 3, 7, 100] {
                var used = 0
                var expected = ""
                for character in text {
                    let w = DisplayWidth.of(character)
                    if used + w > cells { break }
                    used += w
                    expected.append(character)
                }
                #expect(DisplayWidth.prefix(text, fitting: cells) == expected, "\(text) \(cells)")
            }
        }
    }
}
