import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Opticians came as a care kind of the registry: their screen, their form
/// and their plain questions come from it, on the sheets the edition gives
/// them (the ordinary one), and are skipped on the others.
@Suite struct OpticianScreenTests {
    func lines(_ transcript: String) -> [String] { transcript.components(separatedBy: "\n") }

    @Test func glassesAreAskedAfterTheLabsOnTheOrdinarySheet() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("n"), .character("n"), .character("n"))
        #expect(d.state.step == .care(.opticians))
        let list = d.screen()
        #expect(list.contains("Opticiens") && list.contains("Étape 9 sur 12"))
        d.press(.character("a"))
        #expect(d.focusedPath == "opticians[0].name")
        d.fill("Optique Atlas")
        #expect(d.focusedPath == "opticians[0].inpe")
        d.press(.enter)                      // left empty: a warning, the focus goes on
        #expect(d.focusedPath == "opticians[0].ice")
        #expect(d.state.errors["opticians[0].inpe"]?.code == "inpe.missingOptician")
        d.fill(validICE("0024681357000"))
        d.fill("12/02/2026")
        d.fill("900")
        d.press(.character("o"), .enter)
        #expect(d.state.entry == nil)
        #expect(d.state.dossier.opticians.map(\.name) == ["Optique Atlas"])
        #expect(d.screen().contains("1. Optique Atlas · 12/02/2026 · 900,00 DH"))
        d.press(.character("n"))
        #expect(d.state.step == .originals)
        #expect(RequiredOriginals.documents(for: d.state.dossier) == [.prescription, .opticianInvoice])
        #expect(d.screen(80, 40).contains("[ ] La facture originale de l'opticien : à votre nom, datée, numérotée"))
    }

    @Test func otherSheetsSkipTheOpticiansScreen() {
        let rules = testContext.rules(for: Dossier())
        for sheet in [CareSheetKind.chronic, .dental] {
            var dossier = Dossier()
            dossier.sheet = sheet
            #expect(!Step.care(.opticians).applies(to: dossier, rules: rules))
        }
        var d = WizardDriver()
        FullDossierTests.throughEligibility(&d)
        d.answer(["sheet": "2", "chronicDisease": "9", "chronicExemptionNumber": ""])
        FullDossierTests.student(&d)
        d.answer(["treatment.firstActDate": "15/02/2026"])
        d.press(.character("n"), .character("n"), .character("n"))
        #expect(d.state.step == .originals, "labs, then the originals on the ALD sheet")
    }

    @Test func thePlainModeAsksForGlassesOnTheOrdinarySheetOnly() {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["entries.opticians"] = ["y", "n"]
        answers["opticians[0].name"] = ["Optique Atlas"]
        answers["opticians[0].ice"] = [validICE("0024681357000")]
        answers["opticians[0].date"] = ["11/02/2026"]
        answers["opticians[0].amount"] = ["900"]
        answers["opticians[0].stampedAndSigned"] = ["y"]
        answers["originals.opticianInvoice"] = ["y"]
        let (outcome, transcript, _) = sandbox.run(answers: answers)
        guard case .saved(let paths) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        #expect(lines(transcript).contains("Add an optician's purchase (glasses)? (y/n): y"))
        #expect(transcript.contains("Optician 1"))
        let dossier = try? sandbox.store.load(path: paths.jsonPath)
        #expect(dossier?.opticians.map(\.amount) == [Money(centimes: 90_000)])
        #expect(dossier?.opticians.first?.inpe == "")

        let dental = PlainSandbox()
        defer { dental.remove() }
        var dentalAnswers = PlainScript.answers()
        dentalAnswers["sheet"] = ["3"]
        let (_, dentalTranscript, _) = dental.run(answers: dentalAnswers, endAt: "entries.dentists")
        #expect(!dentalTranscript.contains(" — " + words(.en)(Step.care(.opticians).titleKey)))
    }
}
