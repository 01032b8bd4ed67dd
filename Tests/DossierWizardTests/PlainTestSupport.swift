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
    /// With answers by question: the line for a question without one.
    let fallback: String?

    init(_ lines: [String]) {
        self.lines = lines
        answers = [:]
        fallback = nil
    }

    init(answers: [String: [String]], fallback: String? = "", then lines: [String] = []) {
        self.lines = lines
        self.answers = answers
        self.fallback = fallback
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func readLine(answering question: String) -> String? {
        asked.append(question)
        if var queue = answers[question], !queue.isEmpty {
            let line = queue.removeFirst()
            answers[question] = queue
            return line
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
/// at the end.
struct PlainSandbox {
    let folder: String
    var drafts: DraftStore { DraftStore(folder: folder + "/data") }
    var store: DossierStore { DossierStore(folder: folder + "/dossiers") }

    init() {
        folder = NSTemporaryDirectory() + "amo-plain-" + UUID().uuidString
        mkdir(folder, 0o700)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs the plain wizard on `lines`, on the fixed test day.
    func run(_ lines: [String], language: Language = .en) -> (PlainOutcome, String, PlainWizard) {
        let console = ScriptedConsole(lines)
        let store = self.store
        var wizard = PlainWizard(language: language, console: console, drafts: drafts,
                                 saveDossier: { dossier, language, now in
                                     return try store.save(dossier, language: language, now: now)
                                 },
                                 today: { testToday }, now: { Date(timeIntervalSince1970: 1_772_350_000) },
                                 echo: true)
        let outcome = wizard.run()
        return (outcome, console.transcript, wizard)
    }
}

/// The answers of a complete ordinary dossier on `testToday` (01/03/2026):
/// one doctor and one pharmacy, both originals in the envelope.
enum PlainScript {
    static let yes: [Language: String] = [.fr: "oui", .ar: "نعم", .en: "yes"]
    static let no: [Language: String] = [.fr: "non", .ar: "لا", .en: "no"]

    static func eligibility(_ lang: Language) -> [String] {
        [yes[lang]!, no[lang]!, "14/03/2004", ""]
    }

    static func student(name: String = "Youssef Amrani") -> [String] {
        [name, "JB45678", "", "3, derb Sidi Bouloukat, Marrakech", "Université Cadi Ayyad", "", "", ""]
    }

    static func ordinary(_ lang: Language, firstAct: String = "20/02/2026", name: String = "Youssef Amrani") -> [String] {
        let y = yes[lang]!, n = no[lang]!
        return eligibility(lang) + ["1"] + student(name: name) + [firstAct, ""]
            + [y, "Dr Nadia Fassi", "ORL", "204518", firstAct, "250", y, n]
            + [y, "Pharmacie Menara", firstAct, "89,60", y, n]
            + [n]
            + [y, y]
            + [y]
    }
}
