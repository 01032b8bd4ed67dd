import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// What a newcomer found in the full-screen wizard, each as it was met.
@Suite struct PolishTests {
    /// A doctor and a pharmacy purchase on the ordinary sheet, then back on
    /// the care-sheet screen.
    static func backOnCareSheetWithTwoEntries() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Alami")
        d.press(.character("n"))
        #expect(d.state.step == .care(.pharmacies))
        d.press(.character("a"))
        d.fill("pharmacies[0].name", "Pharmacie Atlas")
        d.press(.escape)
        while d.state.step > .careSheet { d.press(.escape) }
        #expect(d.state.step == .careSheet)
        d.focus("sheet")
        return d
    }

    /// A screen's lines joined with one space: a wrapped sentence reads whole.
    static func flat(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func changingToTheDentalSheetRemovesEntriesItCannotShowAndCtrlZBringsThemBack() {
        var d = Self.backOnCareSheetWithTwoEntries()
        #expect(d.state.dossier.pharmacies.count == 1)
        #expect(d.state.texts["pharmacies[0].name"] == "Pharmacie Atlas")
        d.press(.character("3"))
        #expect(d.state.dossier.sheet == .dental)
        // Only the choice moved: nothing goes before the screen is left.
        #expect(d.state.dossier.pharmacies.count == 1)
        d.press(.enter)
        #expect(d.state.step != .careSheet)
        #expect(d.state.dossier.practitioners.isEmpty)
        #expect(d.state.dossier.pharmacies.isEmpty)
        #expect(!d.state.texts.keys.contains { $0.hasPrefix("pharmacies[") || $0.hasPrefix("practitioners[") })
        let screen = Self.flat(d.screen(100, 30))
        #expect(screen.contains("2 lignes retirées (hors de cette feuille) — Ctrl-Z les rétablit"))
        // The whole notice fits 80 columns.
        #expect(d.screen(80, 24).contains("2 lignes retirées (hors de cette feuille) — Ctrl-Z les rétablit"))
        // Forward to the Review: nothing of the pharmacy is counted.
        #expect(!ReviewScreen.problems(d.state, testContext).contains { $0.path.hasPrefix("pharmacies") })

        d.press(.control("z"))
        #expect(d.state.step == .careSheet)
        d.press(.character("1"))
        #expect(d.state.dossier.sheet == .ordinary)
        #expect(d.state.dossier.practitioners.map(\.name) == ["Dr Alami"])
        #expect(d.state.dossier.pharmacies.map(\.name) == ["Pharmacie Atlas"])
        #expect(d.state.texts["pharmacies[0].name"] == "Pharmacie Atlas")
    }

    @Test func changingBetweenSheetsThatShareTheScreensKeepsEntries() {
        var d = Self.backOnCareSheetWithTwoEntries()
        d.press(.character("2"))
        #expect(d.state.dossier.sheet == .chronic)
        #expect(d.state.dossier.pharmacies.count == 1)
        #expect(d.state.dossier.practitioners.count == 1)
        #expect(!d.screen().contains("retirée"))
    }

    @Test func leavingTheDentalSheetRemovesTheDentistInEnglish() {
        var state = WizardState(language: .en, step: .careSheet)
        state.dossier.sheet = .dental
        state.dossier.dentists = [DentalCare()]
        state.dossier.dentists[0].name = "Dr Tazi"
        var d = WizardDriver(state)
        d.focus("sheet")
        d.press(.character("1"))
        #expect(d.state.dossier.dentists.count == 1)
        d.press(.enter)
        #expect(d.state.dossier.dentists.isEmpty)
        #expect(Self.flat(d.screen(100, 30)).contains("1 line removed (not on this sheet) — Ctrl-Z brings it back"))
    }

    @Test func arrowingPastOtherSheetsLosesNeitherEntriesNorTheDisease() {
        var state = WizardState(language: .fr, step: .careSheet)
        state.dossier.sheet = .chronic
        state.dossier.chronicDisease = 9
        state.dossier.pharmacies = [PharmacyPurchase(name: "Pharmacie Atlas")]
        var d = WizardDriver(state)
        d.focus("sheet")
        d.press(.up)            // ordinary
        d.press(.end)           // dental
        d.press(.up)            // back to chronic
        #expect(d.state.dossier.sheet == .chronic)
        #expect(d.state.dossier.chronicDisease == 9)
        #expect(d.state.dossier.pharmacies.count == 1)
    }
}

@Suite struct PolishArabicTests {
    static func done(_ language: Language) -> WizardState {
        var state = WizardState(language: language, step: .done)
        state.bidi = .app
        state.saved = SavedDossier(jsonPath: "/tmp/dossiers/x.json", summaryPath: "/tmp/dossiers/x.txt")
        return state
    }

    static func screen(_ state: WizardState, _ width: Int = 80, _ height: Int = 24) -> String {
        Wizard.view(state, width: width, height: height, context: testContext).text
    }

    @Test func pathsPhoneAndAddressesKeepTheirOrderInAnArabicDoneScreen() {
        let screen = Self.screen(Self.done(.ar))
        #expect(screen.contains("/tmp/dossiers/x.json"))
        #expect(screen.contains("/tmp/dossiers/x.txt"))
        #expect(screen.contains("053 800 20 20"))
        #expect(!screen.contains("20 20 800 053"))
        #expect(screen.contains("centre.appel@cnops.org.ma"))
        #expect(screen.contains("https://www.cnops.org.ma/mon_compte"))
        // In French nothing is added around the values.
        let french = Self.done(.fr)
        #expect(Self.screen(french).contains("Centre d'appel 053 800 20 20 · centre.appel@cnops.org.ma"))
        #expect(!Self.screen(french).unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
    }

    @Test func keyNamesInAnArabicFooterKeepTheirOrder() {
        let state = WizardState(language: .ar, step: .student)
        let footer = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("^Q"))
        #expect(footer.contains("^Z"))
        #expect(!footer.contains("Q^"))
        #expect(!footer.contains("Z^"))
    }

    @Test func aBracketAroundAKeyNameStaysWithTheArabicSentence() {
        let writer = ScreenWriter(language: .ar, width: 80, bidi: .app)
        #expect(writer.isolatedKeyNames("(بـ F2)") == "(بـ \u{2066}F2\u{2069})")
        #expect(writer.isolatedKeyNames("^Q خروج") == "\u{2066}^Q\u{2069} خروج")
        // A terminal that reorders by itself gets marks (mlterm shows an
        // isolate as a blank cell), only on the side a sign would go
        // astray: "^" before "Q" (each mark costs mlterm a cell too).
        let terminal = ScreenWriter(language: .ar, width: 80, bidi: .terminal)
        #expect(terminal.isolatedKeyNames("^Q خروج") == "\u{200E}^Q خروج")
        #expect(terminal.isolatedLTR("053 800 20 20") == "\u{200E}053 800 20 20\u{200E}")
        #expect(terminal.isolatedLTR("سلمى") == "سلمى")
        let french = ScreenWriter(language: .fr, width: 80, bidi: .terminal)
        #expect(french.isolatedLTR("053 800 20 20") == "053 800 20 20")
    }

    @Test func anIsolateCutByWrappingIsClosedAndReopened() {
        let lines = ScreenWriter.wrap("ab \u{2066}053 800 20 20\u{2069} cd", width: 8)
        for line in lines {
            let opens = line.unicodeScalars.filter { $0.value == 0x2066 }.count
            let closes = line.unicodeScalars.filter { $0.value == 0x2069 }.count
            #expect(opens == closes, "\(lines)")
        }
        #expect(lines.count > 1)
    }

    @Test func settingsShowOneLanguageALineAndMarkTheOneInUse() {
        for language in [Language.fr, .ar] {
            var state = WizardState(language: language, step: .student)
            state.overlay = .settings(row: 0)
            let rows = Self.screen(state).split(separator: "\n").map(String.init)
            let french = rows.filter { $0.contains("Français") }
            let english = rows.filter { $0.contains("English") }
            #expect(french.count == 1 && english.count == 1, "\(language)")
            #expect(french != english)
            let marked = rows.filter { $0.contains("(x)") }
            #expect(marked.count == 1, "\(language)")
            #expect(rows.filter { $0.contains("( )") }.count == 2, "\(language)")
            if language == .fr {
                #expect(marked.first?.contains("(x) 1 Français") == true)
            } else {
                // Arabic in use: the mark is on neither the French nor the English line.
                #expect(!french[0].contains("(x)") && !english[0].contains("(x)"))
            }
        }
    }

    @Test func theArabicDisplayCheckShowsBothChoicesAt40By12() {
        let sample = words(.ar)("wizard.bidiCheck.sample")
        for language in [Language.fr, .ar, .en] {
            var state = WizardState(language: language, step: .student)
            state.overlay = .bidiCheck(choice: 0)
            let screen = Self.screen(state, 40, 12)
            #expect(screen.contains("> 1"), "\(language)")
            #expect(screen.contains(BidiText.visual(sample, rightToLeft: true)), "\(language)")
            #expect(screen.contains("2    " + sample), "\(language)")
        }
        var french = WizardState(language: .fr, step: .student)
        french.overlay = .bidiCheck(choice: 0)
        #expect(PolishTests.flat(Self.screen(french, 40, 12)).contains("Tapez 1 ou 2,"))
    }
}

@Suite struct PolishSmallScreenTests {
    static let small = WizardContext(today: testToday, screenWidth: 40, screenHeight: 12)

    static func firstBodyLine(_ state: WizardState) -> String {
        Wizard.view(state, width: 40, height: 12, context: small).lines[1]
    }

    @Test func welcomeAndEligibilityOpenAtTheirFirstLineAt40By12() {
        var d = WizardDriver(width: 40, height: 12)
        #expect(Self.firstBodyLine(d.state).hasPrefix(" Lecteur d'écran ou plage braille"))
        // Enter at the top only shows the choices: nothing is chosen unseen.
        d.press(.enter)
        #expect(d.state.step == .welcome)
        #expect(d.screen(40, 12).contains("> Commencer"))
        d.press(.enter)
        #expect(d.state.step == .eligibility)
        #expect(Self.firstBodyLine(d.state).hasPrefix(" " + words(.fr)("wizard.step.eligibility.intro").prefix(20)))
        let enrolled = d.state.dossier.eligibility.enrolled
        let question = d.focusedPath
        d.press(.enter)
        #expect(d.focusedPath == question)
        #expect(d.state.dossier.eligibility.enrolled == enrolled)
        #expect(d.screen(40, 12).contains("› Inscrit(e)"))
        // Going back to a screen opens it at the top again.
        d.press(.escape)
        #expect(Self.firstBodyLine(d.state).hasPrefix(" Lecteur d'écran ou plage braille"))
    }

    @Test func typingOnAScreenOpenedAtTheTopActsAndShowsTheField() {
        var d = WizardDriver(width: 40, height: 12)
        d.press(.character("n"))
        #expect(d.state.step == .eligibility)
        d.press(.character("n"))
        #expect(d.state.dossier.eligibility.enrolled == false)
        #expect(d.screen(40, 12).contains("(x) Non"))
    }
}

@Suite struct PolishKeysTests {
    @Test func onAYesNoQuestionOnlyOneAndTwoPickAndOtherKeysSaySo() {
        var d = WizardDriver()
        d.press(.enter)
        d.focus("eligibility.enrolled")
        #expect(d.state.dossier.eligibility.enrolled)
        #expect(d.screen().contains("(x) Oui (1)   ( ) Non (2)"))
        d.press(.character("7"))
        #expect(d.state.dossier.eligibility.enrolled)
        #expect(d.screen().contains("⚠ o/n ou 1/2"))
        d.press(.character("2"))          // still the date typed by mistake
        #expect(d.state.dossier.eligibility.enrolled)
        d.press(.left)                    // any other key ends it
        #expect(!d.state.dossier.eligibility.enrolled)
        #expect(!d.screen().contains("⚠ o/n ou 1/2"))
        d.press(.character("1"))
        #expect(d.state.dossier.eligibility.enrolled)
        d.press(.character("2"))
        #expect(!d.state.dossier.eligibility.enrolled)
    }

    @Test func aDateTypedIntoAYesNoQuestionLeavesTheAnswer() {
        var d = WizardDriver()
        d.press(.enter)
        d.focus("eligibility.enrolled")
        d.type("15/02/2026")
        #expect(d.state.dossier.eligibility.enrolled)
        d.focus("eligibility.otherCoverage")
        d.type("05/12/2026")
        #expect(d.state.dossier.eligibility.otherCoverage == false)
        // Issue 12, the officer's morning: a birth date typed a field too
        // early, "22/08/2004", answered Non with its first 2.
        for date in ["22/08/2004", "12/12/2002", "21/01/2001", "2-3", "10.10"] {
            d.focus("eligibility.enrolled")
            #expect(d.state.dossier.eligibility.enrolled)
            d.type(date)
            #expect(d.state.dossier.eligibility.enrolled, "\(date)")
            #expect(d.screen().contains("⚠ o/n ou 1/2"), "\(date)")
            d.press(.down)
        }
        d.focus("eligibility.otherCoverage")
        d.type("12/01/2001")
        #expect(d.state.dossier.eligibility.otherCoverage == false)
        // Answered on purpose, a digit stays an answer.
        d.focus("eligibility.enrolled")
        d.type("2")
        d.press(.down)
        #expect(!d.state.dossier.eligibility.enrolled)
    }

    /// Every footer of every screen and focus kind, in the three languages,
    /// fits 80 columns whole: its last word is on screen.
    @Test(arguments: Language.allCases)
    func footersFitEightyColumns(_ language: Language) {
        var states: [WizardState] = Step.allCases.map {
            var s = ScreenTests.at($0).state
            s.language = language
            return s
        }
        var chronicDriver = ScreenTests.at(.careSheet)
        chronicDriver.state.dossier.sheet = .chronic
        chronicDriver.focus("chronicDisease")
        var failed = ScreenTests.at(.review).state
        failed.saveFailure = "disk full"
        var kiosk = ScreenTests.at(.done).state
        kiosk.kiosk = true
        var birthDate = ScreenTests.at(.eligibility)
        birthDate.focus("student.birthDate")
        var onSave = ReviewSectionTests.completeAtReview().state
        var onSection = onSave
        onSection.setList(.review, ListState(selected: 1))
        onSave.setList(.review, ListState(selected: 0))
        for var s in [chronicDriver.state, failed, kiosk, birthDate.state, onSave, onSection] {
            s.language = language
            states.append(s)
        }
        for state in states {
            let keys = words(language)(WizardView.keysKey(state, testContext))
            #expect(DisplayWidth.of(keys) <= 78, "\(WizardView.keysKey(state, testContext)) \(language)")
            let footer = Wizard.view(state, width: 80, height: 24, context: testContext).lines[23]
            let shown = footer.trimmingCharacters(in: .whitespaces)
            if language == .ar {
                let writer = ScreenWriter(language: .ar, width: 80, bidi: .app)
                #expect(shown == writer.visualOrder(writer.isolatedKeyNames(keys)).trimmingCharacters(in: .whitespaces), "\(footer)")
            } else {
                #expect(shown == keys, "\(footer)")
            }
        }
    }
}

@Suite struct PolishNarrowTests {
    @Test func careSheetOptionsWrapUnderThemselvesAt40Columns() {
        var state = ScreenTests.at(.careSheet).state
        state.language = .en
        let rows = Wizard.view(state, width: 40, height: 40, context: testContext).lines
        let first = rows.firstIndex { $0.contains("(x) 1. Ordinary care sheet") }
        #expect(first != nil, "\(rows)")
        if let first {
            // The rest of the label starts under its first word.
            let column = rows[first].distance(from: rows[first].startIndex,
                                              to: rows[first].range(of: "Ordinary")!.lowerBound)
            #expect(rows[first + 1] == String(repeating: " ", count: column) + "de soins)", "\(rows)")
        }
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func anEntryLineKeepsItsAmountWithItsUnitAndCutsTheNameFirst() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.answer(["practitioners[0].name": "Dr Abdelkrim Benjelloun El Idrissi",
                  "practitioners[0].specialty": "Cardiologie", "practitioners[0].inpe": "123456",
                  "practitioners[0].date": "10/02/2026", "practitioners[0].fee": "1200.50"])
        #expect(d.state.entry == nil)
        let amount = try! Money.parse("1200.50").get().formatted(.fr)
        #expect(amount.hasSuffix("DH"))
        let narrow = Wizard.view(d.state, width: 40, height: 12, context: testContext).text
        #expect(narrow.contains(amount), "\(narrow)")
        #expect(narrow.contains("1. Dr Abdelkrim"))
        let wide = Wizard.view(d.state, width: 100, height: 24, context: testContext).text
        #expect(wide.contains("1. Dr Abdelkrim Benjelloun El Idrissi · 10/02/2026 · " + amount))
    }

    @Test func anEntryLeftHalfFilledIsMarkedInItsList() {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Alami")       // no INPE, date or fee
        #expect(d.screen().contains("1. Dr Alami · à compléter"))
        d.press(.home, .enter)
        #expect(d.state.entry == 0)
        d.answer(["practitioners[0].specialty": "Généraliste", "practitioners[0].inpe": "123456",
                  "practitioners[0].date": "10/02/2026", "practitioners[0].fee": "300",
                  "practitioners[0].stampedAndSigned": "o"])
        #expect(d.state.entry == nil)
        let complete = d.screen()
        #expect(complete.contains("1. Dr Alami · 10/02/2026 ·"), "\(complete)")
        #expect(!complete.contains("à compléter"), "\(complete)")
        var english = d.state
        english.language = .en
        english.dossier.practitioners[0].fee = nil
        #expect(Wizard.view(english, width: 80, height: 24, context: testContext).text.contains("· incomplete"))
    }
}

@Suite struct PolishReviewTests {
    @Test func withNothingToFixTheArrowsScrollTheReview() throws {
        var d = WizardDriver()
        FullDossierTests.ordinaryKeys(&d)
        #expect(ReviewScreen.problems(d.state, testContext).isEmpty)
        let opened = d.screen()
        #expect(opened.contains("▲"))
        #expect(opened.contains("Enregistrer le dossier"))
        func start() -> Int { d.viewport?.start ?? -1 }
        // Save is the first row (the screens to change follow it): ↑
        // scrolls up the dossier.
        #expect(d.state.list(.review).selected == 0)
        let top = start()
        #expect(top > 0)
        d.press(.up)
        #expect(start() == top - 1)
        #expect(d.screen() != opened)
        d.press(.up, times: top + 3)
        #expect(start() == 0)
        #expect(!d.screen().contains("▲"))
        // ↓ walks down the screens to change; on the last, it scrolls to
        // the end and no further.
        let rows = 1 + ReviewScreen.sections(d.state, testContext).count
        d.press(.down, times: rows + 3)
        #expect(d.state.list(.review).selected == rows - 1)
        #expect(start() == d.viewport?.maxStart)
        d.press(.end)
        #expect(d.state.list(.review).selected == 0)
        #expect(d.screen().contains("Enregistrer le dossier"))
        #expect(d.screen().contains("PgUp/PgDn"))
    }

    @Test func fixingAProblemFromTheReviewComesBackToTheReview() {
        var d = ReviewTests.incomplete()
        let problems = ReviewScreen.problems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "inpe.missing" }!
        d.intend(.selectRow(index))
        d.press(.enter)
        #expect(d.focusedPath == "practitioners[0].inpe")
        d.fill("123456789")
        #expect(d.state.step == .review)
        #expect(d.state.dossier.practitioners[0].inpe == "123456789")
        #expect(!ReviewScreen.problems(d.state, testContext).contains { $0.code == "inpe.missing" })
    }

    @Test func aWrongValueKeepsTheStudentOnTheFieldAndOtherFieldsGoOnAsBefore() {
        var d = ReviewTests.incomplete()
        let problems = ReviewScreen.problems(d.state, testContext)
        let index = problems.firstIndex { $0.code == "inpe.missing" }!
        d.intend(.selectRow(index))
        d.press(.enter)
        d.fill("12AB")
        #expect(d.state.step == .care(.practitioners))
        #expect(d.focusedPath == "practitioners[0].inpe")
        // Left for another field: the way back is by the screens again.
        d.press(.backTab)
        #expect(d.focusedPath != "practitioners[0].inpe")
        d.fill("Pédiatrie")
        #expect(d.state.step == .care(.practitioners))
    }
}

@Suite struct PolishSettingsTests {
    @Test func theArabicDisplaySettingWrapsInANarrowBox() {
        var state = WizardState(language: .fr, step: .student)
        state.overlay = .settings(row: 1)
        let rows = Wizard.view(state, width: 40, height: 12, context: testContext).lines
        let inside = rows.map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
        #expect(inside.contains("> Affichage de l'arabe : remis en"), "\(rows)")
        #expect(inside.contains("ordre par amo-dossier (xterm,"), "\(rows)")
        #expect(inside.contains("tmux, Windows Terminal, GNOME"), "\(rows)")
        #expect(inside.contains("Terminal)"), "\(rows)")
    }
}
