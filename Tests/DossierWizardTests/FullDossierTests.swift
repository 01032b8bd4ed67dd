import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Whole dossiers typed from the welcome screen to Done, through the real
/// session, the real draft file and the real dossier store.
@Suite struct FullDossierTests {
    /// Welcome → eligibility → care sheet, with a valid birth date.
    static func throughEligibility(_ d: inout WizardDriver) {
        d.press(.enter)                 // Welcome: start
        #expect(d.state.step == .eligibility)
        d.press(.enter, .enter)          // enrolled: yes; other coverage: no
        d.fill("14/03/2004")             // birth date
        d.press(.enter)                  // traditional education: no → next screen
        #expect(d.state.step == .careSheet)
    }

    static func student(_ d: inout WizardDriver) {
        #expect(d.state.step == .student)
        d.fill("Salma Benali")
        d.fill("ab 123456")
        d.fill("R123456789")
        d.fill("12, rue Ibn Sina, Kénitra")
        d.fill("Faculté des sciences, Université Ibn Tofail")
        d.fill("salma@example.ma")
        d.fill("0612345678")
        d.fill("")                        // no RIB: money order
        #expect(d.state.step == .treatment)
    }

    static func ordinaryKeys(_ d: inout WizardDriver) {
        throughEligibility(&d)
        d.press(.enter)                  // ordinary sheet (the default)
        student(&d)
        d.fill("10/02/2026")
        d.press(.enter)                  // not continuous → practitioners
        #expect(d.state.step == .practitioners)
        d.press(.character("a"))
        d.fill("Dr Karim Alami")
        d.fill("Médecine générale")
        d.fill("123456789")
        d.fill("10/02/2026")
        d.fill("250")
        d.press(.character("o"), .enter) // stamped → back to the list
        #expect(d.state.step == .practitioners && d.state.entry == nil)
        d.press(.character("n"))
        #expect(d.state.step == .pharmacies)
        d.press(.insert)
        d.fill("Pharmacie Al Amal")
        d.fill("11/02/2026")
        d.fill("134,60")
        d.press(.character("o"), .enter)
        d.press(.character("n"))
        #expect(d.state.step == .labs)
        d.press(.enter)                  // empty list: skipped
        #expect(d.state.step == .originals)
        d.press(.character(" "), .down, .character(" "), .enter)
        #expect(d.state.step == .review)
    }

    @Test func ordinaryDossierFromWelcomeToDone() throws {
        var d = WizardDriver()
        Self.ordinaryKeys(&d)
        #expect(Wizard.reviewProblems(d.state, testContext).isEmpty)
        #expect(d.screen().contains("Total des frais : 384,60 DH"))
        d.press(.function(10))
        #expect(d.effects.last == .saveDossier)
        let dossier = d.state.dossier
        #expect(dossier.sheet == .ordinary)
        #expect(dossier.student.fullName == "Salma Benali")
        #expect(dossier.student.cnie == "AB123456")
        #expect(dossier.student.rib == nil)
        #expect(dossier.student.birthDate == CalendarDate(year: 2004, month: 3, day: 14))
        #expect(dossier.treatment.firstActDate == CalendarDate(year: 2026, month: 2, day: 10))
        #expect(dossier.practitioners == [Practitioner(name: "Dr Karim Alami", specialty: "Médecine générale",
                                                       inpe: "123456789",
                                                       date: CalendarDate(year: 2026, month: 2, day: 10),
                                                       fee: Money(centimes: 25_000), stampedAndSigned: true)])
        #expect(dossier.pharmacies.first?.total == Money(centimes: 13_460))
        #expect(dossier.labs.isEmpty && dossier.dentists.isEmpty)
        #expect(dossier.originals.prescription && dossier.originals.doctorInvoice)
        d.receive(.dossierSaved(SavedDossier(jsonPath: "/x/AB123456.json", summaryPath: "/x/AB123456.txt")))
        #expect(d.state.step == .done)
        #expect(d.effects.last == .deleteDraft)
        let done = d.screen()
        #expect(done.contains("8-10, rue Al Khalil — B.P. 912"))
        #expect(done.contains("/x/AB123456.txt"))
        #expect(done.contains("Envoyez-le en recommandé au plus tard le 11/04/2026"))
    }

    @Test func chronicDossierPicksTheDiseaseBySearching() {
        var d = WizardDriver()
        Self.throughEligibility(&d)
        d.press(.down)                   // chronic (ALD)
        #expect(d.state.dossier.sheet == .chronic)
        d.press(.enter)
        #expect(d.focusedPath == "chronicDisease")
        d.type("diab")
        #expect(d.screen().contains("▸ 9. Diabète insulino-dépendant"))
        d.press(.enter)
        #expect(d.state.dossier.chronicDisease == 9)
        Self.student(&d)
        d.fill("05/01/2026")
        d.press(.character("o"))         // continuous treatment
        d.press(.enter)
        #expect(d.focusedPath == "treatment.endDate")
        d.fill("20/02/2026")
        #expect(d.state.step == .practitioners)
        #expect(d.state.dossier.lastMailingDay == CalendarDate(year: 2026, month: 4, day: 21))
        d.press(.character("a"))
        d.fill("Dr Nadia Tazi")
        d.fill("Endocrinologie")
        d.fill("987654321")
        d.fill("05/01/2026")
        d.fill("400")
        d.press(.character("o"), .enter)
        d.press(.character("n"), .character("n"))
        #expect(d.state.step == .labs)
        d.press(.character("a"))
        #expect(d.focusedPath == "labs[0].kind")
        d.press(.enter)                  // biology
        d.fill("Laboratoire Pasteur")
        d.fill("55555")
        d.fill("06/01/2026")
        d.fill("320,50")
        #expect(d.state.entry == nil)
        d.press(.character("n"))
        #expect(d.state.step == .originals)
        #expect(RequiredOriginals.documents(for: d.state.dossier) == [.doctorInvoice, .labInvoice, .labResults])
        d.press(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        #expect(d.state.step == .review)
        #expect(Wizard.reviewProblems(d.state, testContext).isEmpty)
        d.press(.enter)                  // "Save" is selected on a complete dossier
        #expect(d.effects.last == .saveDossier)
        let dossier = d.state.dossier
        #expect(dossier.sheet == .chronic && dossier.chronicDisease == 9)
        #expect(dossier.treatment == Treatment(firstActDate: CalendarDate(year: 2026, month: 1, day: 5), continuous: true,
                                               endDate: CalendarDate(year: 2026, month: 2, day: 20)))
        #expect(dossier.labs == [LabExam(kind: .biology, name: "Laboratoire Pasteur", inpe: "55555",
                                         date: CalendarDate(year: 2026, month: 1, day: 6), amount: Money(centimes: 32_050))])
        #expect(dossier.total == Money(centimes: 72_050))
    }

    @Test func dentalDossierThroughTheSessionIsSavedToDisk() throws {
        try withPrivateFolder { folder in
            let store = DossierStore(folder: folder + "/dossiers")
            let drafts = DraftStore(folder: folder + "/data")
            var session = WizardSession(language: .fr, drafts: drafts, saveDossier: { dossier, language, now in
                return try store.save(dossier, language: language, now: now)
            }, today: { testToday })
            func keys(_ keys: Key...) { for k in keys { _ = session.handle(.key(k)) } }
            func fill(_ text: String) {
                for c in text { _ = session.handle(.key(.character(c))) }
                _ = session.handle(.key(.enter))
            }
            keys(.enter, .enter, .enter)
            fill("02/09/2003")
            keys(.enter)
            keys(.character("3"), .enter)   // dental sheet by its number
            #expect(session.state.dossier.sheet == .dental)
            #expect(FileManager.default.fileExists(atPath: drafts.path))
            fill("Youssef El Idrissi"); fill("J4567"); fill(""); fill("Cité universitaire, Agadir")
            fill("Université Ibn Zohr"); fill(""); fill("")
            let rib = validRIB("0110000000012345678901")
            fill(rib)
            #expect(session.state.step == .treatment)
            fill("15/02/2026")
            keys(.enter)
            #expect(session.state.step == .dentists)   // doctors, pharmacies, labs skipped
            keys(.character("a"))
            fill("Dr Leila Amrani"); fill("24680")
            fill(validICE("0012345670000"))
            fill("15/02/2026"); fill("600")
            keys(.character("o"), .enter)
            keys(.character("n"))
            #expect(session.state.step == .originals)
            let originals = session.view(width: 80, height: 24).text
            #expect(originals.contains("INPE et l'ICE du dentiste"))
            keys(.enter)
            #expect(session.state.step == .review)
            let review = session.view(width: 80, height: 24).text
            #expect(review.contains(String(repeating: "•", count: 20) + rib.suffix(4)))
            #expect(!review.contains(rib))
            let running = session.handle(.key(.function(10)))
            #expect(running)
            #expect(session.state.step == .done)
            let saved = try #require(session.state.saved)
            let loaded = try store.load(path: saved.jsonPath)
            #expect(loaded.sheet == .dental)
            #expect(loaded.student.cnie == "J4567")
            #expect(loaded.student.rib == rib)
            #expect(loaded.dentists.first?.ice == validICE("0012345670000"))
            #expect(loaded.dentists.first?.amount == Money(centimes: 60_000))
            let attributes = try FileManager.default.attributesOfItem(atPath: saved.jsonPath)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(!FileManager.default.fileExists(atPath: drafts.path))
            #expect(session.view(width: 80, height: 24).text.contains("8-10, rue Al Khalil — B.P. 912"))
            let stillRunning = session.handle(.key(.enter))
            #expect(!stillRunning)
        }
    }
}
