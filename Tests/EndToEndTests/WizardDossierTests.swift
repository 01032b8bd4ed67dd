import DossierCore
import Foundation
import Testing

/// Whole dossiers typed into the built program in a real terminal (tmux at
/// 80×24), from Welcome to Done, then read back from disk through
/// `DossierStore` as the CNOPS check would read them.
@Suite("Wizard end to end: complete ordinary and dental dossiers in a real terminal",
       .enabled(if: TmuxSession.isAvailable))
struct WizardDossierTests {
    /// Welcome → Coverage (enrolled, no other cover, not in traditional
    /// education, born 14/03/2004) → Care sheet.
    static func throughCoverage(_ t: TmuxSession) throws {
        try t.waitFor("> Start")
        try t.press("Enter")
        try t.waitFor("· Coverage")
        try t.answer(["eligibility.enrolled": "y", "eligibility.otherCoverage": "n",
                      "eligibility.traditionalEducationFinalStage": "n", "student.birthDate": "14/03/2004"])
        try t.waitFor("· Care sheet")
    }

    static let student = Student(fullName: "Salma Benali", cnie: "AB123456", massar: "R123456789",
                                 birthDate: CalendarDate(iso: "2004-03-14"),
                                 address: "12, rue Ibn Sina, Kénitra",
                                 institution: "Faculté des sciences, Université Ibn Tofail",
                                 email: "salma@example.ma", phone: "0612345678", rib: nil)

    static func typeStudent(_ t: TmuxSession, _ s: Student) throws {
        try t.waitFor("· Student")
        var answers = ["student.fullName": s.fullName, "student.cnie": s.cnie, "student.address": s.address,
                       "student.institution": s.institution]
        answers["student.massar"] = s.massar
        answers["student.email"] = s.email
        answers["student.phone"] = s.phone
        answers["student.rib"] = s.rib
        try t.answer(answers)
        try t.waitFor("· Treatment")
    }

    /// The saved dossier, its mode, its folder's mode and its summary beside it.
    static func checkSavedFiles(_ world: PrivateWorld) throws -> Dossier {
        let saved = world.savedDossiers()
        try #require(saved.count == 1, "one dossier in --dir: \(saved)")
        let json = saved[0]
        #expect(PrivateWorld.mode(json) == 0o600)
        #expect(PrivateWorld.mode(world.dossiers) == 0o700)
        let summary = String(json.dropLast(".json".count)) + ".txt"
        #expect(FileManager.default.fileExists(atPath: summary), "the printable summary beside the dossier")
        #expect(PrivateWorld.mode(summary) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: world.draftPath), "the draft is gone once the dossier is saved")
        return try DossierStore(folder: world.dossiers).load(path: json)
    }

    /// The Done screen: the mailing address, then Enter quits with status 0.
    static func finish(_ t: TmuxSession) throws {
        let done = try t.waitFor("· Dossier ready")
        #expect(done.contains("8-10, rue Al Khalil"), "\(done)")
        #expect(done.contains("B.P. 912"), "\(done)")
        try t.press("Enter")
        #expect(t.waitForExit())
        #expect(t.exitStatus() == 0, "\((try? t.screen()) ?? "")")
    }

    @Test("An ordinary dossier (a doctor, a pharmacy, a biology lab, glasses) typed from Welcome to Done at 80×24")
    func ordinaryDossier() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        let firstAct = TypedData.daysAgo(6)
        let pharmacyDay = TypedData.daysAgo(5)
        let labDay = TypedData.daysAgo(4)
        let glassesDay = TypedData.daysAgo(3)
        let opticianICE = TypedData.ice("0024681357000")

        try Self.throughCoverage(t)
        try t.answer([:])                                  // the care sheet: ordinary, the default
        try Self.typeStudent(t, Self.student)
        try t.answer(["treatment.firstActDate": firstAct.typed, "treatment.continuous": "n"])

        try t.addEntry(on: "Doctors")
        try t.answer(["practitioners[0].name": "Dr Karim Alami", "practitioners[0].specialty": "Médecine générale",
                      "practitioners[0].inpe": "123456789", "practitioners[0].date": firstAct.typed,
                      "practitioners[0].fee": "250", "practitioners[0].stampedAndSigned": "y"])
        try t.waitFor("Dr Karim Alami")
        try t.continueFromList("Doctors", to: "Pharmacies")

        try t.addEntry(on: "Pharmacies")
        try t.answer(["pharmacies[0].name": "Pharmacie Al Amal", "pharmacies[0].inpe": "445566",
                      "pharmacies[0].date": pharmacyDay.typed,
                      "pharmacies[0].total": "134,60", "pharmacies[0].stampedAndSigned": "y"])
        try t.continueFromList("Pharmacies", to: "Lab tests and imaging")

        try t.addEntry(on: "Lab tests and imaging")
        // The kind is left at biology, the default.
        try t.answer(["labs[0].name": "Laboratoire Pasteur", "labs[0].inpe": "55555", "labs[0].date": labDay.typed,
                      "labs[0].amount": "320.50"])
        try t.continueFromList("Lab tests and imaging", to: "Opticians")

        try t.addEntry(on: "Opticians")
        try t.answer(["opticians[0].name": "Optique Atlas", "opticians[0].inpe": "778899",
                      "opticians[0].ice": opticianICE, "opticians[0].date": glassesDay.typed,
                      "opticians[0].amount": "900", "opticians[0].stampedAndSigned": "y"])
        try t.continueFromList("Opticians", to: "Originals to attach")

        // Prescription, serial numbers, doctor's invoice, lab invoice and
        // results, optician's invoice: longer than the screen.
        try t.tickAllOriginals(count: 6)
        try t.press("Enter")
        let review = try t.waitFor("· Review")
        #expect(review.contains("The dossier is complete."), "\(review)")
        #expect(review.contains("Total expenses: 1605.10 DH"), "250 + 134.60 + 320.50 + 900: \(review)")
        try t.press("F10")
        try Self.finish(t)

        let dossier = try Self.checkSavedFiles(world)
        #expect(dossier.sheet == .ordinary)
        #expect(dossier.chronicDisease == nil)
        #expect(dossier.eligibility == EligibilityAnswers(enrolled: true, otherCoverage: false,
                                                           traditionalEducationFinalStage: false))
        #expect(dossier.student == Self.student)
        #expect(dossier.treatment == Treatment(firstActDate: firstAct.date, continuous: false, endDate: nil))
        #expect(dossier.practitioners == [Practitioner(name: "Dr Karim Alami", specialty: "Médecine générale",
                                                       inpe: "123456789", date: firstAct.date,
                                                       fee: Money(centimes: 25_000), stampedAndSigned: true)])
        #expect(dossier.pharmacies == [PharmacyPurchase(name: "Pharmacie Al Amal", inpe: "445566", date: pharmacyDay.date,
                                                        total: Money(centimes: 13_460), stampedAndSigned: true)])
        #expect(dossier.opticians == [Optician(name: "Optique Atlas", inpe: "778899", ice: opticianICE,
                                               date: glassesDay.date, amount: Money(centimes: 90_000),
                                               stampedAndSigned: true)])
        #expect(dossier.labs == [LabExam(kind: .biology, name: "Laboratoire Pasteur", inpe: "55555",
                                         date: labDay.date, amount: Money(centimes: 32_050))])
        #expect(dossier.dentists.isEmpty)
        let required = RequiredOriginals.documents(for: dossier)
        #expect(!required.isEmpty)
        #expect(required.allSatisfy { dossier.originals[$0] }, "every required original ticked")
        #expect(DossierValidator.problems(in: dossier, context: .builtIn(today: .today())).isEmpty)
    }

    @Test("A dental dossier (a dentist with a valid ICE, a RIB) typed from Welcome to Done at 80×24")
    func dentalDossier() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        let care = TypedData.daysAgo(3)
        let ice = TypedData.ice("0015263748000")
        let rib = TypedData.rib("0110000000012345678901")
        var student = Self.student
        student.fullName = "Youssef El Idrissi"
        student.cnie = "J4567"
        student.massar = nil
        student.email = nil
        student.phone = nil
        student.address = "Cité universitaire, Agadir"
        student.institution = "Université Ibn Zohr"
        student.rib = rib

        try Self.throughCoverage(t)
        try t.answer(["sheet": "3"])                       // dental, by its number
        try Self.typeStudent(t, student)
        try t.answer(["treatment.firstActDate": care.typed, "treatment.continuous": "n"])

        try t.addEntry(on: "Dentists")
        try t.answer(["dentists.name": "Dr Leila Amrani", "dentists.inpe": "24680", "dentists.ice": ice,
                      "dentists.date": care.typed, "dentists.amount": "600", "dentists.stampedAndSigned": "y"])
        try t.continueFromList("Dentists", to: "Originals to attach")
        try t.tickAllOriginals()
        try t.press("Enter")
        let review = try t.waitFor("· Review")
        #expect(review.contains("The dossier is complete."), "\(review)")
        #expect(!review.contains(rib), "the RIB is masked outside its field")
        try t.press("F10")
        try Self.finish(t)

        let dossier = try Self.checkSavedFiles(world)
        #expect(dossier.sheet == .dental)
        #expect(dossier.student == student)
        #expect(dossier.treatment.firstActDate == care.date)
        #expect(dossier.practitioners.isEmpty && dossier.pharmacies.isEmpty && dossier.labs.isEmpty)
        #expect(dossier.dentists == [DentalCare(name: "Dr Leila Amrani", inpe: "24680", ice: ice, date: care.date,
                                                amount: Money(centimes: 60_000), stampedAndSigned: true)])
        #expect(Int64(ice)! % 97 == 0)
        #expect(DossierValidator.problems(in: dossier, context: .builtIn(today: .today())).isEmpty)
    }
}
