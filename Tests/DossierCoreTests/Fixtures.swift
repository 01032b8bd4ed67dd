import Foundation
@testable import DossierCore

/// Dossiers and identifiers for the rule tests, written out by hand so a test
/// never derives its expected value from the code it checks.
enum Fixtures {
    /// A RIB whose key was computed outside the program:
    /// 97 − (1817800000123456789091 × 100 mod 97) = 16.
    static let validRIB = "181780000012345678909116"
    /// The same RIB with the key one off (17 instead of 16).
    static let ribWrongKey = "181780000012345678909117"
    /// An ICE ≡ 0 (mod 97): 97 − (0015000012066 × 100 mod 97) = 5.
    static let validICE = "001500001206605"
    static let iceWrongKey = "001500001206606"

    static func date(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return d
    }

    static func money(_ text: String) -> Money {
        guard case .success(let m) = Money.parse(text) else { fatalError("bad fixture amount \(text)") }
        return m
    }

    static let today = date("2026-02-20")

    /// An ordinary-sheet dossier with nothing missing and nothing to warn
    /// of: a doctor, a pharmacy (with its INPE), a biology lab and an
    /// imaging exam, every original ticked.
    static func completeOrdinary() -> Dossier {
        Dossier(
            id: UUID(uuidString: "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")!,
            createdAt: Date(timeIntervalSince1970: 1_770_000_000),
            sheet: .ordinary,
            student: Student(fullName: "Salma Benali", cnie: "AB123456", massar: "R123456789",
                             birthDate: date("2003-05-14"), address: "12, rue Oued Sebou, Agadir",
                             institution: "Université Ibn Zohr", email: "salma@example.org",
                             phone: "0612345678", rib: validRIB),
            eligibility: EligibilityAnswers(enrolled: true, otherCoverage: false, traditionalEducationFinalStage: false),
            treatment: Treatment(firstActDate: date("2026-02-02")),
            practitioners: [Practitioner(name: "Dr Amrani", specialty: "Médecine générale", inpe: "123456789",
                                         date: date("2026-02-02"), fee: money("200"), stampedAndSigned: true)],
            pharmacies: [PharmacyPurchase(name: "Pharmacie Al Amal", inpe: "112233", date: date("2026-02-03"),
                                          total: money("154,30"), stampedAndSigned: true)],
            labs: [LabExam(kind: .biology, name: "Laboratoire Souss", inpe: "987654", date: date("2026-02-05"),
                           amount: money("120.50")),
                   LabExam(kind: .imaging, name: "Centre Radio Atlas", inpe: "55501", date: date("2026-02-06"),
                           amount: money("350"))],
            originals: Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true, labInvoice: true,
                                 imagingInvoice: true, labResults: true, imagingReport: true))
    }

    /// Glasses, complete, for adding to the ordinary fixture (whose
    /// originals then need the optician's invoice too).
    static let optician = Optician(name: "Optique Atlas", inpe: "667788", ice: validICE, date: date("2026-02-07"),
                                   amount: money("780"), stampedAndSigned: true)

    static func completeDental() -> Dossier {
        var d = completeOrdinary()
        d.sheet = .dental
        d.practitioners = []
        d.pharmacies = []
        d.labs = []
        d.dentists = [DentalCare(name: "Dr Tazi", inpe: "4455", ice: validICE, date: date("2026-02-02"),
                                 amount: money("400"), stampedAndSigned: true)]
        d.originals = Originals(dentalChartAndXrays: true)
        return d
    }

    static func codes(_ problems: [Problem]) -> [String] { problems.map(\.code) }

    static func has(_ problems: [Problem], _ code: String, at path: String) -> Bool {
        problems.contains { $0.code == code && $0.path == path }
    }
}
