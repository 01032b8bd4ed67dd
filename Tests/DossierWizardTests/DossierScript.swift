import Testing
import DossierCore
@testable import DossierWizard

/// One dossier as the answers a student gives, by question: a field's JSON
/// path, how many entries of each care kind, which originals are in the
/// envelope. The same script is played on the full-screen wizard (keys,
/// screen by screen) and read by the plain mode (answers by question), so
/// the two front-ends can be compared on one dossier; a field added to a
/// screen gets Enter in both, and no script needs to change for it.
struct DossierScript {
    /// By JSON path; yes/no as "o" or "n" and a choice by its number, which
    /// both front-ends read alike.
    var answers: [String: String]
    var entries: [CareKind: Int] = [:]
    var originals: Set<Originals.Document> = []

    /// Plays the script on the full-screen wizard from wherever it stands
    /// (the welcome screen or any later one) up to the Review.
    func drive<D: WizardDriving>(_ d: inout D) {
        if d.state.step == .welcome { d.intend(.startNew) }
        var moves = 0
        while d.state.step != .review {
            moves += 1
            let before = (d.state.step, d.state.entry)
            switch d.state.step {
            case .care(let kind) where d.state.entry == nil:
                d.press(.character(d.state.dossier.entryCount(kind) < (entries[kind] ?? 0) ? "a" : "n"))
            case .originals:
                for (row, document) in RequiredOriginals.documents(for: d.state.dossier).enumerated()
                where originals.contains(document) != d.state.dossier.originals[document] {
                    d.intend(.selectRow(row))
                    d.press(.character(" "))
                }
                d.answer([:])
            case .eligibility, .careSheet, .student, .treatment, .care:
                d.answer(answers)
            case .welcome, .review, .done:
                return
            }
            if (d.state.step, d.state.entry) == before || moves > 50 {
                Issue.record("the script stopped on \(d.state.step.rawValue), field \(d.state.focusedPath ?? "none")")
                return
            }
        }
    }

    /// The same answers as the plain mode's console reads them, by question.
    var plain: [String: [String]] {
        var queues = answers.mapValues { [$0] }
        for kind in CareKind.allCases {
            queues["entries.\(kind.rawValue)"] = Array(repeating: "o", count: entries[kind] ?? 0) + ["n"]
        }
        for document in Originals.Document.allCases {
            queues["originals.\(document.rawValue)"] = [originals.contains(document) ? "o" : "n"]
        }
        queues["review"] = ["o"]
        return queues
    }

    // MARK: - The dossiers of the tests

    static let eligible: [String: String] = [
        "eligibility.enrolled": "o", "eligibility.otherCoverage": "n",
        "eligibility.traditionalEducationFinalStage": "n", "student.birthDate": "14/03/2004",
    ]

    /// Salma, a student with nothing to declare but her name, CNIE, address
    /// and institution.
    static let salma: [String: String] = [
        "student.fullName": "Salma Benali", "student.cnie": "ab 123456", "student.massar": "R123456789",
        "student.address": "12, rue Ibn Sina, Kénitra",
        "student.institution": "Faculté des sciences, Université Ibn Tofail",
        "student.email": "salma@example.ma", "student.phone": "0612345678",
    ]

    /// A doctor and a pharmacy purchase (with the pharmacist's INPE) on the
    /// ordinary sheet, every original they need in the envelope.
    static let ordinary = DossierScript(
        answers: eligible.merging(salma) { $1 }.merging([
            "sheet": "1",
            "treatment.firstActDate": "10/02/2026",
            "practitioners[0].name": "Dr Karim Alami", "practitioners[0].specialty": "Médecine générale",
            "practitioners[0].inpe": "123456789", "practitioners[0].date": "10/02/2026",
            "practitioners[0].fee": "250", "practitioners[0].stampedAndSigned": "o",
            "pharmacies[0].name": "Pharmacie Al Amal", "pharmacies[0].inpe": "556677", "pharmacies[0].date": "11/02/2026",
            "pharmacies[0].total": "134,60", "pharmacies[0].stampedAndSigned": "o",
        ]) { $1 },
        entries: [.practitioners: 1, .pharmacies: 1],
        originals: [.prescription, .medicineSerialNumbers, .doctorInvoice])

    /// Diabetes on the ALD sheet with its exemption agreement, a continuous
    /// treatment, a doctor and a biology lab (on the doctor's prescription).
    static let chronic = DossierScript(
        answers: eligible.merging([
            "sheet": "2", "chronicDisease": "9", "chronicExemptionNumber": "ALD-2025-88412",
            "student.fullName": "Youssef Amrani", "student.cnie": "JB45678",
            "student.address": "3, derb Sidi Bouloukat, Marrakech", "student.institution": "Université Cadi Ayyad",
            "treatment.firstActDate": "05/01/2026", "treatment.continuous": "o", "treatment.endDate": "20/02/2026",
            "practitioners[0].name": "Dr Nadia Tazi", "practitioners[0].specialty": "Endocrinologie",
            "practitioners[0].inpe": "987654321", "practitioners[0].date": "05/01/2026",
            "practitioners[0].fee": "400", "practitioners[0].stampedAndSigned": "o",
            "labs[0].kind": "1", "labs[0].name": "Laboratoire Pasteur", "labs[0].inpe": "55555",
            "labs[0].date": "06/01/2026", "labs[0].amount": "320,50",
        ]) { $1 },
        entries: [.practitioners: 1, .labs: 1],
        originals: [.prescription, .doctorInvoice, .labInvoice, .labResults])

    /// A dentist on the dental sheet, with a RIB.
    static let dental = DossierScript(
        answers: eligible.merging([
            "student.birthDate": "02/09/2003", "sheet": "3",
            "student.fullName": "Youssef El Idrissi", "student.cnie": "J4567",
            "student.address": "Cité universitaire, Agadir", "student.institution": "Université Ibn Zohr",
            "student.rib": validRIB("0110000000012345678901"),
            "treatment.firstActDate": "15/02/2026",
            "dentists[0].name": "Dr Leila Amrani", "dentists[0].inpe": "24680",
            "dentists[0].ice": validICE("0012345670000"), "dentists[0].date": "15/02/2026",
            "dentists[0].amount": "600", "dentists[0].stampedAndSigned": "o",
        ]) { $1 },
        entries: [.dentists: 1],
        originals: [.dentalChartAndXrays])
}
