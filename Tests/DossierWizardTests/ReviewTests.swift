import Testing
import DossierCore
@testable import DossierWizard

@Suite struct ReviewTests {
    /// An ordinary dossier with the INPE left empty and the stamp not ticked.
    static func incomplete() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.fill("Dr Alami")
        d.fill("")
        d.fill("")                       // INPE not at hand: marked, not blocking
        #expect(d.focusedPath == "practitioners[0].date")
        d.fill("10/02/2026")
        d.fill("250")
        d.press(.enter)                   // stamp left unticked
        d.press(.character("n"), .character("n"), .character("n"))
        d.press(.enter)                   // originals not ticked
        #expect(d.state.step == .review)
        return d
    }

    @Test func eachRemainingProblemIsListedWithItsField() {
        let d = Self.incomplete()
        let codes = Wizard.reviewProblems(d.state, testContext).map(\.code)
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
        let problems = Wizard.reviewProblems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "inpe.missing" }!
        d.press(.home)
        for _ in 0..<index { d.press(.down) }
        d.press(.enter)
        #expect(d.state.step == .practitioners)
        #expect(d.state.entry == 0)
        #expect(d.focusedPath == "practitioners[0].inpe")
        d.fill("12345")
        #expect(d.state.dossier.practitioners[0].inpe == "12345")
    }

    @Test func aMissingOriginalJumpsToItsLineOfTheChecklist() {
        var d = Self.incomplete()
        let problems = Wizard.reviewProblems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "original.missing.doctorInvoice" }!
        for _ in 0..<index { d.press(.down) }
        d.press(.enter)
        #expect(d.state.step == .originals)
        d.press(.character(" "))
        #expect(d.state.dossier.originals.doctorInvoice)
    }

    @Test func problemPathsMapToTheirScreens() {
        #expect(ProblemLocation.locate("student.birthDate", sheet: .ordinary) == ProblemLocation(step: .eligibility, field: "student.birthDate"))
        #expect(ProblemLocation.locate("student.cnie", sheet: .ordinary).step == .student)
        #expect(ProblemLocation.locate("chronicDisease", sheet: .chronic).step == .careSheet)
        #expect(ProblemLocation.locate("labs[2].inpe", sheet: .ordinary) == ProblemLocation(step: .labs, entry: 2, field: "labs[2].inpe"))
        #expect(ProblemLocation.locate("practitioners", sheet: .dental).step == .dentists)
        #expect(ProblemLocation.locate("lastMailingDay", sheet: .ordinary).step == .treatment)
        #expect(ProblemLocation.locate("eligibility.enrolled", sheet: .ordinary).field == "eligibility.enrolled")
    }

    @Test func savingAnIncompleteDossierAsksFirstAndSaysWhatIsMissing() {
        var d = Self.incomplete()
        d.effects = []
        d.press(.function(10))
        #expect(d.effects.isEmpty)
        let count = Wizard.reviewProblems(d.state, testContext).count
        #expect(d.state.overlay == .saveIncomplete(problemCount: count))
        let screen = d.screen()
        #expect(screen.contains("Il reste \(count) point(s) à corriger"))
        #expect(screen.contains("INPE obligatoire"))
        d.press(.character("n"))
        #expect(d.effects.isEmpty && d.state.overlay == nil)
        d.press(.control("s"), .character("o"))
        #expect(d.effects == [.saveDossier])
    }

    @Test func urgencyIsInWordsAndColour() {
        #expect(Wizard.deadlineWords(41, .fr) == ("41 jours restants", .success))
        #expect(Wizard.deadlineWords(12, .fr) == ("12 jours restants", .warning))
        #expect(Wizard.deadlineWords(1, .fr).0 == "1 jour restant")
        #expect(Wizard.deadlineWords(5, .fr) == ("5 jours restants", .warning))
        #expect(Wizard.deadlineWords(0, .fr).1 == .error)
        #expect(Wizard.deadlineWords(-3, .fr) == ("en retard de 3 jours", .error))
        #expect(Wizard.deadlineWords(-3, .en).0 == "3 days late")
        #expect(Wizard.deadlineWords(12, .ar).0.contains("12"))
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
