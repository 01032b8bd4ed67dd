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

/// Going back without Esc, for phone keyboards (issue 13): Backspace in an
/// empty first field, `<` where no text has the focus.
@Suite struct PhoneBackTests {
    @Test func backspaceOnAnEmptyFirstFieldGoesBack() {
        var d = WizardDriver()
        d.press(.enter)
        d.state.step = .student
        d.state.focus = 0
        d.paint()
        #expect(d.state.focusedPath == "student.fullName")
        d.type("S")
        d.press(.backspace)
        #expect(d.state.step == .student, "the first Backspace deletes the letter")
        d.press(.backspace)
        #expect(d.state.step != .student, "the next one goes back")
    }

    @Test func lessThanGoesBackWhereNoTextHasTheFocus() {
        var d = WizardDriver()
        d.press(.enter)
        d.focus("eligibility.enrolled")
        let before = d.state.step
        d.type("<")
        #expect(d.state.step != before)
        // In a text it is a character.
        var t = WizardDriver()
        t.press(.enter)
        t.focus("student.address")
        t.type("<")
        #expect(t.state.texts["student.address"] == "<")
    }
}
