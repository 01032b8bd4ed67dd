import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Kiosk mode in plain prompts (`--kiosk --plain`, or plain mode chosen
/// because TERM=dumb or input is a pipe): the rules of the full-screen kiosk.
@Suite struct PlainKioskTests {
    static func run(_ sandbox: PlainSandbox, _ console: ScriptedConsole, now: Date = Date()) -> (PlainOutcome, String, PlainWizard) {
        let store = sandbox.store
        let kiosk = KioskOptions(vault: DraftVault(dataFolder: sandbox.drafts.folder))
        var wizard = PlainWizard(language: .en, console: console, drafts: sandbox.drafts,
                                 saveDossier: { dossier, language, now, context in
                                     try store.save(dossier, language: language, now: now, context: context)
                                 },
                                 today: { testToday }, kiosk: kiosk, now: { now }, echo: true)
        let outcome = wizard.run()
        return (outcome, console.transcript, wizard)
    }

    @Test func thePreviousStudentsDraftIsNeverOfferedAndAWrongProofGetsTheNeutralMessage() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var previous = WizardState(language: .en, step: .student)
        previous.touched = true
        previous.dossier.student.fullName = "Previous Student"
        try sandbox.drafts.save(previous)
        try DraftVault(dataFolder: sandbox.drafts.folder).save(KioskProofTests.salmasDraft(), cnie: "AB123456")

        let console = ScriptedConsole(answers: ["kiosk.resume": ["yes", "no"], "kiosk.cnie": ["AB123456"],
                                                "kiosk.birthDate": ["15/03/2004"]],
                                      endAt: "eligibility.enrolled")
        let (_, transcript, wizard) = Self.run(sandbox, console)
        #expect(!console.asked.contains("resume"), "the account's draft is not offered: \(console.asked)")
        #expect(console.asked.prefix(4) == ["kiosk.resume", "kiosk.cnie", "kiosk.birthDate", "kiosk.resume"])
        #expect(!transcript.contains("Previous Student"))
        #expect(!transcript.contains("Salma"))
        #expect(transcript.contains("No put-aside draft matches this CNIE and this birth date. Next try possible in 2 s."))
        #expect(wizard.state.dossier.student.fullName.isEmpty)
    }

    /// A sandbox holding Salma's put-aside draft.
    static func withSalmasDraft(_ body: (PlainSandbox, DraftVault) throws -> Void) throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        let vault = DraftVault(dataFolder: sandbox.drafts.folder)
        try vault.save(KioskProofTests.salmasDraft(), cnie: "AB123456")
        try body(sandbox, vault)
    }

    @Test func theRightCNIEAndBirthDateResumeTheDraftWhereItStopped() throws {
        try Self.withSalmasDraft { sandbox, vault in
            let console = ScriptedConsole(answers: ["kiosk.resume": ["yes"], "kiosk.cnie": ["ab 123 456"],
                                                    "kiosk.birthDate": ["14-03", "14/03/2004"]],
                                          endAt: "student.fullName")
            let (outcome, transcript, wizard) = Self.run(sandbox, console)
            #expect(transcript.contains("Type the birth date as DD/MM/YYYY"))
            #expect(transcript.contains("Draft resumed"))
            #expect(wizard.state.step == .student)
            #expect(wizard.state.dossier.student.fullName == "Salma Benali")
            // Input ends: the draft goes back under the CNIE, not into the account's draft.
            #expect(outcome == .endOfInput(draftKept: true))
            #expect(transcript.contains("Draft put aside under your CNIE"))
            #expect(!transcript.contains(vault.folder))
            #expect(sandbox.drafts.load() == nil)
            #expect(vault.load(cnie: "AB123456") != nil)
        }
    }
}
