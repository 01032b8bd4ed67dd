import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// What a newcomer saw differ between the two front-ends, or could not
/// read at 40×12: each says the same thing once, in words that fit it.
@Suite struct FrontEndWordsTests {
    /// Not covered (other coverage): the way on is said once in the plain
    /// mode, without the full-screen's key name.
    @Test func thePlainVerdictSaysTheWayOnOnce() {
        let en = words(.en)
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["eligibility.otherCoverage"] = ["yes"]
        let (_, transcript, _) = sandbox.run(answers: answers, endAt: "sheet")
        #expect(transcript.components(separatedBy: en("plain.eligibility.continue")).count == 2, "\(transcript)")
        #expect(!transcript.contains(en("wizard.eligibility.continueAnyway")))
    }

    /// A doctor whose stamp is missing is "to complete" in the plain list,
    /// as it is in the full-screen list.
    @Test func anEntryToCompleteIsMarkedInBothLists() {
        let en = words(.en)
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["practitioners[0].stampedAndSigned"] = ["no"]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "entries.pharmacies")
        let mark = en("wizard.entries.incomplete")
        let listed = transcript.split(separator: "\n").first { $0.hasPrefix("1. Dr Karim Alami") }
        #expect(listed?.hasSuffix(mark) == true, "\(listed ?? "")")
        var d = WizardDriver(WizardState(dossier: wizard.state.dossier, language: .en, step: .care(.practitioners)))
        d.state.setList(.entries(.practitioners), ListState(selected: 1))
        #expect(d.screen().contains(mark))
    }

    /// At 40×12 a verdict longer than the window is read with PgDn, and
    /// any other key brings the question back into view.
    @Test func pageDownReadsAVerdictLongerThanTheWindow() {
        var d = WizardDriver()
        d.send(.resize(width: 40, height: 12))
        d.intend(.startNew)
        d.fill("eligibility.otherCoverage", "o")
        d.focus("eligibility.traditionalEducationFinalStage")
        let way = words(.fr)("wizard.eligibility.continueAnyway")
        let tail = String(way.suffix(12))
        #expect(!PolishTests.flat(d.screen(40, 12)).contains(tail))
        for _ in 0..<4 { d.press(.pageDown) }
        #expect(PolishTests.flat(d.screen(40, 12)).contains(tail))
        d.press(.down)
        #expect(d.screen(40, 12).contains("›"), "the focus is in view again")
    }
}
