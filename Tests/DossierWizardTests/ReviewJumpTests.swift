import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Each problem of the Review leads to the field that fixes it, wherever it
/// is asked (a dossier field, a field of one entry, an original of the
/// checklist), and accepting the fixed field comes straight back to the
/// Review: a student fixing three things does not walk the dossier three
/// times. Both front-ends.
@Suite struct ReviewJumpTests {
    /// Salma's ordinary dossier with three gaps: her address, the doctor's
    /// INPE and the prescription in the envelope.
    static let gaps: DossierScript = {
        var script = DossierScript.ordinary
        script.answers["student.address"] = nil
        script.answers["practitioners[0].inpe"] = nil
        script.originals.remove(.prescription)
        return script
    }()

    /// The problem's path, and how the fix is typed: a text, or Space on
    /// the checklist.
    static let fixes: [(path: String, text: String?)] = [
        ("student.address", "12, rue Ibn Sina, Kénitra"),
        ("practitioners[0].inpe", "123456789"),
        ("originals.prescription", nil),
    ]

    @Test func eachProblemLeadsToItsFieldAndTheFixReturnsToTheReview() throws {
        var d = WizardDriver()
        Self.gaps.drive(&d)
        for (path, text) in Self.fixes {
            #expect(d.state.step == .review)
            let row = try #require(ReviewScreen.problems(d.state, testContext).firstIndex { $0.path == path },
                                   "no problem at \(path)")
            d.intend(.selectRow(row))
            d.press(.enter)
            if let text {
                #expect(d.focusedPath == path)
                d.type(text)
            } else {
                #expect(d.focusedPath == "originals")
                let documents = RequiredOriginals.documents(for: d.state.dossier)
                #expect("originals." + documents[d.state.list(.originals).selected].rawValue == path)
                d.press(.character(" "))
            }
            d.press(.enter)
            #expect(d.state.step == .review, "after fixing \(path)")
            #expect(!ReviewScreen.problems(d.state, testContext).contains { $0.path == path })
        }
        #expect(ReviewScreen.problems(d.state, testContext).isEmpty)
    }

    @Test func thePlainModeAsksTheReviewRightAfterEachFix() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        let en = words(.en)
        var answers = PlainScript.answers(.en, Self.gaps)
        for (path, text) in Self.fixes {
            answers[path] = (answers[path] ?? [""]) + [text ?? "yes"]
        }
        let console = ScriptedConsole(answers: answers)
        // At the Review, the number of the next problem to fix, read from
        // the list the plain mode has just said; "yes" (save) at the end.
        var fixed = 0
        console.beforeEachRead = { [unowned console] question in
            guard question == "review" else { return }
            guard fixed < Self.fixes.count else {
                console.answers["review"] = ["yes"]
                return
            }
            let path = Self.fixes[fixed].path
            let listed = console.transcript.components(separatedBy: "\n")
            var said = WizardDriver()
            Self.gaps.drive(&said)
            let texts = ReviewScreen.problems(said.state, testContext).filter { $0.path == path }
                .map { ReviewScreen.problemText($0, en) }
            let number = listed.last { line in texts.contains { line.hasSuffix(". " + $0) } }?
                .prefix { $0 != "." }
            console.answers["review"] = [number.map(String.init) ?? "?"]
            fixed += 1
        }
        let (outcome, transcript, _) = sandbox.run(console)
        guard case .saved(let saved) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        for (path, _) in Self.fixes {
            let fixedAt = try #require(console.asked.lastIndex(of: path), "\(path) was never asked again")
            #expect(console.asked.dropFirst(fixedAt + 1).first == "review",
                    "after fixing \(path) the plain mode asked \(console.asked.dropFirst(fixedAt + 1).prefix(3))")
        }
        let dossier = try sandbox.store.load(path: saved.jsonPath)
        #expect(dossier.student.address == "12, rue Ibn Sina, Kénitra")
        #expect(dossier.practitioners.first?.inpe == "123456789")
        #expect(dossier.originals.prescription)
    }
}

/// A problem about a whole screen (no care yet): once it is dealt with,
/// going on leads back to the Review, not through every later screen, in
/// both front-ends (issue 13).
@Suite struct ReviewScreenReturnTests {
    @Test func noCareYetAddADoctorThenBackToTheReview() throws {
        var d = ScreenTests.at(.review)
        for kind in CareKind.allCases {
            while d.state.dossier.entryCount(kind) > 0 { d.state.dossier.removeEntry(kind, at: 0) }
        }
        Navigation.enter(.review, &d.state, d.context)
        let problems = ReviewScreen.problems(d.state, d.context)
        let index = try #require(problems.firstIndex { $0.code == "care.none" })
        d.intend(.jumpToProblem(index))
        #expect(d.state.step == .care(.practitioners))
        d.type("a")
        d.type("Dr Amrani")
        d.press(.escape)
        #expect(d.state.entry == nil)
        d.type("n")
        #expect(d.state.step == .review, "back to the Review, not to the pharmacies")
        // Reached the ordinary way, the list goes on to the next screen.
        Navigation.enter(.care(.practitioners), &d.state, d.context)
        d.type("n")
        #expect(d.state.step != .review)
    }
}
