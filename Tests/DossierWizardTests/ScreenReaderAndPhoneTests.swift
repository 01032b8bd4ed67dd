import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The plain mode reached from the full screen, and small screens (issue 13).
@Suite struct PlainModeSwitchTests {
    @Test func theWelcomeScreenSaysFirstWhichKeyLeadsToThePlainMode() {
        let frame = Wizard.view(WizardState(), width: 80, height: 24, context: testContext)
        #expect(frame.lines[1].hasPrefix(" " + words(.fr)("wizard.welcome.screenReader").prefix(40)), "\(frame.text)")
        #expect(frame.text.contains("Ctrl-T"))
        // Arabic laid out by the program: the same words in logical order
        // too, for a screen reader reading the cells as sent.
        var arabic = WizardState(language: .ar)
        arabic.bidi = .app
        arabic.bidiKnown = true
        let shown = Wizard.view(arabic, width: 80, height: 24, context: testContext).text
        let sentence = words(.ar)("wizard.welcome.screenReader")
        #expect(shown.contains(String(sentence.prefix(20))), "\(shown)")
    }

    @Test func ctrlTTheWelcomeRowAndTheSettingsRowAskForThePlainMode() {
        var d = WizardDriver()
        d.press(.control("t"))
        #expect(d.effects == [.switchToPlain])
        // From the welcome menu, with the arrows and Enter.
        d = WizardDriver()
        let row = WelcomeScreen.rows(d.state).firstIndex(of: .plainMode)!
        d.press(.down, times: row)
        #expect(d.screen().contains("> " + words(.fr)("wizard.welcome.plainMode")))
        d.press(.enter)
        #expect(d.effects == [.switchToPlain])
        // F2, or Ctrl-O, then its last row.
        d = WizardDriver()
        d.press(.enter)
        d.press(.control("o"))
        #expect(d.state.overlay == .settings(row: 0), "Ctrl-O opens the settings as F2 does")
        d.press(.down, times: 5)
        #expect(d.state.overlay == .settings(row: Settings.plainModeRow))
        #expect(d.screen().contains("> " + String(words(.fr)("wizard.settings.plain").prefix(20))), "\(d.screen())")
        d.press(.enter)
        #expect(d.effects.last == .switchToPlain)
        // Even with the first-time Arabic check open, unseen.
        var arabic = WizardDriver(WizardState(language: .ar))
        Settings.setLanguage(.ar, &arabic.state)
        #expect(arabic.state.overlay != nil)
        arabic.press(.control("t"))
        #expect(arabic.effects == [.switchToPlain])
    }

    @Test func thePlainModeGoesOnWhereTheFullScreenWas() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var session = WizardSession(language: .en, drafts: sandbox.drafts,
                                    saveDossier: { _, _, _, _ in throw PrivateFiles.WriteError.notAFolder(path: "") },
                                    today: { testToday })
        let started = session.handle(.key(.enter))
        #expect(started)
        let goesOn = session.handle(.key(.control("t")))
        #expect(!goesOn, "Ctrl-T ends the full screen")
        #expect(session.switchesToPlain)
        let console = ScriptedConsole(answers: [:], endAt: "eligibility.otherCoverage")
        console.answers["eligibility.enrolled"] = ["n"]
        var plain = PlainWizard(session: session, console: console)
        _ = plain.run()
        #expect(console.asked.first == "eligibility.enrolled", "the question the full screen was on: \(console.asked)")
        #expect(plain.state.dossier.eligibility.enrolled == false)
    }
}

@Suite struct SmallScreenTests {
    static let states: [WizardState] = {
        var list = [WizardState(), EntryListTests.onPractitioners().state, ScreenTests.at(.review).state,
                    ScreenTests.at(.done).state]
        var form = NavigationTests.onStudentScreen()
        form.focus("student.birthDate")
        list.append(form.state)
        return list
    }()

    @Test(arguments: [Language.fr, .ar, .en])
    func theKeyLineAt40ColumnsCutsNoKey(language: Language) {
        for var state in Self.states {
            state.language = language
            state.bidi = .terminal
            state.bidiKnown = true
            let full = words(language)(WizardView.keysKey(state, testContext))
            let parts = full.components(separatedBy: " · ")
            let shown = Wizard.view(state, width: 40, height: 12, context: testContext).lines[11]
                .trimmingCharacters(in: .whitespaces)
                .unicodeScalars.filter { !DigitRuns.isBidiControl(Character($0)) }
            let shownText = String(String.UnicodeScalarView(shown))
            let kept = shownText.components(separatedBy: " · ")
            #expect(!kept.isEmpty && kept.count < parts.count, "\(full)")
            #expect(Array(parts.prefix(kept.count)) == kept, "whole keys, in order: \(shownText)")
            #expect(!shownText.contains("…"))
        }
        // "F1" was cut at 40×12 on the form: now whole, or not there.
        let form = Wizard.view(Self.states[4], width: 40, height: 12, context: testContext).lines[11]
        #expect(form.hasSuffix("F1 aide"), "\(form)")
    }

    @Test func theDateFormatGoesUnderTheBoxWhenItDoesNotFitBesideIt() {
        var d = NavigationTests.onStudentScreen()
        d.focus("student.birthDate")
        let narrow = Wizard.view(d.state, width: 40, height: 12, context: testContext).lines
        let box = narrow.firstIndex { $0.contains("[") && $0.contains("]") }!
        #expect(!narrow[box].contains("JJ"), "\(narrow)")
        #expect(narrow[box + 1].trimmingCharacters(in: .whitespaces) == "JJ/MM/AAAA", "\(narrow)")
        let wide = Wizard.view(d.state, width: 80, height: 24, context: testContext).lines
        #expect(wide.contains { $0.contains("] JJ/MM/AAAA") }, "beside the box where it fits")
    }

    @Test func textCutForWidthEndsWithAnEllipsis() {
        let cut = ScreenWriter.cut([Segment("Étape 5 sur 12"), Segment(" · Feuille de soins ordinaire")], width: 20)
        #expect(cut.map(\.text).joined() == "Étape 5 sur 12 · Fe…")
        #expect(DisplayWidth.of(cut.map(\.text).joined()) == 20)
        #expect(ScreenWriter.cut([Segment("court")], width: 20) == [Segment("court")])
        var state = ScreenTests.at(.student).state
        state.dossier.sheet = .chronic
        let status = Wizard.view(state, width: 40, height: 12, context: testContext).lines[10]
        #expect(status.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(status)")
        #expect(ScreenWriter.fittingKeys("a b · cc · dd", width: 8) == "a b · cc")
    }
}

@Suite struct PlainTooLongTests {
    @Test(arguments: [Language.fr, .ar, .en])
    func aTooLongAnswerSaysWhatIsExpected(language: Language) {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers(language)
        answers["student.cnie"] = ["JB45678 Youssef Alaoui", "JB45678"]
        let (_, transcript, _) = sandbox.run(answers: answers, endAt: "student.birthDate", language: language)
        let cnie = FieldRegistry.field(id: "student.cnie")!
        let said = words(language)("plain.error.tooLong", ["label": words(language)(cnie.labelKey),
                                                           "expected": words(language)("plain.expected.cnie"),
                                                           "max": String(cnie.maxLength)])
        #expect(transcript.contains(said), "\(transcript)")
        #expect(PlainWizard.expectedKey(.date([])) == "plain.expected.date")
        #expect(PlainWizard.expectedKey(.identifier(.rib)) == "plain.expected.rib")
    }
}

@Suite struct SmallOverlayTests {
    @Test func theSettingsShowTheirPlainModeRowAt40By12() {
        var state = WizardState(step: .student)
        state.overlay = .settings(row: Settings.plainModeRow)
        let text = Wizard.view(state, width: 40, height: 12, context: testContext).text
        #expect(PolishTests.flat(text).contains("> Passer en mode texte"), "\(text)")
        state.overlay = .settings(row: 0)
        #expect(Wizard.view(state, width: 40, height: 12, context: testContext).text.contains("> Langue"))
    }
}
