import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Arabic screens as a terminal receives them: reordered and shaped by the
/// program with `--bidi app`, in logical order with `--bidi terminal`.
@Suite struct ArabicScreenTests {
    /// The eligibility screen in Arabic, focus on the birth date.
    static func arabicBirthDate(_ bidi: BidiMode) -> WizardDriver {
        var state = WizardState(language: .ar)
        state.bidi = bidi
        state.bidiKnown = true
        var d = WizardDriver(state)
        d.press(.enter)
        d.focus("student.birthDate")
        return d
    }

    static func frame(_ d: WizardDriver) -> Frame {
        Wizard.view(d.state, width: 80, height: 24, context: testContext)
    }

    @Test func appModeRightAlignsShapesAndMirrorsTheField() {
        var d = Self.arabicBirthDate(.app)
        let frame = Self.frame(d)
        let label = "› " + tr("wizard.field.student.birthDate", .ar) + " *"
        let shaped = BidiText.visual(label, rightToLeft: true)
        #expect(shaped != label)
        // The label ends at the right margin (column 78), shaped and reordered.
        guard let labelRow = frame.lines.firstIndex(where: { $0.hasSuffix(shaped) }) else {
            Issue.record("no shaped label")
            return
        }
        #expect(DisplayWidth.of(frame.lines[labelRow]) == 79)
        #expect(!frame.text.contains(tr("wizard.field.student.birthDate", .ar)))
        // The box is below the label, its opening bracket on the right, the
        // format hint to its left; an empty field has the cursor at the
        // rightmost cell inside the box.
        let boxLine = frame.lines[labelRow + 1]
        #expect(boxLine.hasSuffix("]"))
        #expect(boxLine.contains(BidiText.visual(tr("wizard.format.date", .ar), rightToLeft: true) + " ["))
        #expect(frame.cursor?.row == labelRow + 1)
        #expect(frame.cursor?.column == 75)
        #expect(frame[labelRow + 1, 76].text == "]" && frame[labelRow + 1, 77].text == " ")

        // A date keeps its Latin order and hugs the right edge; the cursor
        // after it stands to its right, where the next digit will appear.
        d.type("14/03/2004")
        let typed = Self.frame(d)
        #expect(typed.lines[labelRow + 1].contains("[" + String(repeating: " ", count: 37) + "14/03/2004 ]"))
        #expect(typed.cursor?.column == 75)
        d.press(.home)
        #expect(Self.frame(d).cursor?.column == 65)
    }

    @Test func terminalModeSendsLogicalOrderLeftToRight() {
        let d = Self.arabicBirthDate(.terminal)
        let frame = Self.frame(d)
        let label = tr("wizard.field.student.birthDate", .ar)
        // Logical order, laid out as the terminal expects to mirror it itself;
        // a row that starts with an Arabic letter needs no mark, one that
        // starts with a Latin one (the title) opens with a right-to-left mark.
        #expect(frame.lines.contains { $0.hasPrefix(" › " + label + " *") })
        #expect(frame.lines.contains { $0.hasPrefix("   [") })
        #expect(frame.lines[0].hasPrefix(" \u{200F}amo-dossier"))
        let status = tr("wizard.status.step", .ar, ["n": "2", "total": "12"])
        #expect(frame.lines[22].hasPrefix(" " + status))
        #expect(frame.cursor?.column == 4)
    }

    @Test func arabicInsideAFrenchScreenIsReorderedWithALeftToRightParagraph() {
        var state = WizardState(language: .fr)
        state.bidi = .app
        var d = WizardDriver(state)
        d.press(.enter)
        d.focus("eligibility.enrolled")
        let label = "  " + tr("wizard.field.eligibility.traditionalEducationFinalStage", .fr)
        let french = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let expected = BidiText.visual(label, rightToLeft: false)
        #expect(expected != label)
        #expect(expected.hasPrefix("  Étudiant(e) de l'enseignement traditionnel ("))
        #expect(french.lines.contains { $0.hasPrefix(" " + expected) })

        d.state.bidi = .terminal
        let logical = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        #expect(logical.lines.contains { $0.hasPrefix(" " + label) })
    }

    @Test func anArabicNameInAFrenchFieldKeepsTheCursorWhereTheNextLetterGoes() {
        var d = NavigationTests.onStudentScreen()
        d.state.bidi = .app
        d.type("سعاد")
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let row = frame.cursor!.row
        // A left-to-right paragraph: the word reordered and shaped in place
        // at the left of the box.
        #expect(frame.lines[row].hasPrefix("   [" + BidiText.visual("سعاد", rightToLeft: true) + "    "))
        // The cursor on the logical end, the word's leftmost cell.
        #expect(frame.cursor?.column == 4)
        d.press(.home)
        let home = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        #expect(home.cursor?.column == 7)
    }

    @Test func choosingArabicTheFirstTimeAsksWhichLineReadsCorrectly() {
        var d = WizardDriver()
        // The welcome screen's language row (the last): Right goes to Arabic.
        d.press(.down, times: WelcomeScreen.rows(d.state).count - 1)
        #expect(WelcomeScreen.rows(d.state)[d.state.list(.welcome).selected] == .language)
        d.press(.right)
        #expect(d.state.language == .ar)
        #expect(d.state.overlay == .bidiCheck(choice: BidiCheckOverlay.askAgain))
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        let sample = tr("wizard.bidiCheck.sample", .ar)
        #expect(frame.text.contains("1    " + BidiText.visual(sample, rightToLeft: true)))
        #expect(frame.text.contains("2    " + sample))
        d.press(.down, .down, .enter)
        #expect(d.state.bidi == .terminal)
        #expect(d.state.bidiKnown)
        #expect(d.effects == [.saveSettings])
        // Known now: Arabic again does not ask.
        d.press(.left, .right)
        #expect(d.state.overlay == nil)
    }

    @Test func escapeLeavesTheCheckForLaterAndF2ChangesTheMode() {
        var state = WizardState(language: .ar)
        state.overlay = .bidiCheck(choice: 0)
        var d = WizardDriver(state)
        d.press(.escape)
        #expect(d.state.overlay == nil)
        #expect(!d.state.bidiKnown)
        #expect(d.effects.isEmpty)
        d.press(.function(2), .down, .character(" "))
        #expect(d.state.bidi == .terminal)
        #expect(d.effects == [.saveSettings])
        d.press(.enter)
        #expect(d.state.overlay == nil)
    }

    @Test func settingsFileIsPrivateAndCommandLineWins() throws {
        try withPrivateFolder { folder in
            let environment = ["XDG_CONFIG_HOME": folder + "/config", "HOME": "/nonexistent"]
            let path = SettingsStore.defaultPath(environment: environment)
            #expect(path == folder + "/config/amo-dossier/config.json")
            #expect(SettingsStore.defaultPath(environment: ["HOME": "/home/s"]) == "/home/s/.config/amo-dossier/config.json")
            let settings = SettingsStore(path: path)
            #expect(settings.loadBidi() == nil)
            let drafts = DraftStore(folder: folder + "/data")
            let noSave: (Dossier, Language, Date, DossierContext) throws -> SavedDossier = { _, _, _, _ in
                SavedDossier(jsonPath: "", summaryPath: "")
            }
            var first = WizardSession(language: .ar, drafts: drafts, saveDossier: noSave, today: { testToday },
                                      settings: settings)
            #expect(first.state.overlay == .bidiCheck(choice: BidiCheckOverlay.askAgain))
            _ = first.handle(.key(.character("2")))
            #expect(settings.loadBidi() == .terminal)
            let file = try FileManager.default.attributesOfItem(atPath: path)
            #expect((file[.posixPermissions] as? Int) == 0o600)
            let dir = try FileManager.default.attributesOfItem(atPath: folder + "/config/amo-dossier")
            #expect((dir[.posixPermissions] as? Int) == 0o700)

            let second = WizardSession(language: .ar, drafts: drafts, saveDossier: noSave, today: { testToday },
                                       settings: settings)
            #expect(second.state.overlay == nil)
            #expect(second.state.bidi == .terminal)
            let flagged = WizardSession(language: .ar, drafts: drafts, saveDossier: noSave, today: { testToday },
                                        settings: settings, bidi: .app)
            #expect(flagged.state.bidi == .app)
            #expect(flagged.state.overlay == nil)
        }
    }
}
