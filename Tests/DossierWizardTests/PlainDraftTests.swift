import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The plain mode writes the draft after every answer, a refused one
/// included: a terminal that closes between two questions loses nothing
/// typed, exactly as in the full-screen wizard.
@Suite struct PlainDraftTests {
    /// One read of the console: the question, the line about to answer it
    /// (nil when the input ends) and the draft on disk at that moment.
    struct Read {
        let question: String
        let line: String?
        let draft: WizardState?
    }

    @Test func theDraftHoldsEachAnswerBeforeTheNextQuestion() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.cnie"] = ["12", "JB45678"]      // the first is refused
        answers["student.birthDate"] = ["31/02/2004", "14/03/2004"]
        answers["student.address"] = []
        let console = ScriptedConsole(answers: answers, endAt: "student.address")
        var reads: [Read] = []
        console.beforeEachRead = { [unowned console] question in
            let queued = console.answers[question]?.first
            let line = queued ?? (question == console.endAt ? nil : console.fallback)
            reads.append(Read(question: question, line: line, draft: sandbox.drafts.load()))
        }
        _ = sandbox.run(console)
        var checked: [String] = []
        for (k, read) in reads.enumerated().dropLast() {
            guard let line = read.line?.trimmingCharacters(in: .whitespaces), !line.isEmpty,
                  let (field, _) = FieldRegistry.field(atPath: read.question), field.kind.isTyped else { continue }
            // Answer k is on disk when question k + 1 is asked.
            #expect(reads[k + 1].draft?.texts[read.question] == line,
                    "after “\(line)” for \(read.question) the draft holds \(reads[k + 1].draft?.texts[read.question] ?? "nothing")")
            checked.append(line)
        }
        #expect(checked.contains("12") && checked.contains("31/02/2004"), "the refused answers were checked: \(checked)")
        #expect(checked.contains("JB45678") && checked.contains("Youssef Amrani"))
    }
}
