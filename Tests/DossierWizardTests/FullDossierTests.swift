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
        d.answer(DossierScript.eligible)
        #expect(d.state.step == .careSheet)
    }

    /// The student screen, answered with Salma's details.
    static func student(_ d: inout WizardDriver) {
        #expect(d.state.step == .student)
        d.answer(DossierScript.salma)
        #expect(d.state.step == .treatment)
    }

    /// The ordinary dossier of `DossierScript.ordinary`, up to the Review.
    static func ordinaryKeys(_ d: inout WizardDriver) {
        DossierScript.ordinary.drive(&d)
        #expect(d.state.step == .review)
    }

    @Test func ordinaryDossierFromWelcomeToDone() throws {
        var d = WizardDriver()
        d.press(.enter)
        #expect(d.state.step == .eligibility)
        Self.ordinaryKeys(&d)
        #expect(ReviewScreen.problems(d.state, testContext).isEmpty)
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
        #expect(done.contains("Envoyez-le en recommandé au plus tard le 11/04/2026 ("), "the days left before « à : », not after it")
        #expect(done.contains("jours restants) à :"), "\(done)")
        #expect(done.contains("Récapitulatif, à imprimer avec cette commande :"))
        #expect(done.contains("lp /x/AB123456.txt"), "how to print the summary")
    }

    @Test func chronicDossierPicksTheDiseaseBySearching() {
        var d = WizardDriver()
        Self.throughEligibility(&d)
        d.focus("sheet")
        d.press(.down)                   // chronic (ALD)
        #expect(d.state.dossier.sheet == .chronic)
        d.press(.enter)
        #expect(d.focusedPath == "chronicDisease")
        d.type("diab")
        #expect(d.screen().contains("> 9. Diabète insulino-dépendant"))
        d.press(.enter)
        #expect(d.state.dossier.chronicDisease == 9)
        #expect(d.focusedPath == "chronicExemptionNumber")
        d.fill("ALD-2025-88412")
        #expect(d.state.step == .student)
        d.answer(DossierScript.chronic.answers)
        d.fill("treatment.firstActDate", "05/01/2026")
        d.focus("treatment.continuous")
        d.press(.character("o"))         // continuous treatment: the end date is asked next
        d.press(.enter)
        #expect(d.focusedPath == "treatment.endDate")
        d.answer(DossierScript.chronic.answers)
        #expect(d.state.step == .care(.practitioners))
        #expect(testContext.core.mailingDeadline(of: d.state.dossier)?.lastMailingDay
                == CalendarDate(year: 2026, month: 4, day: 21))
        d.press(.character("a"))
        d.answer(DossierScript.chronic.answers)
        d.press(.character("n"), .character("n"))
        #expect(d.state.step == .care(.labs))
        d.press(.character("a"))
        #expect(d.focusedPath == "labs[0].kind")
        d.press(.enter)                  // biology
        d.answer(DossierScript.chronic.answers)
        #expect(d.state.entry == nil)
        d.press(.character("n"))
        #expect(d.state.step == .originals)
        #expect(RequiredOriginals.documents(for: d.state.dossier)
                == [.prescription, .doctorInvoice, .labInvoice, .labResults])
        DossierScript.chronic.drive(&d)
        #expect(d.state.step == .review)
        #expect(ReviewScreen.problems(d.state, testContext).isEmpty)
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
            var d = SessionDriver(WizardSession(language: .fr, drafts: drafts, saveDossier: { dossier, language, now, context in
                try store.save(dossier, language: language, now: now, context: context)
            }, today: { testToday }))
            d.intend(.startNew)
            d.answer(DossierScript.dental.answers)
            #expect(d.state.step == .careSheet)
            d.type("3")                      // dental sheet by its number
            #expect(d.state.dossier.sheet == .dental)
            #expect(FileManager.default.fileExists(atPath: drafts.path))
            d.answer(DossierScript.dental.answers)
            d.answer(DossierScript.dental.answers)
            #expect(d.state.step == .treatment)
            d.answer(DossierScript.dental.answers)
            #expect(d.state.step == .care(.dentists))   // doctors, pharmacies, labs skipped
            d.press(.character("a"))
            d.answer(DossierScript.dental.answers)
            d.press(.character("n"))
            #expect(d.state.step == .originals)
            #expect(d.screen().contains("INPE et l'ICE du dentiste"))
            DossierScript.dental.drive(&d)
            #expect(d.state.step == .review)
            let review = d.screen()
            let rib = try #require(DossierScript.dental.answers["student.rib"])
            #expect(review.contains(String(repeating: "•", count: 20) + rib.suffix(4)))
            #expect(!review.contains(rib))
            d.press(.function(10))
            #expect(d.running)
            #expect(d.state.step == .done)
            let saved = try #require(d.state.saved)
            let loaded = try store.load(path: saved.jsonPath)
            #expect(loaded.sheet == .dental)
            #expect(loaded.student.cnie == "J4567")
            #expect(loaded.student.rib == rib)
            #expect(loaded.dentists.first?.ice == validICE("0012345670000"))
            #expect(loaded.dentists.first?.amount == Money(centimes: 60_000))
            let attributes = try FileManager.default.attributesOfItem(atPath: saved.jsonPath)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(!FileManager.default.fileExists(atPath: drafts.path))
            #expect(d.screen().contains("8-10, rue Al Khalil — B.P. 912"))
            d.press(.enter)
            #expect(!d.running)
        }
    }
}
