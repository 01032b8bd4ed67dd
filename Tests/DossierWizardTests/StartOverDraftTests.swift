import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: "start a new dossier" while a draft is offered asks first,
/// saying whose draft would be replaced, and answers no unless told yes;
/// the draft's file stays until the new dossier's first field is saved.
@Suite struct StartOverDraftTests {
    static func draftName(_ drafts: DraftStore) -> String? { drafts.load()?.dossier.student.fullName }

    @Test func theFullScreenAsksBeforeReplacingTheDraftAndKeepsItUntilAFieldIsSaved() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            try DraftLifecycleTests.writeDraft(name: "Salma Idrissi", to: drafts.path)
            var d = DraftLifecycleTests.session(drafts)
            d.press(.character("n"))
            #expect(d.state.overlay == .startOverDraft)
            let screen = d.screen()
            #expect(screen.contains("Salma Idrissi") && screen.contains("Étudiant(e)"), "\(screen)")
            // Enter is no: nothing changes.
            d.press(.enter)
            #expect(d.state.overlay == nil && d.state.step == .welcome && d.state.draftOffer != nil)
            // The welcome screen's row asks the same.
            d.press(.down)
            #expect(WelcomeScreen.rows(d.state)[d.state.list(.welcome).selected] == .start)
            d.press(.enter)
            #expect(d.state.overlay == .startOverDraft)
            d.press(.character("o"))
            #expect(d.state.step == .eligibility)
            #expect(Self.draftName(drafts) == "Salma Idrissi", "nothing saved yet: the old draft stays")
            d.press(.enter)                         // moving on without answering saves nothing
            #expect(Self.draftName(drafts) == "Salma Idrissi")
            d.tab(to: "student.birthDate")
            d.type("14/03/2004")
            #expect(Self.draftName(drafts) == "Salma Idrissi", "typing is not yet a saved field")
            d.press(.enter)
            #expect(drafts.load()?.dossier.id == d.state.dossier.id, "the new dossier's first field replaced it")
            #expect(Self.draftName(drafts) == "")
        }
    }

    @Test func quittingANewDossierBeforeAnyFieldKeepsTheDraft() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            try DraftLifecycleTests.writeDraft(name: "Salma Idrissi", to: drafts.path)
            var d = DraftLifecycleTests.session(drafts)
            d.press(.character("n"), .character("o"))
            #expect(d.state.step == .eligibility)
            d.press(.control("q"))
            #expect(!d.running)
            #expect(Self.draftName(drafts) == "Salma Idrissi")
        }
    }

    @Test func thePlainModeAsksTooAndNoGoesBackToTheResumeQuestion() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        try PrivateFiles.ensureFolder(sandbox.drafts.folder)
        try DraftLifecycleTests.writeDraft(name: "Salma Idrissi", to: sandbox.drafts.path)
        let console = ScriptedConsole(answers: PlainScript.answers().merging(["resume": ["no", "no"],
                                                                              "startOver": ["", "yes"], "sheet": []]) { $1 },
                                      endAt: "sheet")
        var draftAtFirstQuestion: String?
        console.beforeEachRead = { question in
            if question == "eligibility.enrolled" { draftAtFirstQuestion = Self.draftName(sandbox.drafts) }
        }
        let (_, transcript, _) = sandbox.run(console)
        #expect(Array(console.asked.prefix(5)) == ["resume", "startOver", "resume", "startOver", "eligibility.enrolled"],
                "\(console.asked)")
        #expect(transcript.contains("The draft of Salma Idrissi (stopped at “Student”) will be replaced"), "\(transcript)")
        #expect(transcript.contains("Start a new dossier instead of the draft? (y/n)"), "\(transcript)")
        #expect(draftAtFirstQuestion == "Salma Idrissi")
        #expect(Self.draftName(sandbox.drafts) == "", "the first answer replaced it")
    }
}
