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

    /// Issue 12, the officer's morning: a walk-in found not eligible, Esc
    /// back to the welcome, "Start" for the next student showed the last
    /// one's birth date. The dossier begun is offered to resume; a new one
    /// asks first, then starts blank.
    @Test func backAtTheWelcomeTheDossierBegunIsOfferedAndANewOneStartsBlank() {
        var d = WizardDriver()
        d.press(.enter)
        d.tab(to: "student.birthDate")
        d.type("11/01/1992")
        d.press(.escape, .escape)
        #expect(d.state.step == .welcome)
        #expect(WelcomeScreen.rows(d.state).first == .resume, "\(WelcomeScreen.rows(d.state))")
        #expect(d.screen().contains("Reprendre le brouillon (étape 2 : Droit à l'AMO)"), "\(d.screen())")
        // Resuming goes back to where it was left, with what was typed.
        d.press(.enter)
        #expect(d.state.step == .eligibility)
        #expect(d.state.dossier.student.birthDate == CalendarDate(year: 1992, month: 1, day: 11))
        d.press(.escape)
        // A new dossier asks; no keeps it, yes starts blank with no undo back into it.
        d.press(.character("n"))
        #expect(d.state.overlay == .startOverDraft)
        d.press(.enter)
        #expect(d.state.step == .welcome && d.state.dossier.student.birthDate != nil)
        d.press(.character("n"), .character("o"))
        #expect(d.state.step == .eligibility)
        #expect(d.state.dossier.student.birthDate == nil, "the next walk-in starts blank")
        #expect(!d.screen().contains("11/01/1992"))
        d.press(.control("z"))
        #expect(d.state.dossier.student.birthDate == nil, "Ctrl-Z does not lead back to the last walk-in")
        #expect(!d.state.touched, "nothing typed yet: no draft to write over the last one")
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
