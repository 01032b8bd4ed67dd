import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The disease belongs to the ALD (chronic) sheet: a student who chose it,
/// picked a disease, then went back for another sheet must not mail an
/// ordinary dossier that still names a chronic disease (health data with
/// no reason to be there). Both front-ends go through the same rule.
@Suite struct SheetChangeTests {
    @Test func leavingTheChronicSheetDropsTheDiseaseAndCtrlZBringsItBack() {
        var d = WizardDriver()
        FullDossierTests.throughEligibility(&d)
        d.answer(["sheet": "2", "chronicDisease": "9"])
        #expect(d.state.step == .student)
        #expect(d.state.dossier.chronicDisease == 9)
        d.press(.escape)
        #expect(d.state.step == .careSheet)
        d.focus("sheet")
        d.type("1")                      // the ordinary sheet
        d.answer([:])                    // and the screen is left
        #expect(d.state.step == .student)
        #expect(d.state.dossier.sheet == .ordinary)
        #expect(d.state.dossier.chronicDisease == nil)
        d.press(.control("z"))
        #expect(d.state.dossier.chronicDisease == 9)
    }

    @Test func theExemptionNumberGoesWithTheChronicSheet() {
        var d = WizardDriver()
        FullDossierTests.throughEligibility(&d)
        d.answer(["sheet": "2", "chronicDisease": "9", "chronicExemptionNumber": "ALD-2025-88412"])
        #expect(d.state.dossier.chronicExemptionNumber == "ALD-2025-88412")
        d.press(.escape)
        d.focus("sheet")
        d.type("1")
        d.answer([:])
        #expect(d.state.step == .student)
        #expect(d.state.dossier.chronicExemptionNumber == nil)
        #expect(d.state.texts["chronicExemptionNumber"] == nil, "nor its text, which would come back with the sheet")
        d.press(.control("z"))
        #expect(d.state.dossier.chronicExemptionNumber == "ALD-2025-88412")
    }

    @Test func thePlainModeDropsTheDiseaseToo() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        // Chronic and a disease (no exemption number); back from the
        // student's first question through the exemption number and the
        // disease to the sheet, the ordinary sheet, then on.
        let firstStudentQuestion = try #require(FieldRegistry.fields(on: .student).first?.id)
        var answers = PlainScript.answers()
        answers["sheet"] = ["2", "1"]
        answers["chronicDisease"] = ["9", "<"]
        answers["chronicExemptionNumber"] = ["", "<"]
        answers[firstStudentQuestion] = ["<", answers[firstStudentQuestion]?.first ?? ""]
        let next = try #require(FieldRegistry.fields(on: .student).dropFirst().first?.id)
        answers[next] = []
        let console = ScriptedConsole(answers: answers, endAt: next)
        let (_, transcript, wizard) = sandbox.run(console)
        #expect(console.asked.contains("chronicDisease"))
        #expect(wizard.state.dossier.sheet == .ordinary, "\(transcript)")
        #expect(wizard.state.dossier.chronicDisease == nil)
        #expect(sandbox.drafts.load()?.dossier.chronicDisease == nil)
        #expect(console.asked.contains("chronicExemptionNumber"))
    }
}
