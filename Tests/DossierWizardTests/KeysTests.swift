import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Undo, help, language, quitting and saving: the keys that work everywhere.
@Suite struct KeysTests {
    @Test func undoRestoresTheStateBeforeTheLastChange() {
        var d = NavigationTests.onStudentScreen()
        d.fill("student.fullName", "Salma")
        d.focus("student.cnie")
        d.type("AB123456")
        #expect(d.state.dossier.student.cnie == "AB123456")
        // The keystrokes in one field are one step.
        d.press(.control("z"))
        #expect(d.state.texts["student.cnie"] ?? "" == "")
        #expect(d.state.dossier.student.cnie == "")
        #expect(d.state.dossier.student.fullName == "Salma")
        d.press(.control("z"))
        #expect(d.state.dossier.student.fullName == "")
        #expect(d.effects.last == .saveDraft)
    }

    @Test func undoRevertsARemovedEntry() {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Un")
        d.press(.home, .character("d"), .character("o"))
        #expect(d.state.dossier.practitioners.isEmpty)
        d.press(.control("z"))
        #expect(d.state.dossier.practitioners.map(\.name) == ["Dr Un"])
    }

    @Test func undoWithNothingToUndoSaysSo() {
        var d = WizardDriver()
        d.press(.control("z"))
        #expect(d.state.notice?.key == "wizard.notice.nothingToUndo")
        #expect(d.screen().contains("Rien à annuler."))
    }

    @Test func historyIsBounded() {
        var d = NavigationTests.onStudentScreen()
        for i in 0..<(WizardState.historyLimit + 20) {
            d.press(.control("u"))
            d.type("x\(i)")
            d.press(.down, .up)
        }
        #expect(d.state.history.count <= WizardState.historyLimit)
    }

    @Test func f1ExplainsTheFieldInFocusAndAnyKeyClosesIt() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.focus("practitioners[0].inpe")
        d.press(.function(1))
        #expect(d.state.overlay == .help(key: "wizard.help.practitioners.inpe"))
        let screen = d.screen()
        #expect(screen.contains("Aide"))
        #expect(screen.contains("cachet du médecin"))
        d.press(.escape)
        #expect(d.state.overlay == nil)
        #expect(d.state.step == .care(.practitioners) && d.state.entry == 0)
    }

    @Test func questionMarkOnAnEmptyFieldIsHelpAndOtherwiseAText() {
        var d = NavigationTests.onStudentScreen()
        d.focus("student.cnie")
        d.type("?")
        #expect(d.state.overlay == .help(key: "wizard.help.student.cnie"))
        #expect(d.screen().contains("sous votre photo"))
        d.press(.enter)
        #expect(d.state.overlay == nil)
        d.focus("student.fullName")
        d.type("Ali?")
        #expect(d.state.overlay == nil)
        #expect(d.state.texts["student.fullName"] == "Ali?")
    }

    @Test func f2SettingsSwitchLanguageWithoutLosingText() {
        var d = NavigationTests.onStudentScreen()
        d.fill("student.fullName", "سعاد العلوي")
        d.focus("student.cnie")
        d.type("AB12")
        d.press(.function(2))
        #expect(d.state.overlay == .settings(row: 0))
        #expect(d.screen().contains("Réglages"))
        d.press(.right)
        #expect(d.state.language == .ar)
        // Closing the settings with Arabic chosen and no bidi mode known
        // asks which way Arabic reads correctly; 2 = the terminal does it.
        d.press(.enter)
        #expect(d.state.overlay == .bidiCheck(choice: BidiCheckOverlay.askAgain))
        d.press(.character("2"))
        #expect(d.state.bidi == .terminal)
        #expect(d.state.overlay == nil)
        let arabic = d.screen()
        #expect(arabic.contains("الاسم الكامل"))
        #expect(arabic.contains("سعاد العلوي"))
        #expect(arabic.contains("AB12"))
        #expect(arabic.contains("المرحلة 4 من 12"))
        d.press(.function(2), .right, .enter)
        #expect(d.state.language == .en)
        #expect(d.state.overlay == nil)
        #expect(d.screen().contains("Full name"))
        d.press(.function(2), .character("1"), .escape)
        #expect(d.state.language == .fr)
        #expect(d.state.texts["student.cnie"] == "AB12")
        #expect(d.focusedPath == "student.cnie")
        #expect(d.state.texts["student.fullName"] == "سعاد العلوي")
    }

    @Test func arabicLinesAreRightAlignedAndShapedInAppMode() {
        var d = NavigationTests.onStudentScreen()
        d.state.language = .ar
        d.state.bidi = .app
        let frame = Wizard.view(d.state, width: 80, height: 24, context: testContext)
        // Right-aligned: blank on the left, the text ending at the margin.
        let status = frame.lines[22]
        let logicalStatus = words(.ar)("wizard.status.step", ["n": "4", "total": "12"]) + " · "
            + testContext.rules(for: d.state.dossier).sheet(.ordinary).name(.ar)
        #expect(status.hasSuffix(BidiText.visual(logicalStatus, rightToLeft: true)))
        #expect(DisplayWidth.of(status) == 79)
        let label = "› " + words(.ar)("wizard.field.student.fullName") + " *"
        let row = frame.lines.first { $0.hasSuffix(BidiText.visual(label, rightToLeft: true)) }
        #expect(row != nil)
        #expect(row.map { $0.hasPrefix("     ") && DisplayWidth.of($0) == 79 } == true)
        var french = d
        french.state.language = .fr
        let left = Wizard.view(french.state, width: 80, height: 24, context: testContext).lines
        #expect(left.contains { $0.hasPrefix(" › Nom et prénom") })
    }

    @Test func ctrlQAndCtrlCAskBeforeQuittingOnceSomethingIsTyped() {
        var fresh = WizardDriver()
        fresh.press(.control("q"))
        #expect(fresh.effects == [.quit])

        var d = NavigationTests.onStudentScreen()
        d.type("Salma")
        d.effects = []
        d.press(.control("c"))
        #expect(d.state.overlay == .quit)
        #expect(d.effects.isEmpty)
        #expect(d.screen().contains("Garder le brouillon et quitter"))
        d.press(.escape)
        #expect(d.state.overlay == nil)
        #expect(d.state.texts["student.fullName"] == "Salma")
        d.press(.control("q"), .character("1"))
        #expect(d.effects == [.saveDraft, .quit])
        d.effects = []
        d.press(.control("q"), .character("2"))
        #expect(d.effects == [.deleteDraft, .quit])
    }

    @Test func f10SavesTheDraftOutsideTheReview() {
        var d = NavigationTests.onStudentScreen()
        d.type("Salma")
        d.effects = []
        d.press(.function(10))
        #expect(d.effects == [.saveDraft])
        #expect(d.screen().contains("Brouillon enregistré."))
        d.effects = []
        d.press(.control("s"))
        #expect(d.effects == [.saveDraft])
    }

    @Test func theDraftIsSavedOnEveryCompletedFieldAndScreenChangeButNotEveryKey() {
        var d = NavigationTests.onStudentScreen()
        d.effects = []
        d.type("Sal")
        #expect(d.effects.isEmpty)
        d.press(.enter)
        #expect(d.effects == [.saveDraft])
        d.press(.escape)
        #expect(d.effects == [.saveDraft, .saveDraft])
    }

    @Test func aPasteIsBoundedAndGoesIntoTheField() {
        var d = NavigationTests.onStudentScreen()
        d.send(.paste(String(repeating: "é", count: 100_000)))
        #expect(d.state.texts["student.fullName"]?.count == 80)
    }

    @Test func saveFailureKeepsTheDataAndSaysWhy() {
        var d = WizardDriver()
        FullDossierTests.ordinaryKeys(&d)
        d.press(.function(10))
        d.receive(.dossierSaveFailed(reason: "disque plein"))
        #expect(d.state.step == .review)
        #expect(d.screen().contains("⚠ disque plein"))
        #expect(d.screen().contains("Dossier non enregistré (raison ci-dessous) · F10 : un autre dossier"))
        #expect(d.state.dossier.student.fullName == "Salma Benali")
    }
}
