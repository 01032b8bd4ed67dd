import Testing
import DossierCore
@testable import DossierWizard

/// Every screen drawn at 80×24 and at the smallest size, 40×12, read as text.
@Suite struct ScreenTests {
    static func at(_ step: Step) -> WizardDriver {
        var d = WizardDriver()
        switch step {
        case .welcome:
            return d
        case .eligibility:
            d.press(.enter)
        case .careSheet:
            FullDossierTests.throughEligibility(&d)
        case .student:
            d = NavigationTests.onStudentScreen()
        case .treatment:
            d = NavigationTests.onStudentScreen()
            d.answer([:])
        case .care(.practitioners):
            d = EntryListTests.onPractitioners()
            EntryListTests.addDoctor(&d, "Dr Karim Alami")
        case .care(.pharmacies), .care(.labs), .care(.opticians):
            d = EntryListTests.onPractitioners()
            d.press(.character("n"))
            if step != .care(.pharmacies) { d.press(.character("n")) }
            if step == .care(.opticians) { d.press(.character("n")) }
        case .care(.dentists):
            FullDossierTests.throughEligibility(&d)
            d.answer(["sheet": "3"])
            FullDossierTests.student(&d)
            d.answer(["treatment.firstActDate": "15/02/2026"])
        case .originals:
            d = EntryListTests.onPractitioners()
            EntryListTests.addDoctor(&d, "Dr Karim Alami")
            d.press(.character("n"), .character("n"), .character("n"), .character("n"))
        case .review:
            d = ReviewTests.incomplete()
        case .done:
            FullDossierTests.ordinaryKeys(&d)
            d.press(.function(10))
            d.receive(.dossierSaved(SavedDossier(jsonPath: "/d/AB123456-20260301-101500.json",
                                               summaryPath: "/d/AB123456-20260301-101500.txt")))
        }
        #expect(d.state.step == step)
        return d
    }

    /// The smallest terminal, for keys whose effect depends on what is on screen.
    static let small = WizardContext(today: testToday, screenWidth: 40, screenHeight: 12)

    /// What each screen must show at both sizes (short enough for 40 columns).
    static let expected: [Step: [String]] = [
        .welcome: ["Bienvenue", "> Commencer"],
        .eligibility: ["Droit à l'AMO", "› Inscrit(e)", "(x) Oui (1)"],
        .careSheet: ["Feuille de soins", "(x) 1. Feuille de soins"],
        .student: ["Étudiant(e)", "› Nom et prénom *", "["],
        .treatment: ["Traitement", "› Date du premier acte"],
        .care(.practitioners): ["Médecins", "1. Dr Karim Alami", "+ Ajouter (a)"],
        .care(.pharmacies): ["Pharmacies", "→ Continuer (n)"],
        .care(.labs): ["Analyses et imagerie", "→ Continuer (n)"],
        .care(.opticians): ["Opticiens", "→ Continuer (n)"],
        .care(.dentists): ["Dentistes", "→ Continuer (n)"],
        .originals: ["Originaux à joindre", "[ ] La facture"],
        .review: ["Vérification"],
        .done: ["Dossier prêt", "Rabat"],
    ]

    /// "Étape 6 sur 12": the counter of the state's screen among its sheet's.
    static func counter(_ state: WizardState) -> String {
        let (n, total) = state.step.position(on: state.dossier.sheet, rules: testContext.rules(for: state.dossier))
        return "Étape \(n) sur \(total)"
    }

    @Test(arguments: Step.allCases)
    func screenAt80x24(_ step: Step) {
        let d = Self.at(step)
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let text = frame.text
        #expect(frame.lines[0].hasPrefix(" amo-dossier · "))
        #expect(frame.lines[22].contains(Self.counter(d.state)))
        #expect(!frame.lines[23].isEmpty)
        for piece in Self.expected[step]! {
            #expect(text.contains(piece), "\(step) at 80×24 lacks \(piece)\n\(text)")
        }
    }

    @Test(arguments: Step.allCases)
    func screenAt40x12(_ step: Step) {
        var d = WizardDriver(Self.at(step).state, width: 40, height: 12)
        if step == .welcome || step == .eligibility {
            // These open at their first line; ↓ brings the question into view.
            let opened = Wizard.view(d.state, width: 40, height: 12, context: Self.small).lines
            // The welcome screen says first how to reach the plain mode.
            let first = step == .welcome ? "wizard.welcome.screenReader" : step.introKey
            #expect(opened[1].hasPrefix(" " + words(.fr)(first).prefix(12)), "\(opened)")
            d.press(.down)
        }
        let frame = Wizard.view(d.state, width: 40, height: 12, context: testContext)
        let text = frame.text
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(frame.lines[10].contains(Self.counter(d.state)))
        for piece in Self.expected[step]! {
            #expect(text.contains(piece), "\(step) at 40×12 lacks \(piece)\n\(text)")
        }
    }

    /// Issue 12, the officer's morning: a late dossier saved with its
    /// problems was told "send it no later than" a day gone by.
    @Test func doneOfALateDossierSaysTheDeadlinePassed() {
        var d = Self.at(.done)
        d.state.dossier.treatment.firstActDate = CalendarDate(year: 2025, month: 12, day: 1)
        let text = PolishTests.flat(d.screen(120, 40))
        #expect(text.contains("Délai dépassé : le dernier jour d'envoi était le 30/01/2026 (30 jours de retard)."), "\(text)")
        #expect(text.contains("Si vous l'envoyez quand même, c'est en recommandé, à :"))
        #expect(!text.contains("au plus tard"))
        #expect(text.contains("8-10, rue Al Khalil — B.P. 912"), "the address still follows")
        d.state.language = .en
        #expect(PolishTests.flat(d.screen(120, 40)).contains("(30 days late)"))
    }

    @Test func reviewShowsTheSaveActionAndTheDeadline() {
        let d = Self.at(.review)
        let tall = Wizard.view(d.state, width: 80, height: 70, context: testContext).text
        #expect(tall.contains("[ Enregistrer le dossier (F10) ]"))
        #expect(tall.contains("Feuille de soins (ordinaire)"))
        #expect(tall.contains("AB123456") == false)   // this student typed no CNIE
    }

    @Test func doneShowsPathsAddressDateAndFollowUp() {
        let text = Self.at(.done).screen()
        #expect(text.contains("/d/AB123456-20260301-101500.json"))
        #expect(text.contains("/d/AB123456-20260301-101500.txt"))
        #expect(text.contains("Envoyez-le en recommandé au plus tard le 11/04/2026"))
        #expect(text.contains("CNOPS — Caisse Nationale des Organismes de Prévoyance Sociale"))
        #expect(text.contains("8-10, rue Al Khalil — B.P. 912"))
        #expect(text.contains("www.cnops.org.ma/assures"))
        #expect(!text.contains("4, rue Al Khalil"))
        // The edition's notice, under the address it is about.
        let tall = Self.at(.done).screen(120, 40)
        let notice = testContext.core.mailingRules().notice!.fr
        #expect(PolishTests.flat(tall).contains("⚠ " + notice), "\(tall)")
    }

    @Test func theFocusedFieldScrollsIntoViewAtTheSmallestSize() {
        var d = NavigationTests.onStudentScreen()
        d.focus("student.rib")
        let frame = Wizard.view(d.state, width: 40, height: 12, context: testContext)
        #expect(frame.text.contains("› RIB (facultatif)"))
        #expect(frame.cursor != nil)
        #expect(frame.text.contains("▲"))
    }

    @Test func longLabelsAndChoicesWrapInsteadOfBeingCut() {
        var d = WizardDriver()
        d.press(.enter)
        d.focus("eligibility.otherCoverage")
        let text = Wizard.view(d.state, width: 40, height: 12, context: testContext).text
        #expect(text.contains("› Autre couverture maladie (CNSS,"))
        #expect(text.contains("privée) ?"))
        var offer = WizardState()
        offer.draftOffer = DraftOffer(step: .care(.practitioners), sheet: .ordinary)
        var resume = WizardDriver(offer, width: 40, height: 12)
        resume.press(.down)
        let revealed = resume.state
        #expect(WelcomeScreen.rows(revealed)[revealed.list(.welcome).selected] == .resume)
        let welcome = Wizard.view(revealed, width: 40, height: 12, context: testContext).text
        #expect(welcome.contains("> Reprendre le brouillon (étape 6 :"))
        #expect(welcome.contains("Médecins)"))
    }

    @Test func theCursorSitsAtTheInsertionPoint() {
        var d = NavigationTests.onStudentScreen()
        d.type("Fès")
        d.press(.left)
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let cursor = frame.cursor!
        #expect(frame[cursor.row, cursor.column].text == "s")
        #expect(frame[cursor.row, cursor.column - 1].text == "è")
    }

    @Test func belowTheMinimumOneClearLineAndTheStateIsKept() {
        var d = NavigationTests.onStudentScreen()
        d.type("Salma")
        let before = d.state
        d.send(.resize(width: 30, height: 10))
        #expect(d.state == before)
        let small = Wizard.view(d.state, width: 39, height: 12, context: testContext)
        #expect(small.lines[0] == "Agrandissez la fenêtre (40×12 minimum)")
        let short = Wizard.view(d.state, width: 80, height: 11, context: testContext)
        #expect(short.text.contains("Agrandissez la fenêtre (40×12 minimum)"))
        #expect(d.screen().contains("[Salma"))
    }

    @Test func everyScreenKeyHasTextInEveryLanguage() {
        for step in Step.allCases {
            for language in Language.allCases {
                for key in [step.titleKey, step.introKey, "wizard.help.screen.\(step.rawValue)"] {
                    let text = words(language)(key)
                    #expect(text != key && !text.isEmpty, "\(key) \(language)")
                }
            }
        }
    }

    @Test func everyFieldHasALabelAndHelpInEveryLanguage() {
        for field in FieldRegistry.all {
            for language in Language.allCases {
                let words = words(language)
                #expect(words.has(field.labelKey) && words(field.labelKey) != field.labelKey, "\(field.labelKey)")
                #expect(words.has(field.helpKey) && words(field.helpKey) != field.helpKey, "\(field.helpKey)")
            }
        }
    }
}
