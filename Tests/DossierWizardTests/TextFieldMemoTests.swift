import Testing
import DossierCore
@testable import DossierWizard

/// Issue 14: the typed fields out of focus are laid out once and kept
/// (`FormScreen.textFieldMemo`). At every step of whole dossiers typed in
/// both languages and at two widths, with values changed behind the
/// fields' backs, the screen must be what laying everything out gives.
@Suite struct TextFieldMemoTests {
    /// The form's lines with and without the memo.
    static func compare(_ d: WizardDriver) -> Int {
        let state = d.state
        guard state.step.page != nil, state.overlay == nil else { return 0 }
        let writer = ScreenWriter(language: state.language, width: d.width, bidi: state.bidi)
        let kept = FormScreen.lines(state, writer, d.context, bodyHeight: d.height - 4)
        let fresh = FormScreen.lines(state, writer, d.context, bodyHeight: d.height - 4, kept: false)
        #expect(kept == fresh, "\(state.step) focus \(state.focus) \(state.language) \(d.width)")
        return 1
    }

    @Test(arguments: [Language.fr, .ar], [80, 40])
    func keptLinesAreTheLinesLaidOut(language: Language, width: Int) {
        for checked in CheckingDriver.everyScript(language: language, width: width, check: Self.compare) {
            #expect(checked > 20)
        }
        // Behind a field's back: an undo, an error, a value changed, the language.
        var d = CheckingDriver(inner: WizardDriver(width: width, height: 24), check: Self.compare)
        d.inner.startOnStudentScreen()
        d.inner.state.language = language
        d.type("Salma Idrissi")
        d.press(.tab)
        d.type("AB12345")
        d.press(.tab)
        d.press(.control("z"))                 // the CNIE out of focus goes back
        d.inner.state.errors["student.fullName"] = Problem(code: "text.required", path: "student.fullName")
        d.recheck()
        d.inner.state.dossier.student.fullName = "Karima Ouahbi"
        d.inner.state.texts["student.fullName"] = nil
        d.recheck()
        d.inner.state.language = language == .fr ? .ar : .fr
        d.recheck()
        #expect(d.checked > 5)
    }
}
