import DossierCore
import Foundation
@testable import DossierWizard
#if canImport(Glibc)
import Glibc
#endif

/// Answers given as an array of lines, as a here-document would give them;
/// everything written is kept as the transcript.
final class ScriptedConsole: PlainConsole {
    var lines: [String]
    var transcript = ""
    /// Answers by question (a field's JSON path, `entries.practitioners`,
    /// `originals.prescription`, `review`, `resume`), each used once, before
    /// the lines in order: a script that names its questions survives a
    /// new field, which it answers with Enter.
    var answers: [String: [String]]
    /// Questions asked, in order.
    var asked: [String] = []
    /// Called with each question before it is answered: a test looks at
    /// what is on disk between two answers.
    var beforeEachRead: ((String) -> Void)?
    /// With answers by question: the line for a question without one.
    let fallback: String?
    /// The question at which the input ends once its answers are used:
    /// a script that stops half-way says where, whatever comes before it.
    var endAt: String?
    /// The input ends at `endAt` as a kiosk's idle limit ends it.
    var endsIdle = false
    var idleEnded = false

    init(_ lines: [String]) {
        self.lines = lines
        answers = [:]
        fallback = nil
        endAt = nil
    }

    init(answers: [String: [String]], fallback: String? = "", endAt: String? = nil, then lines: [String] = []) {
        self.lines = lines
        self.answers = answers
        self.fallback = fallback
        self.endAt = endAt
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func readLine(answering question: String) -> String? {
        beforeEachRead?(question)
        asked.append(question)
        // A script going round in circles ends, and its test fails, rather
        // than hang.
        if asked.count > 2_000 { return nil }
        if var queue = answers[question], !queue.isEmpty {
            let line = queue.removeFirst()
            answers[question] = queue
            return line
        }
        if question == endAt {
            idleEnded = endsIdle
            return nil
        }
        if !lines.isEmpty { return lines.removeFirst() }
        // The same question again and again with nothing left to say: the
        // input ends, rather than the test hanging.
        if asked.suffix(20).count == 20 && Set(asked.suffix(20)).count == 1 { return nil }
        return fallback
    }

    func write(_ text: String) {
        transcript += text
    }
}

/// A private folder (0700) for the drafts and dossiers of one test, removed
/// at the end (`remove()`, or when the test lets go of it).
final class PlainSandbox {
    let folder: String
    var drafts: DraftStore { DraftStore(folder: folder + "/data") }
    var store: DossierStore { DossierStore(folder: folder + "/dossiers") }

    init() {
        folder = NSTemporaryDirectory() + "amo-plain-" + UUID().uuidString
        mkdir(folder, 0o700)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    deinit { remove() }

    /// Runs the plain wizard on the fixed test day, its answers from `console`.
    func run(_ console: ScriptedConsole, language: Language = .en) -> (PlainOutcome, String, PlainWizard) {
        let store = self.store
        var wizard = PlainWizard(language: language, console: console, drafts: drafts,
                                 saveDossier: { dossier, language, now, context in
                                     try store.save(dossier, language: language, now: now, context: context)
                                 },
                                 today: { testToday }, now: { Date(timeIntervalSince1970: 1_772_350_000) },
                                 echo: true)
        let outcome = wizard.run()
        return (outcome, console.transcript, wizard)
    }

    /// Runs the plain wizard with answers by question (`ScriptedConsole`);
    /// the input ends at `endAt` once its answers are used.
    func run(answers: [String: [String]], endAt: String? = nil,
             language: Language = .en) -> (PlainOutcome, String, PlainWizard) {
        run(ScriptedConsole(answers: answers, endAt: endAt), language: language)
    }
}

/// The answers of a complete ordinary dossier on `testToday` (01/03/2026)
/// as the plain mode's console reads them (by question): the care of
/// `DossierScript.ordinary`, for Youssef, who gives only what is required
/// (no Massar code, e-mail, phone or RIB).
enum PlainScript {
    static let yes: [Language: String] = [.fr: "oui", .ar: "نعم", .en: "yes"]
    static let no: [Language: String] = [.fr: "non", .ar: "لا", .en: "no"]

    static let ordinary: DossierScript = {
        var script = DossierScript.ordinary
        for id in DossierScript.salma.keys { script.answers[id] = nil }
        script.answers.merge(["student.fullName": "Youssef Amrani", "student.cnie": "JB45678",
                              "student.address": "3, derb Sidi Bouloukat, Marrakech",
                              "student.institution": "Université Cadi Ayyad"]) { $1 }
        return script
    }()

    /// A script's answers as a person typing in `language` gives them: yes
    /// and no in its words.
    static func answers(_ language: Language = .en, _ script: DossierScript = ordinary) -> [String: [String]] {
        script.plain.mapValues { queue in
            queue.map { $0 == "o" ? yes[language]! : $0 == "n" ? no[language]! : $0 }
        }
    }
}
