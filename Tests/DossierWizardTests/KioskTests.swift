import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// A clock the test moves by hand, for the kiosk's idle timeout and the
/// wait between wrong tries (the session's two clocks move together).
final class ManualClock: @unchecked Sendable {
    var now = ContinuousClock.now
    var date = Date()
    func advance(minutes: Int) { advance(seconds: minutes * 60) }
    func advance(seconds: Int) {
        now = now.advanced(by: .seconds(seconds))
        date = date.addingTimeInterval(TimeInterval(seconds))
    }
}

/// `--kiosk`: the next student finds a clean terminal.
@Suite struct KioskTests {
    static let savedPaths = SavedDossier(jsonPath: "/d/AB123456.json", summaryPath: "/d/AB123456.txt")

    @Test func nextStudentStartsFreshWithAClearedScreenAndNoUndo() {
        var state = WizardState()
        state.kiosk = true
        var d = WizardDriver(state)
        FullDossierTests.ordinaryKeys(&d)
        d.press(.function(10))
        d.receive(.dossierSaved(Self.savedPaths))
        #expect(d.state.step == .done)
        #expect(d.screen().contains("Entrée étudiant suivant"))
        d.effects = []
        d.press(.enter)
        #expect(d.effects == [.deleteDraft, .clearScreen])
        #expect(d.state.step == .welcome)
        #expect(d.state.kiosk)
        #expect(d.state.history.isEmpty)
        #expect(d.state.dossier == WizardState().dossier.withTimes(of: d.state.dossier))
        #expect(!d.screen().contains("Salma"))
        d.press(.control("z"))
        #expect(d.state.step == .welcome)
        #expect(d.state.dossier.student.fullName.isEmpty)
        #expect(d.screen().contains("Rien à annuler"))
    }

    @Test func theWelcomeScreenNeverOffersAnotherStudentsDraft() throws {
        try withPrivateFolder { folder in
            let drafts = DraftStore(folder: folder)
            var old = WizardState(language: .fr, step: .student)
            old.touched = true
            old.dossier.student.fullName = "Étudiant précédent"
            try drafts.save(old)
            let kiosk = KioskOptions(vault: DraftVault(dataFolder: folder))
            let session = WizardSession(language: .fr, drafts: drafts, saveDossier: { _, _, _, _ in Self.savedPaths },
                                        today: { testToday }, kiosk: kiosk)
            #expect(session.state.draftOffer == nil)
            #expect(WelcomeScreen.rows(session.state) == [.start, .resumeByCNIE, .openSaved, .plainMode, .language], "opening a saved dossier asks its proof")
            let screen = session.view(width: 80, height: 24).text
            #expect(!screen.contains("Reprendre le brouillon (étape"))
            #expect(screen.contains("Reprendre mon brouillon (avec ma CNIE et ma date de naissance)"))
        }
    }

    @Test func idleTimeoutPutsTheDraftAsideUnderTheCNIEAndClearsTheScreen() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            let drafts = DraftStore(folder: folder)
            let vault = DraftVault(dataFolder: folder)
            let kiosk = KioskOptions(vault: vault, idleLimit: .seconds(10 * 60))
            var d = SessionDriver(WizardSession(language: .fr, drafts: drafts, saveDossier: { _, _, _, _ in Self.savedPaths },
                                                today: { testToday }, kiosk: kiosk, clock: { clock.now }))
            d.startOnStudentScreen()
            d.type("Salma Benali", into: "student.fullName")
            d.type("ab 123456", into: "student.cnie")
            d.type("R12", into: "student.massar")
            var session = d.session
            #expect(session.state.step == .student)
            #expect(session.state.texts["student.massar"] == "R12")

            clock.advance(minutes: 9)
            let early = session.tick()
            #expect(early == false)
            #expect(session.state.step == .student)
            clock.advance(minutes: 1)
            let late = session.tick()
            #expect(late)
            #expect(session.state.step == .welcome)
            #expect(session.state.history.isEmpty)
            #expect(session.state.dossier.student.fullName.isEmpty)
            let first = session.takeScreenClearRequest()
            let second = session.takeScreenClearRequest()
            #expect(first && !second)
            let path = try #require(vault.path(cnie: "AB123456"))
            let file = try FileManager.default.attributesOfItem(atPath: path)
            #expect((file[.posixPermissions] as? Int) == 0o600)
            #expect(drafts.load() == nil)
            // Nothing more to put aside: the clean welcome screen stays.
            clock.advance(minutes: 20)
            let clean = session.tick()
            #expect(clean == false)

            // The student comes back and types their CNIE and birth date.
            _ = session.handle(.key(.down))
            _ = session.handle(.key(.enter))
            #expect(session.state.overlay == .resumeByCNIE)
            for event in typing("ab123456") + [.key(.enter)] { _ = session.handle(event) }
            #expect(session.state.overlay == .resumeBirthDate)
            #expect(session.state.step == .welcome)
            for event in typing("14/03/2004") + [.key(.enter)] { _ = session.handle(event) }
            #expect(session.state.step == .student)
            #expect(session.state.texts["student.massar"] == "R12")
            #expect(session.state.dossier.student.fullName == "Salma Benali")
            #expect(session.state.kiosk)
        }
    }

    @Test func anUnknownCNIESaysSoAndShowsNothing() throws {
        try withPrivateFolder { folder in
            let kiosk = KioskOptions(vault: DraftVault(dataFolder: folder))
            var session = WizardSession(language: .fr, drafts: DraftStore(folder: folder),
                                        saveDossier: { _, _, _, _ in Self.savedPaths }, today: { testToday }, kiosk: kiosk)
            for event in [Event.key(.down), .key(.enter)] + typing("XY999999") + [.key(.enter)]
                + typing("14/03/2004") + [.key(.enter)] {
                _ = session.handle(event)
            }
            #expect(session.state.step == .welcome)
            #expect(KioskProofTests.insideBox(session.view(width: 80, height: 24).text).contains("Aucun brouillon mis de côté ne correspond à cette CNIE et cette date de naissance."))
        }
    }
}

extension Dossier {
    /// This dossier with the creation times of `other`, which a fresh state
    /// takes from the clock.
    func withTimes(of other: Dossier) -> Dossier {
        var copy = self
        copy.id = other.id
        copy.createdAt = other.createdAt
        copy.updatedAt = other.updatedAt
        return copy
    }
}
