import Testing
import DossierCore
@testable import DossierWizard

@Suite struct ReviewTests {
    /// An ordinary dossier with the INPE left empty and the stamp not ticked.
    static func incomplete() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        // INPE not at hand: marked, not blocking; the stamp left unticked.
        d.answer(["practitioners[0].name": "Dr Alami", "practitioners[0].date": "10/02/2026",
                  "practitioners[0].fee": "250"])
        #expect(d.state.entry == nil)
        DossierScript(answers: [:]).drive(&d)   // no other care, originals not ticked
        #expect(d.state.step == .review)
        return d
    }

    @Test func eachRemainingProblemIsListedWithItsField() {
        let d = Self.incomplete()
        let codes = ReviewScreen.problems(d.state, testContext).map(\.code)
        #expect(codes.contains("inpe.missing"))
        #expect(codes.contains("stamp.missing"))
        #expect(codes.contains("original.missing.doctorInvoice"))
        let screen = Wizard.view(d.state, width: 80, height: 60, context: testContext).text
        #expect(screen.contains("Médecin 1 — Code INPE du médecin : INPE obligatoire"))
        #expect(screen.contains("Total des frais : 250,00 DH"))
        #expect(screen.contains("Dernier jour d'envoi : 11/04/2026 — 41 jours restants"))
        #expect(screen.contains("À corriger (\(codes.count))"))
    }

    @Test func enterOnAProblemJumpsToItsField() {
        var d = Self.incomplete()
        let problems = ReviewScreen.problems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "inpe.missing" }!
        d.intend(.selectRow(index))
        d.press(.enter)
        #expect(d.state.step == .care(.practitioners))
        #expect(d.state.entry == 0)
        #expect(d.focusedPath == "practitioners[0].inpe")
        d.fill("12345")
        #expect(d.state.dossier.practitioners[0].inpe == "12345")
    }

    @Test func aMissingOriginalJumpsToItsLineOfTheChecklist() {
        var d = Self.incomplete()
        let problems = ReviewScreen.problems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "original.missing.doctorInvoice" }!
        d.intend(.selectRow(index))
        d.press(.enter)
        #expect(d.state.step == .originals)
        #expect(RequiredOriginals.documents(for: d.state.dossier)[d.state.list(.originals).selected] == .doctorInvoice)
        d.press(.character(" "))
        #expect(d.state.dossier.originals.doctorInvoice)
    }

    @Test func problemPathsMapToTheirScreens() {
        func locate(_ path: String, _ sheet: CareSheetKind) -> Navigation.Location {
            var dossier = Dossier()
            dossier.sheet = sheet
            return Navigation.locate(path, dossier, testContext.rules(for: dossier))
        }
        #expect(locate("student.birthDate", .ordinary) == Navigation.Location(step: .eligibility, field: "student.birthDate"))
        #expect(locate("student.cnie", .ordinary).step == .student)
        #expect(locate("chronicDisease", .chronic).step == .careSheet)
        #expect(locate("labs[2].inpe", .ordinary) == Navigation.Location(step: .care(.labs), entry: 2, field: "labs[2].inpe"))
        // "No care" on the dental sheet: where dentists are added.
        #expect(locate("dentists", .dental).step == .care(.dentists))
        // Care the sheet does not take: where the sheet is chosen.
        #expect(locate("pharmacies", .dental) == Navigation.Location(step: .careSheet, field: "sheet"))
        #expect(locate("lastMailingDay", .ordinary).step == .treatment)
        #expect(locate("eligibility.enrolled", .ordinary).field == "eligibility.enrolled")
        #expect(locate("originals.labResults", .ordinary)
                == Navigation.Location(step: .originals, field: "originals", document: .labResults))
    }

    @Test func savingAnIncompleteDossierAsksFirstAndSaysWhatIsMissing() {
        var d = Self.incomplete()
        d.effects = []
        d.press(.function(10))
        #expect(d.effects.isEmpty)
        let count = ReviewScreen.problems(d.state, testContext).count
        #expect(d.state.overlay == .saveIncomplete(problemCount: count))
        let screen = d.screen()
        #expect(screen.contains(count == 1 ? "Il reste 1 point à corriger" : "Il reste \(count) points à corriger"))
        #expect(screen.contains("INPE obligatoire"))
        d.press(.character("n"))
        #expect(d.effects.isEmpty && d.state.overlay == nil)
        d.press(.control("s"), .character("o"))
        #expect(d.effects == [.saveDossier])
    }

    @Test func urgencyIsInWordsAndColour() {
        let fr = words(.fr)
        #expect(WizardView.deadlineWords(41, fr) == ("41 jours restants", .success))
        #expect(WizardView.deadlineWords(12, fr) == ("12 jours restants", .warning))
        #expect(WizardView.deadlineWords(1, fr).0 == "1 jour restant")
        #expect(WizardView.deadlineWords(5, fr) == ("5 jours restants", .warning))
        #expect(WizardView.deadlineWords(0, fr).1 == .error)
        #expect(WizardView.deadlineWords(-3, fr) == ("en retard de 3 jours", .error))
        #expect(WizardView.deadlineWords(-3, words(.en)).0 == "3 days late")
        #expect(WizardView.deadlineWords(12, words(.ar)).0.contains("12"))
    }

    @Test func pageKeysScrollTheReview() {
        var d = Self.incomplete()
        let top = Wizard.view(d.state, width: 40, height: 12, context: testContext).text
        d.press(.home)
        let first = Wizard.view(d.state, width: 40, height: 12, context: testContext).text
        #expect(first.contains("Étudiant(e)"))
        d.press(.pageDown)
        let second = Wizard.view(d.state, width: 40, height: 12, context: testContext).text
        #expect(second != first)
        #expect(!top.isEmpty)
    }
}
