import Testing
import DossierCore
@testable import DossierWizard

/// The step counter counts the screens of the student's sheet only, so it
/// never jumps (it went 8 → 10 on the ordinary sheet and 5 → 9 on the
/// dental one, over screens the student never sees).
@Suite("Step counter: this sheet's screens only, one by one")
struct StepCounterTests {
    @Test("each sheet's screens are numbered 1, 2, 3 … without a gap, out of that sheet's count",
          arguments: CareSheetKind.allCases)
    func noJumps(sheet: CareSheetKind) {
        let rules = testContext.rules(for: Dossier())
        let shown = Step.allCases.filter { $0.applies(on: sheet, rules: rules) }
        let positions = shown.map { $0.position(on: sheet, rules: rules) }
        #expect(positions.map(\.number) == Array(1...shown.count))
        #expect(positions.allSatisfy { $0.count == shown.count })
    }

    @Test("the dental sheet: treatment is step 5 of 9, the dentists step 6; the ordinary sheet has 12")
    func dentalAndOrdinary() {
        let rules = testContext.rules(for: Dossier())
        #expect(Step.treatment.position(on: .dental, rules: rules) == (5, 9))
        #expect(Step.care(.dentists).position(on: .dental, rules: rules) == (6, 9))
        #expect(Step.originals.position(on: .dental, rules: rules) == (7, 9))
        #expect(Step.care(.opticians).position(on: .ordinary, rules: rules) == (9, 12))
        #expect(Step.originals.position(on: .ordinary, rules: rules) == (10, 12))
    }

    @Test("the status line of the dental sheet's dentists screen says Étape 6 sur 9")
    func onScreen() {
        var state = WizardState(step: .care(.dentists))
        state.dossier.sheet = .dental
        let frame = Wizard.view(state, width: 80, height: 24, context: testContext)
        #expect(frame.lines[22].contains("Étape 6 sur 9"), "\(frame.lines[22])")
    }
}
