import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// Dossiers and folders for the store, schema, summary and report tests.
enum StoreFixtures {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func dh(_ text: String) -> Money { try! Money.parse(text).get() }

    /// 97 × 1234567890123: fifteen digits, divisible by 97.
    static let ice = "119753085341931"
    /// 22 digits and the key 96 they call for.
    static let rib = "007780000123456789012396"
    static let today = day("2026-02-01")
    /// 2026-02-01 10:30:00 UTC, in whole seconds.
    static let now = Date(timeIntervalSince1970: 1_769_941_800)

    /// Complete as of `today`: eligible, every field valid, every original
    /// ticked, first act 2026-01-10 so the last mailing day is 2026-03-11.
    static func complete() -> Dossier {
        Dossier(
            id: UUID(uuidString: "6F1C2E1A-0B7D-4B7E-9C55-2D3A4B5C6D7E")!,
            createdAt: Date(timeIntervalSince1970: 1_769_900_000),
            sheet: .ordinary,
            student: Student(fullName: "Amina El Idrissi", cnie: "AB123456", massar: "R123456789",
                             birthDate: day("2003-05-14"), address: "12, rue Oued Sebou, Agadir",
                             institution: "Université Ibn Zohr", email: "amina@example.ma",
                             phone: "0600000000", rib: rib),
            eligibility: EligibilityAnswers(enrolled: true, otherCoverage: false),
            treatment: Treatment(firstActDate: day("2026-01-10")),
            practitioners: [Practitioner(name: "Dr Karim Benali", specialty: "Médecine générale", inpe: "123456",
                                         date: day("2026-01-10"), fee: dh("150"), stampedAndSigned: true)],
            pharmacies: [PharmacyPurchase(name: "Pharmacie Al Amal", inpe: "334455", date: day("2026-01-10"),
                                          total: dh("212,40"), stampedAndSigned: true)],
            labs: [LabExam(kind: .biology, name: "Laboratoire Souss", inpe: "778899", date: day("2026-01-12"),
                           amount: dh("180.5")),
                   LabExam(kind: .imaging, name: "Centre Radiologie Atlas", inpe: "445566", date: day("2026-01-14"),
                           amount: dh("300"))],
            originals: Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true, labInvoice: true,
                                 imagingInvoice: true, labResults: true, imagingReport: true)
        )
    }

    /// Every key the encoder can write: chronic sheet with its disease, a
    /// continuous treatment with its end, every optional student field, one
    /// entry of every kind with every optional value.
    static func everyField() -> Dossier {
        var d = complete()
        d.sheet = .chronic
        d.chronicDisease = 9
        d.chronicExemptionNumber = "ALD-2025-004512"
        d.treatment = Treatment(firstActDate: day("2026-01-10"), continuous: true, endDate: day("2026-01-30"))
        d.opticians = [Optician(name: "Optique Souss", inpe: "880022", ice: ice, date: day("2026-01-18"),
                                amount: dh("650"), stampedAndSigned: true)]
        d.dentists = [DentalCare(name: "Dr Salma Tazi", inpe: "990011", ice: ice, date: day("2026-01-20"),
                                 amount: dh("400"), stampedAndSigned: true)]
        // The fields declared in the registry alone, whatever they are.
        for field in FieldRegistry.student where field.moreKey != nil {
            field.commit("Texte de \(field.name)", into: &d, entry: nil)
        }
        return d
    }

    /// The keys always written: no optional value anywhere, one empty entry
    /// of every kind.
    static func fewestFields() -> Dossier {
        Dossier(student: Student(), treatment: Treatment(), practitioners: [Practitioner()],
                pharmacies: [PharmacyPurchase()], labs: [LabExam()], opticians: [Optician()], dentists: [DentalCare()])
    }

    /// A private folder (0700) for one test, removed by `remove`.
    static func privateFolder() -> String {
        let path = NSTemporaryDirectory() + "amo-dossier-test-" + UUID().uuidString
        mkdir(path, 0o700)
        chmod(path, 0o700)
        return path
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    /// The dossier as the JSON object the store writes, for tests that damage it.
    static func jsonObject(_ dossier: Dossier) -> [String: Any] {
        let data = try! DossierJSON.encoder(rules: .builtIn).encode(dossier)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }
}
