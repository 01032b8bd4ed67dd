import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Ctrl-Z says what it undid and where; Ctrl-Y does it again; in a dialog
/// Ctrl-Z only closes the dialog.
@Suite("Undo says what and where, redo, and undo in a dialog")
struct UndoRedoTests {
    /// The student screen with a name, then a CNIE typed.
    static func nameAndCNIETyped() -> WizardDriver {
        var d = NavigationTests.onStudentScreen()
        d.fill("student.fullName", "Salma")
        d.focus("student.cnie")
        d.type("AB123456")
        return d
    }

    @Test("undoing a typed value names the field and what it holds again, on screen")
    func undoNamesTheField() {
        var d = Self.nameAndCNIETyped()
        d.press(.control("z"))
        #expect(d.state.notice == Notice("wizard.undo.empty", ["field": "N° de CNIE"]))
        #expect(d.screen().contains("Annulé — N° de CNIE vidé"))
        d.focus("student.fullName")
        d.press(.control("u"))
        d.type("Salma Benali")
        d.press(.control("z"))
        #expect(d.state.notice == Notice("wizard.undo.value", ["field": "Nom et prénom", "value": "Salma"]))
        #expect(d.screen().contains("Annulé — Nom et prénom remis à « Salma »"))
    }

    @Test("an undo that reaches a change on another screen names the entry, and takes the student there")
    func undoOnAnotherScreen() {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Un")
        d.press(.escape)                                  // back to the treatment screen
        #expect(d.state.step == .treatment)
        d.press(.control("z"))
        #expect(d.state.step == .care(.practitioners), "taken where the change was")
        let notice = try! #require(d.state.notice)
        // The name typed last is what goes: the entry and the field are named.
        #expect(notice.key == "wizard.undo.empty", "\(notice)")
        #expect(notice.arguments["field"]?.hasPrefix("Médecin 1, ") == true, "\(notice)")
        #expect(d.screen().contains("Annulé — Médecin 1, "))
    }

    @Test("an undone stamp answer says the value it is back to, within 80 columns: the field is named short, not by its whole question")
    func undoneStampFitsTheLine() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.fill("practitioners[0].name", "Dr Un")
        d.focus("practitioners[0].stampedAndSigned")
        d.press(.character("1"))
        #expect(d.state.dossier.practitioners[0].stampedAndSigned)
        d.press(.control("z"))
        #expect(!d.state.dossier.practitioners[0].stampedAndSigned)
        let line = "Annulé — Médecin 1, cachet et signature remis à « Non »"
        #expect(d.screen().contains(line), "\(d.screen())")
        #expect(line.count <= 78)
    }

    @Test("undoing a removal says which entry came back")
    func undoRemoval() {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Un")
        let withDoctor = d.state
        var removed = d.state
        removed.dossier.practitioners = []
        let words = testContext.words(removed)
        #expect(UndoNotice.change(from: removed, to: withDoctor, words, testContext.rules(for: withDoctor.dossier))
                == .entryBack(entry: "Médecin 1"))
        #expect(UndoNotice.change(from: withDoctor, to: removed, words, testContext.rules(for: removed.dossier))
                == .entryGone(entry: "Médecin 1"))
        #expect(tr("wizard.undo.entryBack", .fr, ["entry": "Médecin 1"]) == "Annulé — la suppression de Médecin 1")
    }

    @Test("Ctrl-Y does again what Ctrl-Z undid, and says so; a new change forgets what was undone")
    func redo() {
        var d = Self.nameAndCNIETyped()
        d.press(.control("z"))
        #expect(d.state.dossier.student.cnie == "")
        d.press(.control("y"))
        #expect(d.state.dossier.student.cnie == "AB123456")
        #expect(d.state.notice == Notice("wizard.redo.value", ["field": "N° de CNIE", "value": "AB123456"]))
        #expect(d.effects.last == .saveDraft)
        d.press(.control("z"), .control("z"))
        #expect(d.state.dossier.student.fullName == "")
        d.press(.control("y"))
        #expect(d.state.dossier.student.fullName == "Salma")
        d.focus("student.phone")
        d.type("0612345678")
        d.press(.control("y"))
        #expect(d.state.notice?.key == "wizard.notice.nothingToRedo")
        #expect(d.state.dossier.student.cnie == "", "the undone CNIE is not brought back over a new change")
        #expect(d.screen().contains("Rien à rétablir."))
    }

    @Test("in a dialog Ctrl-Z only closes the dialog: nothing typed is undone")
    func undoInADialog() {
        var d = Self.nameAndCNIETyped()
        d.press(.function(1))
        #expect(d.state.overlay != nil)
        d.press(.control("z"))
        #expect(d.state.overlay == nil)
        #expect(d.state.dossier.student.cnie == "AB123456")
        #expect(d.state.dossier.student.fullName == "Salma")
    }
}
