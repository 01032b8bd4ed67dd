import CNcursesw
import DossierWizard
import Testing
@testable import TerminalBackend

private func scalars(_ text: String) -> [RawInput] {
    text.unicodeScalars.map { .character($0.value) }
}

private func bytes(_ values: [UInt8]) -> [RawInput] { values.map { .byte($0) } }

private func decode(_ burst: [RawInput], minimum: Int = 16) -> [DecodedInput] {
    var decoder = KeyDecoder(pasteMinimumCharacters: minimum)
    return decoder.decode(burst: burst)
}

private func key(_ k: Key) -> DecodedInput { .event(.key(k)) }

/// The text typed or pasted, in order; nil when anything else came.
private func typed(_ decoded: [DecodedInput]) -> String? {
    var text = ""
    for input in decoded {
        switch input {
        case .event(.key(.character(let c))): text.append(c)
        case .event(.paste(let pasted)): text += pasted
        default: return nil
        }
    }
    return text
}

/// Issue 10: what a terminal sends that is not a key (a title pasted from
/// another window, a terminal's answer to a query, bytes of another
/// encoding) is never typed into the dossier nor read as keys.
struct StringSequenceTests {
    @Test("OSC, DCS, APC, PM and SOS are swallowed whole up to BEL or ESC \\, never Esc plus letters",
          arguments: [
              "\u{1B}]0;Fatima 2\u{07}",          // OSC, ended by BEL: a window title
              "\u{1B}]2;dossier 2\u{1B}\\",       // OSC, ended by ESC \
              "\u{1B}P1$r2 q\u{1B}\\",            // DCS: a terminal's answer (DECRQSS)
              "\u{1B}_Gi=2;OK\u{1B}\\",           // APC: a graphics protocol's answer
              "\u{1B}^privacy 2\u{1B}\\",         // PM
              "\u{1B}X start 2\u{1B}\\",          // SOS
              "\u{9D}0;title 2\u{9C}",            // OSC and ST as C1 characters
              "\u{1B}]0;a\u{1B}b 2\u{07}",        // an Esc inside that is not ESC \ does not end it
          ])
    func stringSequenceIsSwallowed(sequence: String) {
        #expect(decode(scalars(sequence + "x")) == [key(.character("x"))])
        // Nor does a `2` get out as a key when the text around it is a paste.
        let pasted = decode(scalars("Salma" + sequence + " Benali 12345678"))
        #expect(typed(pasted) == "Salma Benali 12345678", "\(pasted)")
    }

    @Test func aStringSequenceAsBytesIsSwallowedToo() {
        #expect(decode(bytes(Array("\u{1B}]0;é2\u{07}y".utf8))) == [key(.character("y"))])
    }

    @Test func canAndSubCancelAString() {
        #expect(decode(scalars("\u{1B}]0;x2\u{18}y")) == [key(.character("y"))])
        #expect(decode(scalars("\u{1B}P2\u{1A}y")) == [key(.character("y"))])
    }

    @Test func aKeyNcursesRecognisedEndsAString() {
        #expect(decode([.character(0x1B), .character(0x5D), .character(0x32), .keyCode(KEY_UP)]) == [key(.up)])
    }

    @Test func anUnterminatedStringEndsWithItsBurst() {
        var decoder = KeyDecoder(pasteMinimumCharacters: 16)
        #expect(decoder.feed(.character(0x1B)).isEmpty)
        #expect(decoder.feed(.character(0x5D)).isEmpty)
        #expect(decoder.awaitsMore, "the loop waits a moment for the rest of the string")
        #expect(decoder.decode(burst: scalars("0;title 2")).isEmpty)
        #expect(!decoder.awaitsMore)
        #expect(decoder.decode(burst: scalars("2")) == [key(.character("2"))], "the next burst is typed again")
    }

    @Test func aRunawayStringIsDroppedWithTheRestOfItsBurstWithoutGrowing() {
        let runaway = "\u{1B}]" + String(repeating: "2", count: KeyDecoder.stringSequenceLimit + 10) + "abc"
        var decoder = KeyDecoder(pasteMinimumCharacters: 16)
        #expect(decoder.decode(burst: scalars(runaway)).isEmpty)
        #expect(decoder.decode(burst: scalars("z")) == [key(.character("z"))])
    }

    @Test func escapeAndOtherLettersStillWorkAsBefore() {
        #expect(decode(scalars("\u{1B}a"), minimum: 2) == [key(.escape), key(.character("a"))])
        #expect(decode(scalars("\u{1B}[A")) == [key(.up)])
    }
}

/// Bytes are put together into characters by the decoder, not by
/// `wget_wch`, which dropped a byte that is not UTF-8 with the letters
/// after it.
struct InvalidUTF8Tests {
    @Test func utf8BytesMakeCharacters() {
        #expect(decode(bytes(Array("é".utf8))) == [key(.character("é"))])
        #expect(decode(bytes(Array("ع".utf8))) == [key(.character("ع"))])
        #expect(decode(bytes(Array("e\u{301}".utf8))) == [key(.character("e\u{301}"))])
        #expect(decode(bytes(Array("😀".utf8))) == [key(.character("😀"))])
        #expect(decode(bytes(Array("Ahmed Bennani, Kénitra".utf8))) == [.event(.paste("Ahmed Bennani, Kénitra"))])
    }

    @Test("a byte that is not UTF-8 is refused and counted; the letters around it are kept", arguments: [
        [0xFF],                 // never in UTF-8
        [0xE9],                 // é from a Latin-1 terminal: a lead byte, cut short by the next letter
        [0x80],                 // a continuation byte alone
        [0xC0, 0xAF],           // an overlong "/"
        [0xED, 0xA0, 0x80],     // a surrogate
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
    ] as [[UInt8]])
    func invalidIsRefusedAndCounted(bad: [UInt8]) {
        let decoded = decode(bytes(Array("ab".utf8) + bad + Array("cd".utf8)))
        #expect(Array(decoded.dropLast()) == [key(.character("a")), key(.character("b")),
                                              key(.character("c")), key(.character("d"))])
        guard case .event(.invalidText(let count))? = decoded.last else {
            Issue.record("no note of the refused bytes: \(decoded)")
            return
        }
        #expect(count >= 1 && count <= bad.count)
    }

    @Test func aCharacterCutShortAtTheEndOfTheBurstIsRefused() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.byte(0xC3)).isEmpty)
        #expect(decoder.awaitsMore, "the loop waits a moment for its second byte")
        #expect(decoder.endOfBurst() == [.event(.invalidText(count: 1))])
        #expect(decoder.decode(burst: bytes([0x61])) == [key(.character("a"))])
    }

    @Test func aCharacterSplitAcrossTwoReadsOfOneBurstIsWhole() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.byte(0xD8)).isEmpty)
        #expect(decoder.feed(.byte(0xB9)).isEmpty)
        #expect(decoder.endOfBurst() == [key(.character("ع"))])
    }

    @Test func aLatin1PasteIsOneNoteNotOnePerByte() {
        // "Kénitra, Fès" typed on a terminal left in ISO-8859-1.
        let latin1: [UInt8] = [0x4B, 0xE9, 0x6E, 0x69, 0x74, 0x72, 0x61, 0x2C, 0x20, 0x46, 0xE8, 0x73]
        let decoded = decode(bytes(latin1), minimum: 2)
        #expect(decoded == [.event(.paste("Knitra, Fs")), .event(.invalidText(count: 2))])
    }
}
