import Foundation
import Testing
@testable import DossierCore

/// The program links FoundationEssentials only (issue 14); what it took from
/// the rest of Foundation is now its own code. The tests link all of
/// Foundation, so each replacement is checked here against what it replaces.
@Suite("What replaced full Foundation gives what Foundation gave")
struct FoundationEssentialsTests {
    /// Every scalar of the Basic Multilingual Plane, alone and after a letter.
    static let bmp: [Unicode.Scalar] = (0x20...0xFFFF).compactMap { Unicode.Scalar($0) }

    @Test func decompositionIsFoundations() {
        var differ: [String] = []
        for scalar in Self.bmp {
            let text = "a" + String(scalar) + "é"
            if TextFolding.decomposed(text).unicodeScalars.elementsEqual(
                text.decomposedStringWithCanonicalMapping.unicodeScalars) == false {
                differ.append(String(scalar.value, radix: 16))
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
        for text in ["Ibn Zohr", "إبن زُهر", "Aït Melloul", "ÉCOLE", "ﻻ", "한국", "e\u{301}\u{323}"] {
            #expect(Array(TextFolding.decomposed(text).unicodeScalars)
                    == Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), "\(text)")
        }
    }

    /// The type-ahead's folding, on the names of the diseases and on every
    /// letter of the Latin and Arabic blocks, is Foundation's once its
    /// result is decomposed and stripped of the marks it kept. Those are
    /// the differences, all wanted: Foundation kept the shadda and sukun
    /// and the hamza of `أ`, `إ`, `ؤ`, `ئ`, so "الاورام" typed missed
    /// "الأورام"; and it folded case beyond lower case (`ß`, `µ`, `ŉ`,
    /// `ſ`), letters no Moroccan form holds.
    @Test func typeAheadFoldingIsFoundations() {
        let names = RuleBook.builtIn.editions.flatMap { rules in
            rules.chronicDiseases.flatMap { [$0.fr, $0.en, $0.name(.ar)] }
        }
        let caseFoldedOnly: Set<Unicode.Scalar> = ["ß", "µ", "ŉ", "ſ"]
        let letters = ((0x20...0x24F).map { $0 } + (0x600...0x6FF).map { $0 })
            .compactMap(Unicode.Scalar.init).filter { !caseFoldedOnly.contains($0) }.map { "x" + String($0) }
        #expect(!names.isEmpty)
        for text in names + letters + ["DIABÈTE", "Épilepsie", "سُكَّري", "إبن"] {
            let foundations = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .decomposedStringWithCanonicalMapping
            #expect(TextFolding.withoutCaseOrAccents(text) == String(String.UnicodeScalarView(
                foundations.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })), "\(text)")
        }
        #expect(TextFolding.withoutCaseOrAccents("الأورام") == "الاورام")
        #expect(TextFolding.withoutCaseOrAccents("Épilepsie") == "epilepsie")
    }

    /// Ibn Zohr's name is read as before: the words of the old
    /// Foundation-based folding, over every Latin, Arabic and full-width
    /// letter and the ways students write the name.
    @Test func universityWordsAreFoundations() {
        func before(_ text: String) -> [String] {
            let folded = text.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
                .decomposedStringWithCanonicalMapping
            var cleaned = ""
            for var scalar in folded.unicodeScalars {
                if CharacterSet.nonBaseCharacters.contains(scalar) || scalar == "\u{0640}" { continue }
                if scalar == "\u{0671}" { scalar = "\u{0627}" }
                if CharacterSet.alphanumerics.contains(scalar) {
                    cleaned.unicodeScalars.append(scalar)
                } else {
                    cleaned.append(" ")
                }
            }
            return cleaned.split(separator: " ").map(String.init)
        }
        // As in the type-ahead, case beyond lower case is not folded.
        let caseFoldedOnly: Set<Unicode.Scalar> = ["ß", "µ", "ŉ", "ſ"]
        let letters = ((0x20...0x24F).map { $0 } + (0x600...0x6FF).map { $0 } + (0xFF01...0xFF5E).map { $0 })
            .compactMap(Unicode.Scalar.init).filter { !caseFoldedOnly.contains($0) }.map { "Ibn" + String($0) + "zohr" }
        let names = ["Université Ibn Zohr", "UNIVERSITE IBN-ZOHR Agadir", "U.I.Z", "uiz", "Ibnou Zuhr",
                     "جامعة ابن زهر", "جامعة إبن زُهر", "جامعة ٱبن زهـــر", "ＵＩＺ", "Ibn Tofail", "ENSA Agadir"]
        for text in letters + names {
            #expect(IbnZohrUniversity.words(text) == before(text), "\(text)")
        }
    }

    @Test func pathsAreNSStrings() {
        // Where corelibs' NSString fails, POSIX dirname and basename decide:
        // it says "" for both of "//", and its deletingLastPathComponent
        // stops the program on "a" and "a/" (a name without a folder).
        #expect("//".parentPath == "/" && "//".lastPathName == "/")
        #expect("a".parentPath == "" && "a/".parentPath == "" && "a/".lastPathName == "a")
        let paths = ["", "/", "/a", "/a/", "/a/b", "a/b", "a/b/", "a//b", "/a/b.json", "./x", "../x/",
                     "~/dossiers", "/tmp/amo dossier/é.json"]
        for path in paths {
            #expect(path.parentPath == (path as NSString).deletingLastPathComponent, "parent of \(path)")
            #expect(path.lastPathName == (path as NSString).lastPathComponent, "last of \(path)")
            for name in ["x.json", "drafts", "a/b"] {
                #expect(path.appendingPath(name) == (path as NSString).appendingPathComponent(name), "\(path) + \(name)")
            }
        }
    }

    @Test func trimmingIsFoundations() {
        for scalar in Self.bmp {
            let s = String(scalar)
            for text in [s + "x" + s, s + s, "x" + s, s + "é"] {
                #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(scalar.value)")
                #expect(text.trimmingSpacesAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
                        "\(scalar.value)")
            }
        }
    }

    /// Replaced scalar by scalar. Foundation's `replacingOccurrences`
    /// matched whole characters, so a quote followed by a combining accent
    /// was left as it was: inside a shell word quoted with `'`, that quote
    /// ended the quoting early. Here every one is replaced; where no
    /// combining mark follows the scalar, the result is Foundation's.
    @Test func replacingIsFoundations() {
        let plain = ["", "'", "it's", "''a''", "\"q\"", "12.50", "١٢٫٥"]
        let marked = ["'\u{301}x", "a\"\u{301}\""]
        let pairs: [(Unicode.Scalar, String)] = [("'", "'\\''"), ("\"", "\"\""), (".", ","), ("\u{066B}", ",")]
        for text in plain + marked {
            for (scalar, replacement) in pairs {
                let byScalar = text.unicodeScalars.map { $0 == scalar ? replacement : String($0) }.joined()
                #expect(text.replacingEvery(scalar, with: replacement) == byScalar, "\(text)")
                if plain.contains(text) {
                    #expect(byScalar == text.replacingOccurrences(of: String(scalar), with: replacement), "\(text)")
                }
            }
        }
        #expect(ShellWord.quoted("'\u{301}x") == "''\\''\u{301}x'")
    }

    @Test func topKeysAreJSONSerializations() {
        let texts = ["{}", #"{"kiosk": true, "idleMinutes": 5}"#, "[]", "[1]", "1", "\"x\"", "true", "null", "",
                     "{", "{\"a\":1,}", "{\"a\":1} x", "  {\"é\": {\"b\": [1, 2]}}  "]
        // A number too large for a Double made the whole file "not JSON" to
        // JSONSerialization; the keys are read all the same now, and the
        // value is refused at its key when it is decoded.
        #expect(JSONTopKeys.of(Data(#"{"a":1e400}"#.utf8)) == .success(["a"]))
        #expect(JSONTopKeys.of(Data("1e400".utf8)) == .failure(.notAnObject))
        for text in texts {
            let data = Data(text.utf8)
            let expected: Result<[String], JSONTopKeys.Failure>
            if let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                if let dictionary = object as? [String: Any] {
                    expected = .success(dictionary.keys.sorted())
                } else {
                    expected = .failure(.notAnObject)
                }
            } else {
                expected = .failure(.notJSON)
            }
            #expect(JSONTopKeys.of(data).map { $0.sorted() } == expected, "\(text)")
        }
    }
}
