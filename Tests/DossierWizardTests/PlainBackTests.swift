import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: in the plain mode `<` goes back one question, also in a
/// draft resumed half-way through a screen.
@Suite struct PlainBackTests {
    @Test func aResumedDraftGoesBackOneQuestionAtATime() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.address"] = []
        _ = sandbox.run(answers: answers, endAt: "student.address")
        #expect(sandbox.drafts.load()?.focusedPath == "student.address")

        let console = ScriptedConsole(answers: ["resume": ["yes"], "student.address": ["<"], "student.massar": ["<"],
                                                "student.cnie": ["<"]],
                                      endAt: "student.fullName")
        _ = sandbox.run(console)
        #expect(Array(console.asked.prefix(5)) == ["resume", "student.address", "student.massar", "student.cnie",
                                                   "student.fullName"], "\(console.asked)")
    }
}

extension PlainBackTests {
    /// Each original is a question of its own: `<` from the Review is the
    /// last one, and from there the one before, not the screen before.
    @Test func backFromTheReviewGoesThroughTheOriginalsOneByOne() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["review"] = []
        _ = sandbox.run(answers: answers, endAt: "review")
        let draft = try #require(sandbox.drafts.load())
        #expect(draft.step == .review)
        let documents = RequiredOriginals.documents(for: draft.dossier).map { "originals." + $0.rawValue }
        #expect(documents.count >= 2)

        let console = ScriptedConsole(answers: ["resume": ["yes"], "review": ["<"],
                                                documents[documents.count - 1]: ["<"]],
                                      endAt: documents[documents.count - 2])
        _ = sandbox.run(console)
        #expect(Array(console.asked.prefix(4)) == ["resume", "review", documents[documents.count - 1],
                                                   documents[documents.count - 2]], "\(console.asked)")
    }
}
