import Testing
import DossierCore
@testable import DossierWizard

/// Keys on an Arabic layout (issue 13): ؟ is the ? of help, ن and ل answer
/// yes and no, in the full-screen wizard and in plain mode.
@Suite struct ArabicKeyboardTests {
    /// An Arabic wizard on its first question.
    static func onEnrolled() -> WizardDriver {
        var state = WizardState(language: .ar)
        state.bidiKnown = true
        var d = WizardDriver(state)
        d.press(.enter)
        d.focus("eligibility.enrolled")
        return d
    }

    @Test func theArabicQuestionMarkOpensHelpWhereQuestionMarkDoes() {
        var d = Self.onEnrolled()
        d.type("؟")
        #expect(d.state.overlay == .help(key: d.state.focusedField!.helpKey))
        d.press(.escape)
        d.focus("student.birthDate")
        d.type("؟")
        #expect(d.state.overlay != nil, "an empty field: help")
        d.press(.escape)
        d.focus("student.fullName")
        d.type("من؟")
        #expect(d.state.texts["student.fullName"] == "من؟", "typed inside a text it is a letter")
    }

    @Test func noOnAnArabicKeyboardIsLam() {
        var d = Self.onEnrolled()
        d.type("ل")
        #expect(d.state.dossier.eligibility.enrolled == false)
        d.focus("eligibility.enrolled")
        d.type("ن")
        #expect(d.state.dossier.eligibility.enrolled == true)
        #expect(PlainInput.yesNo("ل") == false)
        #expect(PlainInput.yesNo("ن") == true)
        #expect(PlainInput.reply("؟") == .help)
    }
}
