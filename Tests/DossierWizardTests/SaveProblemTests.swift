import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// A dossier that cannot be written where it should: the reason on screen
/// in words, the answers kept, and F10 to save it in another folder.
@Suite struct SaveProblemTests {
    /// A session on the Review of a complete ordinary dossier.
    static func onReview(saveDossier: @escaping (Dossier, Language, Date, DossierContext) throws -> SavedDossier,
                         drafts: DraftStore) -> WizardSession {
        var d = SessionDriver(WizardSession(
            language: .fr, drafts: drafts, saveDossier: saveDossier,
            saveDossierIn: { dossier, language, now, context, folder in
                try DossierStore(folder: folder).save(dossier, language: language, now: now, context: context)
            },
            today: { testToday }))
        DossierScript.ordinary.drive(&d)
        #expect(d.state.step == .review)
        #expect(d.state.dossier.student.fullName == "Salma Benali")
        return d.session
    }

    @Test func aFolderThatIsAFileIsExplainedAndF10SavesElsewhere() throws {
        try withPrivateFolder { folder in
            let blocker = folder + "/dossiers"
            FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
            let store = DossierStore(folder: blocker)
            var session = Self.onReview(saveDossier: { dossier, language, now, context in
                try store.save(dossier, language: language, now: now, context: context)
            }, drafts: DraftStore(folder: folder + "/data"))
            _ = session.handle(.key(.function(10)))
            #expect(session.state.step == .review)
            #expect(session.state.saveFailure != nil)
            var screen = session.view(width: 80, height: 24).lines.joined(separator: " ")
            #expect(screen.contains("/dossiers existe et n'est"))
            #expect(screen.contains("pas un dossier de rangement"))
            #expect(screen.contains("Dossier non enregistré (raison ci-dessous)"))
            #expect(session.state.dossier.student.fullName == "Salma Benali")
            // Any key clears the notice; the reason stays on the Review.
            _ = session.handle(.key(.up))
            _ = session.handle(.key(.end))
            screen = session.view(width: 80, height: 24).lines.joined(separator: " ")
            #expect(screen.contains("F10 : enregistrer dans un autre dossier"))

            _ = session.handle(.key(.function(10)))
            #expect(session.state.overlay == .saveElsewhere)
            #expect(session.view(width: 80, height: 24).text.contains("Dans quel dossier enregistrer ?"))
            _ = session.handle(.paste(folder + "/elsewhere"))
            _ = session.handle(.key(.enter))
            #expect(session.state.step == .done)
            #expect(session.state.saveFailure == nil)
            let saved = try #require(session.state.saved)
            #expect(saved.jsonPath.hasPrefix(folder + "/elsewhere/AB123456-"))
            let written = try DossierStore(folder: folder + "/elsewhere").load(path: saved.jsonPath)
            #expect(written.student.fullName == "Salma Benali")
            let mode = try FileManager.default.attributesOfItem(atPath: saved.jsonPath)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func aFullDiskIsSaidInWordsAndNothingIsLost() throws {
        try withPrivateFolder { folder in
            var session = Self.onReview(saveDossier: { _, _, _, _ in
                throw PrivateFiles.WriteError.cannotWrite(path: "/srv/dossiers/x.json", errno: ENOSPC)
            }, drafts: DraftStore(folder: folder))
            _ = session.handle(.key(.function(10)))
            let screen = session.view(width: 80, height: 24).lines.joined(separator: " ")
            #expect(screen.contains("le disque est plein"))
            #expect(!screen.contains("No space left"))
            #expect(session.state.step == .review)
            #expect(session.state.dossier.practitioners.count == 1)
            // Esc in the folder prompt goes back to the Review, data intact.
            _ = session.handle(.key(.function(10)))
            _ = session.handle(.key(.escape))
            #expect(session.state.overlay == nil)
            #expect(session.state.step == .review)
        }
    }

    @Test func aReadOnlyFolderIsSaidInWords() {
        var d = WizardDriver()
        FullDossierTests.ordinaryKeys(&d)
        d.press(.function(10))
        d.receive(.dossierSaveFailed(reason: PrivateFiles.WriteError.cannotWrite(path: "/media/cd", errno: EROFS)
            .message(.fr)))
        #expect(d.screen(80, 24).contains("Impossible d'écrire /media/cd"))
        d.press(.end)
        #expect(d.screen(80, 24).contains(tr("errno.readOnly", .fr)))
        d.press(.function(10))
        #expect(d.state.overlay == .saveElsewhere)
        d.type("/tmp/ailleurs")
        d.press(.enter)
        #expect(d.effects.last == .saveDossierIn(folder: "/tmp/ailleurs"))
    }
}
