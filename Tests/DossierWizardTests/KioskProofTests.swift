import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Kiosk mode, issue 10: a put-aside draft is given back only for its CNIE
/// and its birth date, with one message whichever was wrong and a growing
/// wait; the Done screen leads nowhere back; the quit window says who can
/// read a draft kept.
@Suite struct KioskProofTests {
    static let saved = SavedDossier(jsonPath: "/d/AB123456.json", summaryPath: "/d/AB123456.txt")

    /// Salma's draft as the idle timeout put it aside: her RIB, her address.
    static func salmasDraft() -> WizardState {
        var draft = WizardState(language: .fr, step: .student)
        draft.touched = true
        draft.dossier.student = Student(fullName: "Salma Benali", cnie: "AB123456",
                                        birthDate: CalendarDate(year: 2004, month: 3, day: 14),
                                        address: "12, rue Ibn Sina, Kénitra", rib: validRIB("0117800000123456789012"))
        return draft
    }

    static func session(_ folder: String, _ clock: ManualClock, vault: DraftVault? = nil) -> WizardSession {
        let kiosk = KioskOptions(vault: vault ?? DraftVault(dataFolder: folder))
        return WizardSession(language: .fr, drafts: DraftStore(folder: folder), saveDossier: { _, _, _, _ in saved },
                             today: { testToday }, kiosk: kiosk, clock: { clock.now }, now: { clock.date })
    }

    /// "Reprendre mon brouillon", the CNIE, the birth date, as typed.
    /// After a wrong try the CNIE prompt is open again.
    static func tryResume(_ session: inout WizardSession, cnie: String, born: String) {
        var events = typing(cnie) + [.key(.enter)] + typing(born) + [.key(.enter)]
        if session.state.overlay != .resumeByCNIE { events = [.key(.down), .key(.enter)] + events }
        for event in events { _ = session.handle(event) }
    }

    /// What the prompt says under its field.
    static func said(_ session: WizardSession) -> Notice? { session.state.inputNote?.notice }

    @Test func aCNIEAloneOpensNothingAndWrongTriesGetOneMessageAndAGrowingWait() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            let vault = DraftVault(dataFolder: folder)
            try vault.save(Self.salmasDraft(), cnie: "AB123456")
            var session = Self.session(folder, clock)

            // The right CNIE, a wrong birth date.
            Self.tryResume(&session, cnie: "AB123456", born: "15/03/2004")
            let wrongDate = session.view(width: 80, height: 24).text
            #expect(session.state.step == .welcome)
            #expect(!wrongDate.contains("Salma"))
            #expect(Self.said(session) == Notice("wizard.kiosk.noDraft", ["seconds": "2"], kind: .error))

            // A wrong CNIE with the right birth date: the very same words, a longer wait.
            clock.advance(seconds: 2)
            Self.tryResume(&session, cnie: "AB123457", born: "14/03/2004")
            #expect(session.state.step == .welcome)
            #expect(Self.said(session) == Notice("wizard.kiosk.noDraft", ["seconds": "4"], kind: .error))
            #expect(Self.insideBox(session.view(width: 80, height: 24).text).contains(
                "Aucun brouillon mis de côté ne correspond à cette CNIE et cette date de naissance."))

            // Right, but too soon: not even checked.
            Self.tryResume(&session, cnie: "AB123456", born: "14/03/2004")
            #expect(session.state.step == .welcome)
            #expect(Self.said(session) == Notice("wizard.kiosk.wait", ["seconds": "4"], kind: .error))

            // Starting again does not start the count afresh.
            clock.advance(seconds: 1)
            var again = Self.session(folder, clock)
            Self.tryResume(&again, cnie: "AB123456", born: "14/03/2004")
            #expect(Self.said(again) == Notice("wizard.kiosk.wait", ["seconds": "3"], kind: .error))

            // Once the wait is over, both right, in any spacing and case.
            clock.advance(seconds: 3)
            Self.tryResume(&again, cnie: " ab 123 456 ", born: "14/03/2004")
            #expect(again.state.step == .student)
            #expect(again.state.dossier.student.fullName == "Salma Benali")
            #expect(again.state.history.isEmpty)
            // The count is cleared: the next wrong try waits the shortest time.
            #expect(ResumeThrottle(folder: vault.folder).secondsLeft(now: clock.date) == 0)
        }
    }

    @Test func aBirthDateThatIsNoDateIsSaidInThePromptAndCountsNoTry() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            var session = Self.session(folder, clock)
            for event in [Event.key(.down), .key(.enter)] + typing("AB123456") + [.key(.enter)] + typing("14-3") + [.key(.enter)] {
                _ = session.handle(event)
            }
            #expect(session.state.overlay == .resumeBirthDate)
            #expect(Self.insideBox(session.view(width: 80, height: 24).text).contains("Tapez la date de naissance comme JJ/MM/AAAA"))
            #expect(ResumeThrottle(folder: DraftVault(dataFolder: folder).folder).secondsLeft(now: clock.date) == 0)
            _ = session.handle(.key(.escape))
            #expect(session.state.overlay == nil)
            #expect(session.state.resumeCNIE.isEmpty)
        }
    }

    @Test func expiredDraftsAreDeletedAtStartAndTheLifetimeIsConfigurable() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            let vault = DraftVault(dataFolder: folder, lifetimeDays: 3)
            let path = try vault.save(Self.salmasDraft(), cnie: "AB123456")
            clock.advance(seconds: 3 * 24 * 3600 - 60)
            _ = Self.session(folder, clock, vault: vault)
            #expect(FileManager.default.fileExists(atPath: path))
            clock.advance(seconds: 120)
            _ = Self.session(folder, clock, vault: vault)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    /// A whole ordinary dossier saved with F10 at a kiosk: the Done screen.
    static func savedAtKiosk(_ folder: String, _ clock: ManualClock) -> SessionDriver {
        var d = SessionDriver(Self.session(folder, clock))
        d.press(.enter)
        DossierScript.ordinary.drive(&d)
        #expect(d.state.step == .review)
        d.press(.function(10))
        #expect(d.state.step == .done)
        return d
    }

    /// Every file in the data folder's drafts: the account's and the kiosk's.
    static func draftFiles(_ folder: String) -> [String] {
        let kiosk = (try? FileManager.default.contentsOfDirectory(atPath: DraftVault(dataFolder: folder).folder)) ?? []
        let own = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
        return kiosk.filter { $0.hasSuffix(".json") } + own
    }

    @Test func theDoneScreenIsADeadEndEscAndUndoLeadNowhereAndNoDraftIsWritten() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            var d = Self.savedAtKiosk(folder, clock)
            #expect(Self.draftFiles(folder).isEmpty)
            d.press(.escape)
            #expect(d.state.step == .done)
            d.press(.control("z"))
            #expect(d.state.step == .done)
            #expect(d.state.saved == Self.saved)
            #expect(d.screen().contains("Rien à annuler"))
            d.press(.function(10))
            d.press(.control("s"))
            #expect(d.state.step == .done)
            d.session.saveDraftNow()
            d.session.saveBeforeExit()
            _ = d.session.perform([.saveDraft])
            #expect(Self.draftFiles(folder).isEmpty, "no draft for a dossier already saved")
        }
    }

    @Test func theIdleTimeoutClearsADoneScreenAfterAMinuteNotTen() throws {
        try withPrivateFolder { folder in
            let clock = ManualClock()
            var d = Self.savedAtKiosk(folder, clock)
            clock.advance(seconds: 59)
            let early = d.session.tick()
            #expect(!early)
            #expect(d.state.step == .done)
            clock.advance(seconds: 1)
            let late = d.session.tick()
            #expect(late)
            #expect(d.state.step == .welcome)
            #expect(d.state.saved == nil)
            let cleared = d.session.takeScreenClearRequest()
            #expect(cleared)
            #expect(!d.screen().contains("Salma"))
            #expect(Self.draftFiles(folder).isEmpty)
        }
    }

    /// The quit window's words as read: box edges gone, lines joined.
    static func quitWindow(_ language: Language, kiosk: Bool, student: Student = Student()) -> String {
        var state = WizardState(language: language, step: .student)
        state.dossier.student = student
        state.kiosk = kiosk
        state.bidi = .terminal
        state.bidiKnown = true
        state.touched = true
        var d = WizardDriver(state)
        d.press(.control("q"))
        #expect(d.state.overlay == .quit)
        return insideBox(d.screen(80, 24))
    }

    /// The words of the window over a screen, as read: what is between its
    /// two edges, its lines joined.
    static func insideBox(_ screen: String) -> String {
        screen.components(separatedBy: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { return nil }
            return line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test(arguments: [(Language.fr, "quiconque utilise ce compte ensuite pourra reprendre ce brouillon"),
                      (.ar, "كل من يستعمل هذا الحساب بعدك يستطيع استئناف هذه المسودة"),
                      (.en, "whoever uses this account next can resume this draft")])
    func outsideKioskModeTheQuitWindowSaysWhoCanResumeTheDraft(_ language: Language, _ words: String) {
        #expect(Self.quitWindow(language, kiosk: false).contains(words))
        let atKiosk = Self.quitWindow(language, kiosk: true)
        #expect(!atKiosk.contains(words))
    }

    @Test func atAKioskTheQuitWindowSaysTheDraftTakesTheCNIEAndTheBirthDate() {
        let salma = Self.salmasDraft().dossier.student
        #expect(Self.quitWindow(.en, kiosk: true, student: salma).contains("Resuming it takes your CNIE and your birth date."))
        // Without both, the draft could never be proved anyone's: that is said.
        var noDate = salma
        noDate.birthDate = nil
        #expect(Self.quitWindow(.en, kiosk: true, student: noDate)
                    .contains("Without a valid CNIE and birth date this draft cannot be resumed here."))
    }
}
