import Foundation
import Testing
import DossierCore
@testable import DossierWizard

@Suite struct DraftTests {
    /// A state in the middle of typing: screen, field, half-typed text.
    static func halfTyped() -> WizardState {
        var d = NavigationTests.onStudentScreen()
        d.fill("student.fullName", "Salma Benali")
        d.focus("student.cnie")
        d.type("AB12")
        d.press(.left)
        return d.state
    }

    @Test func theStateSurvivesEncodingWithoutItsHistory() throws {
        var state = Self.halfTyped()
        // The file keeps whole seconds.
        state.dossier.createdAt = Date(timeIntervalSince1970: 1_770_000_000)
        state.dossier.updatedAt = state.dossier.createdAt
        #expect(!state.history.isEmpty)
        let data = try DossierJSON.encoder().encode(state)
        #expect(!String(decoding: data, as: UTF8.self).contains("history"))
        let decoded = try DossierJSON.decoder().decode(WizardState.self, from: data)
        #expect(decoded.history.isEmpty)
        #expect(decoded.step == .student)
        #expect(decoded.focus == state.focus)
        #expect(decoded.cursor == 3)
        #expect(decoded.texts == state.texts)
        #expect(decoded.dossier == state.dossier)
        #expect(decoded.errors == state.errors)
    }

    @Test func draftStoreWritesAPrivateFileAndReadsItBack() throws {
        try withPrivateFolder { folder in
            let store = DraftStore(folder: folder + "/data/amo-dossier")
            #expect(store.load() == nil)
            try store.save(Self.halfTyped())
            let file = try FileManager.default.attributesOfItem(atPath: store.path)
            #expect((file[.posixPermissions] as? Int) == 0o600)
            let dir = try FileManager.default.attributesOfItem(atPath: store.folder)
            #expect((dir[.posixPermissions] as? Int) == 0o700)
            #expect(store.load()?.texts["student.cnie"] == "AB12")
            store.delete()
            #expect(store.load() == nil)
        }
    }

    @Test func theDraftFolderFollowsXDG() {
        #expect(DraftStore.defaultFolder(environment: ["XDG_DATA_HOME": "/x/share", "HOME": "/home/s"])
                == "/x/share/amo-dossier")
        #expect(DraftStore.defaultFolder(environment: ["HOME": "/home/s"]) == "/home/s/.local/share/amo-dossier")
    }

    @Test func aSessionOffersTheDraftAndResumesAtTheFieldWithItsText() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            let noSave: (Dossier, Language, Date, DossierContext) throws -> SavedDossier = { _, _, _, _ in
                throw PrivateFiles.WriteError.notAFolder(path: folder)
            }
            var first = SessionDriver(WizardSession(language: .fr, drafts: drafts, saveDossier: noSave,
                                                    today: { testToday }))
            first.startOnStudentScreen()
            first.type("Salma", into: "student.fullName")
            first.type("AB12", into: "student.cnie")          // half-typed
            #expect(first.state.step == .student)
            first.session.saveBeforeExit()           // what a SIGHUP does

            var second = WizardSession(language: .fr, drafts: drafts, saveDossier: noSave, today: { testToday })
            #expect(second.state.step == .welcome)
            #expect(second.state.draftOffer == DraftOffer(step: .student, sheet: .ordinary, studentName: "Salma"))
            let welcome = second.view(width: 80, height: 24).text
            #expect(welcome.contains("Reprendre le brouillon (étape 4 : Étudiant(e))"))
            #expect(welcome.contains("Commencer un nouveau dossier"))
            _ = second.handle(.key(.enter))
            #expect(second.state.step == .student)
            #expect(second.state.focusedPath == "student.cnie")
            #expect(second.state.texts["student.cnie"] == "AB12")
            #expect(second.state.dossier.student.fullName == "Salma")
            #expect(second.view(width: 80, height: 24).text.contains("[AB12"))
        }
    }

    @Test func startingAnewLeavesTheDraftUntilSomethingIsTyped() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            var old = WizardState(language: .fr, step: .student)
            old.touched = true
            old.dossier.student.fullName = "Ancien"
            try drafts.save(old)
            var session = WizardSession(language: .fr, drafts: drafts, saveDossier: { _, _, _, _ in
                SavedDossier(jsonPath: "", summaryPath: "")
            }, today: { testToday })
            _ = session.handle(.key(.down))
            _ = session.handle(.key(.enter))
            // Asked first (issue 15), then started anew.
            #expect(session.state.overlay == .startOverDraft)
            _ = session.handle(.key(.character("o")))
            #expect(session.state.step == .eligibility)
            #expect(session.state.dossier.student.fullName == "")
            #expect(drafts.load()?.dossier.student.fullName == "Ancien")
        }
    }

    @Test func aFailedFinalSaveIsReportedAndTheDraftKept() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            var d = SessionDriver(WizardSession(language: .fr, drafts: drafts, saveDossier: { _, _, _, _ in
                throw PrivateFiles.WriteError.notAFolder(path: "/lecture-seule")
            }, today: { testToday }))
            DossierScript.ordinary.drive(&d)
            #expect(d.state.step == .review)
            d.press(.function(10))
            #expect(d.running)
            #expect(d.state.step == .review)
            #expect(d.screen().contains("/lecture-seule"))
            #expect(drafts.load()?.dossier.student.fullName == "Salma Benali")
        }
    }
}
