import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 10: a draft file is never lost, never overwritten unseen, never
/// written back once deleted at the student's request (`forget`).
@Suite struct DraftLifecycleTests {
    static func session(_ drafts: DraftStore) -> SessionDriver {
        SessionDriver(WizardSession(language: .fr, drafts: drafts, saveDossier: { _, _, _, _ in
            throw PrivateFiles.WriteError.notAFolder(path: "/nowhere")
        }, today: { testToday }))
    }

    /// A draft on the student screen, written as the wizard writes it.
    static func writeDraft(name: String, cnie: String = "AB123456", to path: String) throws {
        var state = WizardState(language: .fr, step: .student)
        state.touched = true
        state.dossier.student.fullName = name
        state.dossier.student.cnie = cnie
        try PrivateFiles.writeAtomically(try DossierJSON.encoder().encode(state), to: path)
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    @Test func aSecondWizardsDraftIsOfferedAgainAtALaterStart() throws {
        try withPrivateFolder { folder in
            try Self.writeDraft(name: "Youssef Idrissi", to: folder + "/draft-2.json")
            let drafts = DraftStore.claim(folder: folder)
            #expect(drafts.name == "draft-2")
            var d = Self.session(drafts)
            #expect(d.state.draftOffer == DraftOffer(step: .student, sheet: .ordinary, studentName: "Youssef Idrissi"))
            d.press(.enter)
            #expect(d.state.dossier.student.fullName == "Youssef Idrissi")
        }
    }

    @Test func aBrokenDraftIsKeptAsideWithANoticeAndNeverOverwritten() throws {
        try withPrivateFolder { folder in
            let broken = Data(#"{"dossier": {"student": {"fullName": "Salma Ben"#.utf8)   // cut short by a crash of the disk
            try broken.write(to: URL(fileURLWithPath: folder + "/draft.json"))
            chmod(folder + "/draft.json", 0o644)
            let drafts = DraftStore.claim(folder: folder)
            var d = Self.session(drafts)
            let aside = folder + "/draft.broken.json"
            #expect(d.state.draftNotice == Notice("wizard.notice.draftKeptAside", ["path": aside], kind: .error))
            #expect(d.screen().contains("gardé tel quel sous"), "\(d.screen())")
            #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == broken)
            #expect(PrivateFiles.identity(of: folder + "/draft.json") == nil)
            var info = stat()
            stat(aside, &info)
            #expect(info.st_mode & 0o777 == 0o600)

            d.startOnStudentScreen()
            d.type("Salma", into: "student.fullName")
            d.session.saveBeforeExit()
            #expect(drafts.load()?.dossier.student.fullName == "Salma")
            #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == broken, "the broken draft is still there")
        }
    }

    @Test func aFolderWhereTheDraftBelongsIsReportedAndNeverDeleted() throws {
        try withPrivateFolder { folder in
            let inTheWay = folder + "/draft.json"
            try FileManager.default.createDirectory(atPath: inTheWay, withIntermediateDirectories: false)
            FileManager.default.createFile(atPath: inTheWay + "/keep.txt", contents: Data("mine".utf8))
            let drafts = DraftStore.claim(folder: folder)
            #expect(drafts.name == "draft-2" && drafts.passedOver == inTheWay)
            var d = Self.session(drafts)
            #expect(d.state.draftNotice == Notice("wizard.notice.draftPassedOver", ["path": inTheWay], kind: .error))
            d.startOnStudentScreen()
            d.type("Salma", into: "student.fullName")
            d.intend(.startNew)
            DraftStore(folder: folder).delete()           // the store that names draft.json, as before the claim
            #expect(Self.exists(inTheWay + "/keep.txt"))
        }
    }

    /// The eraser `amo-dossier forget` runs, on this data folder.
    static func forget(_ cnie: String, in data: String) -> DossierEraser.Outcome {
        DossierEraser(dossierFolder: DataFolder.dossiersFolder(in: data), dataFolder: data).erase(cnie: cnie)
    }

    @Test func forgetWhileTheWizardIsOpenIsNotUndone() throws {
        try withPrivateFolder { data in
            let drafts = DraftStore.claim(folder: data)
            var d = Self.session(drafts)
            d.startOnStudentScreen()
            d.type("Salma Benali", into: "student.fullName")
            d.type("AB123456", into: "student.cnie")
            d.type("12, rue Ibn Sina", into: "student.address")
            #expect(drafts.load()?.dossier.student.cnie == "AB123456")

            #expect(Self.forget("ab 123456", in: data) == DossierEraser.Outcome(deleted: 1, failed: 0))
            d.type("Université Ibn Tofail")
            d.press(.tab)                                  // leaving the field writes the draft
            #expect(!Self.exists(drafts.path), "the deleted draft was written back")
            #expect(d.state.step == .welcome && d.state.dossier.student.fullName.isEmpty && d.state.texts.isEmpty)
            #expect(d.state.draftNotice?.key == "wizard.notice.draftForgotten")
            #expect(d.screen().contains("supprimé pendant que l'assistant"), "\(d.screen())")
            d.session.saveBeforeExit()
            #expect(!Self.exists(drafts.path))

            // The next student's dossier has a draft of its own again.
            d.startOnStudentScreen()
            #expect(d.state.step == .student, "\(d.state.step) \(d.screen())")
            d.type("Youssef", into: "student.fullName")
            d.type("K112233", into: "student.cnie")
            #expect(drafts.load()?.dossier.student.fullName == "Youssef")
        }
    }

    @Test func forgetWhileTheDraftIsOfferedBringsNothingBack() throws {
        try withPrivateFolder { data in
            try Self.writeDraft(name: "Salma Benali", to: DataFolder.draftPath(in: data))
            var d = Self.session(DraftStore.claim(folder: data))
            #expect(d.state.draftOffer != nil)
            #expect(Self.forget("AB123456", in: data).deleted == 1)
            d.press(.enter)                                // "resume the draft"
            #expect(d.state.step == .welcome && d.state.dossier.student.fullName.isEmpty)
            #expect(d.state.draftNotice?.key == "wizard.notice.draftForgotten")
        }
    }

    @Test func savingElsewhereInAnExistingFolderKeepsItsMode() throws {
        try withPrivateFolder { folder in
            let home = folder + "/home"
            mkdir(home, 0o755)
            chmod(home, 0o755)
            let blocker = folder + "/dossiers"
            FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
            var d = SessionDriver(WizardSession(
                language: .fr, drafts: DraftStore(folder: folder + "/data"),
                saveDossier: { dossier, language, now, context in
                    try DossierStore(folder: blocker).save(dossier, language: language, now: now, context: context)
                },
                saveDossierIn: WizardSession.saveElsewhere, today: { testToday }))
            DossierScript.ordinary.drive(&d)
            d.press(.function(10))                         // refused: the folder is a file
            d.press(.function(10))                         // another folder
            #expect(d.state.overlay == .saveElsewhere)
            d.send(.paste(home))
            d.press(.enter)
            let saved = try #require(d.state.saved)
            #expect(saved.jsonPath.hasPrefix(home + "/amo-dossier/AB123456-"))
            var info = stat()
            stat(home, &info)
            #expect(info.st_mode & 0o777 == 0o755, "a folder the program did not make keeps its mode")
        }
    }
}
