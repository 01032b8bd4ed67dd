import Testing
import DossierCore
@testable import DossierWizard

@Suite struct NavigationTests {
    /// A driver on the student screen of an ordinary dossier, the focus on
    /// the student's name.
    static func onStudentScreen() -> WizardDriver {
        var d = WizardDriver()
        d.startOnStudentScreen()
        #expect(d.state.step == .student)
        d.focus("student.fullName")
        return d
    }

    @Test func escapeGoesBackOneScreenAndForwardAgainLosesNothing() {
        var d = Self.onStudentScreen()
        d.fill("student.fullName", "Salma Benali")
        d.focus("student.cnie")
        d.type("AB12")                   // half-typed CNIE, not accepted yet
        d.press(.escape)
        #expect(d.state.step == .careSheet)
        d.press(.escape)
        #expect(d.state.step == .eligibility)
        d.press(.escape)
        #expect(d.state.step == .welcome)
        d.press(.enter)
        d.answer([:])                    // eligibility as it was
        d.answer([:])                    // the sheet as it was
        #expect(d.state.step == .student)
        #expect(d.state.dossier.student.fullName == "Salma Benali")
        #expect(d.state.texts["student.cnie"] == "AB12")
        d.focus("student.cnie")
        #expect(d.screen().contains("[AB12"))
    }

    @Test func anInvalidValueIsExplainedUnderTheFieldAndKeepsTheFocus() {
        var d = Self.onStudentScreen()
        d.fill("student.fullName", "Salma Benali")
        d.fill("student.cnie", "123")
        #expect(d.focusedPath == "student.cnie")
        #expect(d.state.errors["student.cnie"]?.code == "cnie.format")
        let screen = d.screen()
        #expect(screen.contains("CNIE : 1 ou 2 lettres puis 4 à 8 chiffres attendus"))
        #expect(d.state.texts["student.cnie"] == "123")
        // Esc is never blocked by the error.
        d.press(.escape)
        #expect(d.state.step == .careSheet)
    }

    @Test func correctingTheValueClearsTheMessageAndMovesOn() {
        var d = Self.onStudentScreen()
        d.fill("student.fullName", "Salma Benali")
        d.fill("student.cnie", "12")
        #expect(d.state.errors["student.cnie"] != nil)
        d.press(.home)
        d.type("AB11")
        #expect(d.state.errors["student.cnie"] == nil)
        d.press(.enter)
        #expect(d.focusedPath != "student.cnie")
        #expect(d.state.step == .student)
        #expect(d.state.dossier.student.cnie == "AB1112")
    }

    @Test func anEmptyRequiredFieldIsMarkedButDoesNotBlock() {
        var d = Self.onStudentScreen()
        d.focus("student.fullName")
        d.press(.enter)
        #expect(d.focusedPath != "student.fullName")
        #expect(d.state.errors["student.fullName"]?.code == "field.missing")
        #expect(d.screen().contains("Obligatoire : ce champ ne peut pas rester vide. — à compléter"))
    }

    @Test func aWrongDateIsRefusedInWords() {
        var d = WizardDriver()
        d.intend(.startNew)
        d.fill("student.birthDate", "31/02/2004")
        #expect(d.focusedPath == "student.birthDate")
        #expect(d.state.errors["student.birthDate"]?.code == "date.impossible")
        d.fill("student.birthDate", "2004-03-14")
        #expect(d.focusedPath != "student.birthDate")
        #expect(d.state.dossier.student.birthDate == CalendarDate(year: 2004, month: 3, day: 14))
    }

    @Test func iceWithFourteenDigitsSaysFifteenExpected() {
        var d = WizardDriver()
        d.state.dossier.sheet = .dental
        d.focus("treatment.firstActDate")
        d.answer(["treatment.firstActDate": "15/02/2026"])
        #expect(d.state.step == .care(.dentists))
        d.press(.character("a"))
        d.fill("dentists[0].ice", "00123456700001")
        #expect(d.focusedPath == "dentists[0].ice")
        #expect(d.screen().contains("ICE : 15 chiffres attendus, 14 saisis"))
    }

    @Test func aWrongRibKeySaysADigitIsWrongAndNeverTheKeyThatWouldPass() {
        var d = Self.onStudentScreen()
        let good = validRIB("0110000000012345678901")
        let wrongKey = good.prefix(22) + (good.hasSuffix("99") ? "98" : "99")
        d.fill("student.rib", String(wrongKey))
        #expect(d.state.errors["student.rib"]?.code == "rib.key")
        let screen = d.screen()
        #expect(screen.contains("un chiffre est faux"))
        #expect(screen.contains("chiffre par chiffre"))
        #expect(screen.contains("attestation de RIB"))
        #expect(!screen.contains("attendue"))
    }

    @Test func theSheetDecidesWhichCareScreensAppear() {
        func on(_ sheet: CareSheetKind) -> Dossier {
            var dossier = Dossier()
            dossier.sheet = sheet
            return dossier
        }
        let rules = testContext.rules(for: Dossier())
        #expect(Step.treatment.next(for: on(.dental), rules: rules) == .care(.dentists))
        #expect(Step.care(.dentists).previous(for: on(.dental), rules: rules) == .treatment)
        #expect(Step.treatment.next(for: on(.ordinary), rules: rules) == .care(.practitioners))
        #expect(Step.care(.labs).next(for: on(.chronic), rules: rules) == .originals)
        #expect(Step.care(.labs).next(for: on(.ordinary), rules: rules) == .care(.opticians))
        #expect(Step.originals.previous(for: on(.ordinary), rules: rules) == .care(.opticians))
        #expect(Step.originals.previous(for: on(.chronic), rules: rules) == .care(.labs))
        #expect(Step.care(.opticians).next(for: on(.dental), rules: rules) == .care(.dentists))
    }

    @Test func theDeadlineAppearsLiveOnTheTreatmentScreen() {
        var d = Self.onStudentScreen()
        d.answer([:])
        #expect(d.state.step == .treatment)
        #expect(d.screen().contains("La date limite d'envoi s'affichera"))
        d.type("10/02/2026")
        let screen = d.screen()
        #expect(screen.contains("Dernier jour d'envoi : 11/04/2026 — 41 jours restants"))
        #expect(screen.contains("Étape 5 sur 12 · 41 jours restants · Feuille de soins"))
        d.press(.control("u"))
        d.type("30/12/2025")
        #expect(d.screen().contains("Dernier jour d'envoi : 28/02/2026 — en retard de 1 jour"))
    }

    @Test func anIneligibleStudentIsToldWhyAndMayContinue() {
        var d = WizardDriver()
        d.intend(.startNew)
        d.focus("eligibility.otherCoverage")
        d.press(.character("o"))         // other coverage: yes
        d.focus("student.birthDate")
        d.type("01/01/1990")             // the verdict follows the birth date as it is typed
        let screen = d.screen(80, 40)
        #expect(screen.contains("Vous ne remplissez pas toutes les conditions"))
        #expect(screen.contains("Non couvert : l'AMO étudiante est réservée"))
        // The first act is not known yet: the age is judged at today, and
        // said so; being over the limit today refuses no care (it is the
        // day of care that counts), so only the other coverage is a reason.
        #expect(screen.contains("Âge aujourd'hui : 36 ans (il sera jugé à la date du premier acte)."))
        #expect(!screen.contains("premier acte ("))
        #expect(!screen.contains("36 ans le jour"))
        d.focus("eligibility.traditionalEducationFinalStage")
        d.press(.character("o"))
        #expect(!d.screen(80, 40).contains("vous avez 36 ans"))
        d.answer([:])
        #expect(d.state.step == .careSheet)
    }
}
