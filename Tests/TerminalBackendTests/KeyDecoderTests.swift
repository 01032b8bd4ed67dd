import CNcursesw
import DossierWizard
import Testing
@testable import TerminalBackend

private func chars(_ text: String) -> [RawInput] {
    text.unicodeScalars.map { .character($0.value) }
}

private func decode(_ burst: [RawInput], limit: Int = 64 * 1024, minimum: Int = 2) -> [DecodedInput] {
    var decoder = KeyDecoder(pasteLimitBytes: limit, pasteMinimumCharacters: minimum)
    return decoder.decode(burst: burst)
}

private func key(_ k: Key) -> DecodedInput { .event(.key(k)) }

struct KeyDecoderTests {
    @Test("one input alone → one key", arguments: [
        (RawInput.character(0x61), Key.character("a")),
        (.character(0xE9), .character("é")),
        (.character(0x639), .character("ع")),
        (.character(0x20), .character(" ")),
        (.character(0x0D), .enter),
        (.character(0x0A), .enter),
        (.keyCode(KEY_ENTER), .enter),
        (.character(0x09), .tab),
        (.keyCode(KEY_BTAB), .backTab),
        (.keyCode(KEY_UP), .up),
        (.keyCode(KEY_DOWN), .down),
        (.keyCode(KEY_LEFT), .left),
        (.keyCode(KEY_RIGHT), .right),
        (.keyCode(KEY_HOME), .home),
        (.keyCode(KEY_A1), .home),
        (.keyCode(KEY_END), .end),
        (.keyCode(KEY_C1), .end),
        (.keyCode(KEY_PPAGE), .pageUp),
        (.keyCode(KEY_NPAGE), .pageDown),
        (.keyCode(KEY_A3), .pageUp),
        (.keyCode(KEY_C3), .pageDown),
        (.keyCode(KEY_BACKSPACE), .backspace),
        (.character(0x7F), .backspace),
        (.character(0x08), .backspace),
        (.keyCode(KEY_DC), .delete),
        (.keyCode(KEY_IC), .insert),
        (.character(0x1B), .escape),
        (.keyCode(KEY_F0 + 1), .function(1)),
        (.keyCode(KEY_F0 + 10), .function(10)),
        (.keyCode(KEY_F0 + 12), .function(12)),
        (.character(0x03), .control("c")),
        (.character(0x1A), .control("z")),
        (.character(0x13), .control("s")),
        (.character(0x11), .control("q")),
        (.character(0x01), .control("a")),
        (.character(0x1C), .control("\\")),
    ])
    func singleInput(input: RawInput, expected: Key) {
        #expect(decode([input]) == [key(expected)])
    }

    @Test func shimKeyFMatchesF0() {
        #expect(amo_key_f(5) == KEY_F0 + 5)
    }

    @Test func functionKeysBeyondTwelveAreIgnored() {
        #expect(decode([.keyCode(KEY_F0 + 13)]).isEmpty)
        #expect(decode([.keyCode(KEY_MOUSE)]).isEmpty)
    }

    @Test func resizeIsReportedForTheLoopToMeasure() {
        #expect(decode([.keyCode(KEY_RESIZE)]) == [.terminalResized])
    }

    @Test("escape sequences terminfo did not know", arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OD", .left),
        ("\u{1B}[1;5C", .right),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[4~", .end), ("\u{1B}[8~", .end),
        ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[Z", .backTab),
        ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)),
        ("\u{1B}[21~", .function(10)), ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)),
        ("\u{1B}OM", .enter),
    ])
    func rawEscapeSequences(sequence: String, expected: Key) {
        #expect(decode(chars(sequence)) == [key(expected)])
    }

    @Test("unknown sequences are swallowed, never typed", arguments: [
        "\u{1B}[99z", "\u{1B}[?1;2c", "\u{1B}[200~", "\u{1B}[9~", "\u{1B}Oz", "\u{1B}[",
        "\u{1B}O",
    ])
    func unknownSequences(sequence: String) {
        #expect(decode(chars(sequence)).isEmpty)
    }

    @Test func textAfterAnUnknownSequenceIsStillTyped() {
        #expect(decode(chars("\u{1B}[99za")) == [key(.character("a"))])
    }

    @Test func runawaySequenceIsDroppedWithoutHanging() {
        let burst = chars("\u{1B}[" + String(repeating: "1", count: 10_000) + "~")
        // The parameters overflow, the sequence is abandoned; what follows is
        // only the final byte, typed as a character at worst, never digits.
        let decoded = decode(burst)
        #expect(decoded.allSatisfy { $0 != .event(.paste(String(repeating: "1", count: 2))) })
        #expect(decoded.count <= 2)
    }

    @Test func twoEscapesAreTwoEscapeKeys() {
        #expect(decode(chars("\u{1B}\u{1B}")) == [key(.escape), key(.escape)])
    }

    @Test func escapeThenAKeyCodeIsBoth() {
        #expect(decode([.character(0x1B), .keyCode(KEY_UP)]) == [key(.escape), key(.up)])
        #expect(decode([.character(0x1B), .character(0x0D)]) == [key(.escape), key(.enter)])
    }

    @Test func escapeThenALetterInOneReadKeepsTheLetter() {
        // A slow link delivers Esc and the next key together: the letter is
        // typed, not swallowed as Alt plus a key.
        #expect(decode(chars("\u{1B}a")) == [key(.escape), key(.character("a"))])
        #expect(decode(chars("\u{1B}é")).first == key(.escape))
        #expect(decode(chars("\u{1B}é")).contains(key(.character("é"))))
    }

    @Test func lonelyEscapeAnswersAtTheEndOfItsBurst() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.character(0x1B)).isEmpty)
        #expect(decoder.endOfBurst() == [key(.escape)])
        #expect(decoder.endOfBurst().isEmpty)
    }

    @Test func halfSequenceDoesNotLeakIntoTheNextBurst() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(burst: chars("\u{1B}[")).isEmpty)
        #expect(decoder.decode(burst: chars("A")) == [key(.character("A"))])
    }

    @Test func burstOfTextIsOnePaste() {
        #expect(decode(chars("Ahmed Bennani")) == [.event(.paste("Ahmed Bennani"))])
        #expect(decode(chars("محمد")) == [.event(.paste("محمد"))])
    }

    @Test func shortBurstIsTypedKeysLongBurstIsAPaste() {
        // Two letters in one read (fast typing over SSH) stay keys, so a list's
        // type-ahead sees them; a real paste is one event.
        #expect(decode(chars("di"), minimum: 16) == [key(.character("d")), key(.character("i"))])
        #expect(decode(chars("Ahmed Bennani 12"), minimum: 16) == [.event(.paste("Ahmed Bennani 12"))])
        #expect(KeyDecoder().pasteMinimumCharacters == TerminalOptions(environment: [:]).pasteMinimumCharacters)
    }

    @Test func combiningMarkStaysWithItsLetter() {
        #expect(decode(chars("e\u{301}")) == [key(.character("e\u{301}"))])
    }

    @Test func controlKeysSplitAPaste() {
        #expect(decode(chars("ab\tcd\r")) == [
            .event(.paste("ab")), key(.tab), .event(.paste("cd")), key(.enter),
        ])
    }

    @Test func c1ControlsAndNulAreIgnored() {
        #expect(decode([.character(0x85), .character(0x00), .character(0x9B)]).isEmpty)
    }

    @Test func hugePasteIsBoundedAndKeysAfterItSurvive() {
        var burst = chars(String(repeating: "a", count: 100_000))
        burst.append(.character(0x0D))
        burst += chars("xy")
        let decoded = decode(burst, limit: 65_536)
        #expect(decoded.count == 3)
        #expect(decoded[0] == .event(.paste(String(repeating: "a", count: 65_536))))
        #expect(decoded[1] == key(.enter))
        #expect(decoded[2] == .event(.paste("xy")))
    }

    @Test func pasteLimitCountsUTF8BytesAndNeverSplitsAScalar() {
        // ع is 2 bytes in UTF-8: 5 bytes hold two of them, not two and a half.
        #expect(decode(chars("ععع"), limit: 5) == [.event(.paste("عع"))])
    }
}
