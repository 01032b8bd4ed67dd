import Foundation
import Testing
@testable import DossierCore

/// Issue 10, "what reaches a terminal is safe": values read from a file
/// or typed are shown as what they are, never obeyed by the terminal; a
/// file whose keys repeat is not read at all.
@Suite("Terminal safety: values shown visibly, long ones cut, duplicate keys refused")
struct TerminalSafetyTests {
    static let context = DossierContext.builtIn(today: StoreFixtures.today)
    /// What a terminal would obey: C0, DEL, C1, the separators, bidi controls.
    static func obeyed(_ text: String, keepingNewlines: Bool = true) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { TerminalText.steers($0) && !(keepingNewlines && $0 == "\n") }
    }

    @Test("escape sequences, C1 controls and bidi overrides are written out; plain text is untouched")
    func visible() {
        #expect(TerminalText.visible("Amina \u{1B}]0;pwned\u{07}") == "Amina \\u{1B}]0;pwned\\u{7}")
        #expect(TerminalText.visible("a\u{9B}2Jb\u{7F}") == "a\\u{9B}2Jb\\u{7F}")
        #expect(TerminalText.visible("Salma \u{202E}ilanaB\u{2066}") == "Salma \\u{202E}ilanaB\\u{2066}")
        #expect(TerminalText.visible("x\u{2028}y") == "x\\u{2028}y")
        for fine in ["سلمى\u{200F} بن علي", "Zoe\u{301}", "Pharmacie 🙂", ""] {
            #expect(TerminalText.visible(fine) == fine)
        }
    }

    @Test("a long value is cut with an ellipsis, and reading a huge one stops early")
    func cut() {
        #expect(TerminalText.visible("abcdef", limit: 4) == "abc…")
        #expect(TerminalText.visible("abcd", limit: 4) == "abcd")
        let huge = String(repeating: "\u{1B}", count: 1_000_000)
        let shown = TerminalText.visible(huge, limit: 10)
        #expect(shown.count == 10 && shown.hasSuffix("…") && Self.obeyed(shown).isEmpty)
    }

    @Test("a bidi override in a name is a problem of the dossier, with its own code")
    func bidiInName() {
        var d = StoreFixtures.complete()
        d.student.fullName = "Amina \u{202E}issirdI lE"
        #expect(DossierValidator.problems(in: d, today: StoreFixtures.today) == [Problem(code: "text.bidiControl",
                                                                                         path: "student.fullName")])
        for language in Language.allCases {
            #expect(!tr("problem.text.bidiControl", language).hasPrefix("problem."))
        }
    }

    @Test("list: a name that would retitle the terminal and a CNIE that would erase lines are shown, not obeyed")
    func listShowsValues() {
        var d = StoreFixtures.complete()
        d.student.fullName = "Amina \u{1B}]0;pwned\u{07}\u{202E}ilanaB"
        d.student.cnie = "AB12\u{1B}[2K"
        let text = DossierListReport(listings: [DossierListing(path: "/x/a.json", result: .success(d))],
                                     context: Self.context).text(.en, folder: "/x")
        #expect(Self.obeyed(text).isEmpty, "\(text.debugDescription)")
        #expect(text.contains("Amina \\u{1B}]0;pwned\\u{7}\\u{202E}ilanaB"))
        #expect(text.contains("\\u{1B}[2K"))
    }

    @Test("check: a Massar value with escape sequences does not erase the problem lines; the file name is shown too")
    func checkShowsValues() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        var d = StoreFixtures.complete()
        d.student.massar = "\u{1B}[1A\u{1B}[2K" + String(repeating: "9", count: 500)
        let saved = try DossierStore(folder: folder).save(d, language: .fr, now: StoreFixtures.now, context: Self.context)
        let hostile = folder + "/\u{1B}[2J.json"
        try FileManager.default.copyItem(atPath: saved.jsonPath, toPath: hostile)
        let report = CheckReport(files: [saved.jsonPath, hostile], context: Self.context)
        let text = report.text(.en)
        #expect(Self.obeyed(text).isEmpty, "\(text.debugDescription)")
        #expect(text.contains("\\u{1B}[1A\\u{1B}[2K"))
        #expect(text.contains(folder + "/\\u{1B}[2J.json"))
        // The value in the message is cut: one problem line stays one short line.
        let line = try #require(text.split(separator: "\n").first { $0.contains("\\u{1B}[1A") })
        #expect(line.contains("…") && line.count < 400, "\(line)")
    }

    /// Issue 10, left over: JSONEncoder escapes C0 controls only, so a name
    /// holding U+202E reached the terminal raw through `check --json`.
    @Test("check --json: bidi overrides, C1 controls and DEL are written \\uXXXX; the JSON reads back the same")
    func checkJSONEscapesSteering() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        var d = StoreFixtures.complete()
        let name = "Amina \u{202E}ilanaB\u{2066} \u{9B}2J\u{7F}\u{2028}x"
        d.student.fullName = name
        let saved = try DossierStore(folder: folder).save(d, language: .fr, now: StoreFixtures.now, context: Self.context)
        let hostile = folder + "/\u{202E}nosj\u{9B}2J\u{7F}\u{2066}.json"
        try FileManager.default.copyItem(atPath: saved.jsonPath, toPath: hostile)
        let json = CheckReport(files: [hostile], context: Self.context).json(.en)
        #expect(Self.obeyed(json).isEmpty, "\(json.debugDescription)")
        #expect(json.contains("\\u202E") && json.contains("\\u009B") && json.contains("\\u007F") && json.contains("\\u2066"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.first?["file"] as? String == hostile, "a JSON reader gets the same characters back")
        let messages = (parsed.first?["problems"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.allSatisfy { Self.obeyed($0).isEmpty })
    }

    @Test("an unreadable file's name and place are shown, not obeyed")
    func loadErrorShowsValues() {
        let error = DossierLoadError(file: "/x/\u{1B}]0;t\u{07}.json", place: "student.\u{202E}x", reason: .wrongType)
        for language in Language.allCases {
            #expect(Self.obeyed(error.message(language)).isEmpty)
        }
    }

    @Test("every error message shows the typed or found value written out, cut when long")
    func errorMessages() {
        let hostile = "/x/\u{1B}]0;t\u{07}" + String(repeating: "y", count: 5000)
        let messages = Language.allCases.flatMap { language in [
            CommandLineValue.date(hostile, option: "--first-act").failure!.message(language),
            PrivateFiles.WriteError.cannotWrite(path: hostile, errno: EACCES).message(language),
            EditionError(file: hostile, place: "sheets[\u{202E}]", reason: "edition.invalidValue").message(language),
            UnsafeDataFolder(path: hostile, reason: .link).message(language),
            ForgetReport.plan([DossierEraser.Target(folder: "/x", name: "\u{1B}[2J.json", kind: .dossier)], language),
        ] }
        for message in messages {
            #expect(Self.obeyed(message).isEmpty, "\(message.debugDescription)")
            #expect(message.count < 1000, "\(message.prefix(80))")
        }
    }

    static func dossierJSON(_ edit: (inout String) -> Void = { _ in }) throws -> Data {
        var text = String(decoding: try DossierJSON.encoder().encode(StoreFixtures.complete()), as: UTF8.self)
        edit(&text)
        return Data(text.utf8)
    }

    @Test("a key written twice is unreadable, naming the key, however the second one is spelled")
    func duplicateKey() throws {
        for second in ["\"cnie\" : \"ZZ999999\",", "\"\\u0063nie\": \"ZZ999999\","] {
            let data = try Self.dossierJSON { $0 = $0.replacingOccurrences(of: "\"cnie\" :", with: second + " \"cnie\" :") }
            #expect(data.count > 100)
            let result = DossierLoadError.decode(data, file: "f.json")
            #expect(result.failure == DossierLoadError(file: "f.json", place: "student.cnie", reason: .duplicateKey))
            #expect(result.failure?.message(.en) == "f.json, at student.cnie: key written twice in the same object "
                    + "(each program might take a different value); the file was not changed")
        }
        let inEntry = try Self.dossierJSON { $0 = $0.replacingOccurrences(of: "\"inpe\" :", with: "\"inpe\" : \"1\", \"inpe\" :") }
        #expect(DossierLoadError.decode(inEntry, file: "f.json").failure?.place == "labs[0].inpe")
        // The same key in two objects, and a key inside a string, are fine.
        #expect((try? DossierLoadError.decode(try Self.dossierJSON(), file: "f.json").get()) != nil)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
