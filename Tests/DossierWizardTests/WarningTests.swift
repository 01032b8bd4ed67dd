import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Warnings in both front-ends: said next to the field without keeping the
/// focus, listed on the Review under a heading of their own after the
/// errors, never a reason for "save with problems?".
@Suite struct WarningTests {
    /// The ordinary script with the pharmacist's INPE left empty: complete,
    /// with one warning.
    static var warnedScript: DossierScript {
        var script = DossierScript.ordinary
        script.answers["pharmacies[0].inpe"] = ""
        return script
    }

    static func onReview(_ script: DossierScript) -> WizardDriver {
        var d = WizardDriver()
        script.drive(&d)
        #expect(d.state.step == .review)
        return d
    }

    @Test func aWarningIsSaidUnderItsFieldAndTheFocusMovesOn() {
        var d = WizardDriver()
        d.intend(.startNew)
        d.focus("student.email")
        d.type("salma.example.ma")
        d.press(.enter)
        #expect(d.focusedPath == "student.phone", "a warning never keeps the focus")
        #expect(d.state.errors["student.email"]?.code == "email.format")
        d.focus("student.email")
        let screen = d.screen(100, 40)
        #expect(screen.contains("⚠ « salma.example.ma » ne ressemble pas à une adresse e-mail"), "\(screen)")
        #expect(!screen.contains(words(.fr)("wizard.field.missingLater")))
        // Corrected, the message goes.
        d.press(.control("u"))
        d.type("salma@example.ma")
        d.press(.enter)
        #expect(d.state.errors["student.email"] == nil)
    }

    @Test func theReviewListsWarningsApartAfterTheErrors() {
        var d = Self.onReview(Self.warnedScript)
        #expect(ReviewScreen.problems(d.state, testContext).map(\.code) == ["inpe.missingPharmacist"])
        var screen = Wizard.view(d.state, width: 80, height: 70, context: testContext).text
        let fr = words(.fr)
        #expect(screen.contains("✓ " + fr("wizard.review.complete")), "no error: complete")
        #expect(screen.contains(fr("wizard.review.warnings", ["count": "1"])))
        #expect(screen.contains("Pharmacie 1 — Code INPE du pharmacien : INPE du pharmacien non saisi"))
        #expect(!screen.contains("À corriger ("))
        // Two errors as well: the errors' heading first, then the warnings'.
        d.state.dossier.student.address = ""
        d.state.dossier.practitioners[0].inpe = ""
        let problems = ReviewScreen.problems(d.state, testContext)
        #expect(problems.map(\.isError) == [true, true, false])
        screen = Wizard.view(d.state, width: 80, height: 70, context: testContext).text
        let errors = screen.range(of: fr("wizard.review.problems", ["count": "2"]))?.lowerBound
        let warnings = screen.range(of: fr("wizard.review.warnings", ["count": "1"]))?.lowerBound
        #expect(errors != nil && warnings != nil)
        if let errors, let warnings { #expect(errors < warnings) }
    }

    @Test func warningsAloneNeverAskBeforeSaving() {
        var d = Self.onReview(Self.warnedScript)
        d.press(.function(10))
        #expect(d.state.overlay == nil)
        #expect(d.effects.last == .saveDossier)
    }

    @Test func theSaveQuestionCountsErrorsOnly() {
        var script = Self.warnedScript
        script.originals.remove(.medicineSerialNumbers)
        var d = Self.onReview(script)
        d.press(.function(10))
        #expect(d.state.overlay == .saveIncomplete(problemCount: 1))
        let box = d.screen(80, 24)
        #expect(box.contains(words(.fr)("wizard.saveIncomplete.question", ["count": "1"])))
        #expect(!box.contains("INPE du pharmacien non saisi"), "the warning is not a point to fix")
    }

    @Test func anEntryWithAWarningOnlyIsNotMarkedToComplete() {
        var d = WizardDriver()
        d.intend(.startNew)
        Navigation.enter(.care(.pharmacies), &d.state, d.context)
        d.press(.character("a"))
        d.answer(["pharmacies[0].name": "Pharmacie Al Amal", "pharmacies[0].date": "11/02/2026",
                  "pharmacies[0].total": "134,60", "pharmacies[0].stampedAndSigned": "o"])
        #expect(d.state.entry == nil)
        #expect(d.screen().contains("1. Pharmacie Al Amal · 11/02/2026 · 134,60 DH"))
        #expect(!d.screen().contains(words(.fr)("wizard.entries.incomplete")))
    }

    // MARK: plain mode

    @Test func thePlainModeSaysAWarningAndGoesOn() {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.en, Self.warnedScript)
        answers["student.phone"] = ["0812345678"]
        let (outcome, transcript, _) = sandbox.run(answers: answers)
        guard case .saved = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        let en = words(.en)
        #expect(transcript.contains("Warning: “0812345678” is not a Moroccan number"))
        #expect(transcript.contains("Warning: Pharmacist's INPE not entered"))
        #expect(transcript.contains(en("wizard.review.complete")))
        // Apart, under their heading, after the errors (none here).
        #expect(transcript.contains(en("plain.review.warnings", ["count": "2"]) + "\n1. Phone: "), "\(transcript)")
        #expect(!transcript.contains(en("wizard.saveIncomplete.question", ["count": "2"])), "warnings ask nothing")
        // Numbered, in the validator's order: a number goes to the field.
        #expect(transcript.contains("1. Phone: “0812345678”"), "\(transcript)")
        #expect(transcript.contains("2. Pharmacy 1 — Pharmacist's INPE code: "))
    }
}
