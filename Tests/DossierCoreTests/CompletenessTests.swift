import Foundation
import Testing
@testable import DossierCore

@Suite("Completeness: eligible, every field valid, originals ticked, some care, deadline not passed")
struct CompletenessTests {
    let today = Fixtures.today

    func problems(_ d: Dossier) -> [Problem] { DossierValidator.problems(in: d, today: today) }

    @Test("the complete fixtures have no problem at all")
    func complete() {
        #expect(problems(Fixtures.completeOrdinary()).isEmpty)
        #expect(DossierValidator.isComplete(Fixtures.completeOrdinary(), today: today))
        #expect(problems(Fixtures.completeDental()).isEmpty)
    }

    @Test("an empty dossier lists what a person must fill, in order")
    func emptyDossier() {
        let p = problems(Dossier())
        #expect(p.map { "\($0.code)@\($0.path)" } == [
            "field.missing@student.fullName",
            "cnie.missing@student.cnie",
            "date.missing@student.birthDate",
            "field.missing@student.address",
            "field.missing@student.institution",
            "date.missing@treatment.firstActDate",
            "care.none@practitioners",
        ])
        #expect(!DossierValidator.isComplete(Dossier(), today: today))
    }

    @Test("at least one care entry")
    func noCare() {
        var d = Fixtures.completeOrdinary()
        d.practitioners = []; d.pharmacies = []; d.labs = []
        d.originals = Originals()
        #expect(Fixtures.codes(problems(d)) == ["care.none"])
    }

    @Test("chronic disease: only and always on the chronic sheet, numbered 1…42")
    func chronicDisease() throws {
        var d = Fixtures.completeOrdinary()
        d.sheet = .chronic
        d.chronicExemptionNumber = "ALD-2024-1187"
        #expect(Fixtures.codes(problems(d)) == ["chronicDisease.missing"])
        for n in [1, 17, 42] {
            d.chronicDisease = n
            #expect(problems(d).isEmpty, "disease \(n)")
        }
        for n in [0, 43, -1] {
            d.chronicDisease = n
            let p = problems(d)
            #expect(Fixtures.codes(p) == ["chronicDisease.unknown"])
            #expect(p.first?.arguments == ["value": String(n), "max": "42"])
        }
        var ordinary = Fixtures.completeOrdinary()
        ordinary.chronicDisease = 9
        #expect(Fixtures.codes(problems(ordinary)) == ["chronicDisease.notChronic"])
        var dental = Fixtures.completeDental()
        dental.chronicDisease = 9
        #expect(Fixtures.codes(problems(dental)) == ["chronicDisease.notChronic"])
    }

    @Test("the dental sheet needs a dentist; dentists belong on the dental sheet only")
    func dentalSheet() {
        var d = Fixtures.completeDental()
        d.dentists = []
        #expect(problems(d).map { "\($0.code)@\($0.path)" } == ["care.none@dentists"])
        var o = Fixtures.completeOrdinary()
        o.dentists = Fixtures.completeDental().dentists
        o.originals.dentalChartAndXrays = true
        #expect(problems(o).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.dentists@dentists"])
    }

    @Test("doctors, pharmacy purchases and labs do not go on the dental sheet: each list is named")
    func notOnDentalSheet() throws {
        var ordinary = Fixtures.completeOrdinary()
        ordinary.originals.dentalChartAndXrays = true
        var withDoctor = Fixtures.completeDental()
        withDoctor.originals = ordinary.originals
        withDoctor.practitioners = ordinary.practitioners
        #expect(problems(withDoctor).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.practitioners@practitioners"])
        var withPharmacy = Fixtures.completeDental()
        withPharmacy.originals = ordinary.originals
        withPharmacy.pharmacies = ordinary.pharmacies
        #expect(problems(withPharmacy).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.pharmacies@pharmacies"])
        var withLab = Fixtures.completeDental()
        withLab.originals = ordinary.originals
        withLab.labs = ordinary.labs
        #expect(problems(withLab).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.labs@labs"])
        // An ordinary dossier switched to the dental sheet: all three lists, and no dentist yet.
        var switched = ordinary
        switched.sheet = .dental
        let p = problems(switched).filter { $0.code.hasPrefix("care.") }
        #expect(p.map { "\($0.code)@\($0.path)" } == ["care.none@dentists", "care.notOnSheet.practitioners@practitioners",
                                                     "care.notOnSheet.pharmacies@pharmacies", "care.notOnSheet.labs@labs"])
        // On the ordinary and ALD sheets the same entries are fine.
        #expect(problems(ordinary).isEmpty)
        let french = try #require(p.last).message(.fr)
        #expect(french.contains("Feuille de soins"))
    }

    @Test("every care entry needs its name, INPE, date, amount, and stamp with dated signature")
    func careEntryFields() {
        var d = Fixtures.completeOrdinary()
        d.practitioners.append(Practitioner(name: " ", inpe: "12x"))
        d.originals.doctorInvoice = true
        let p = problems(d).map { "\($0.code)@\($0.path)" }
        #expect(p == [
            "field.missing@practitioners[1].name",
            "inpe.digits@practitioners[1].inpe",
            "date.missing@practitioners[1].date",
            "amount.missing@practitioners[1].fee",
            "stamp.missing@practitioners[1].stampedAndSigned",
        ])
        var lab = Fixtures.completeOrdinary()
        lab.labs[0].inpe = ""
        lab.pharmacies[0].stampedAndSigned = false
        #expect(problems(lab).map { "\($0.code)@\($0.path)" } == [
            "stamp.missing@pharmacies[0].stampedAndSigned",
            "inpe.missing@labs[0].inpe",
        ])
    }

    @Test("amounts in a dossier are ≥ 0 and within the maximum, whoever set them")
    func amountsInDossier() {
        var d = Fixtures.completeOrdinary()
        d.labs[0].amount = Money(centimes: -1)
        d.pharmacies[0].total = Money(centimes: Money.maximum.centimes + 1)
        d.practitioners[0].fee = .zero
        #expect(problems(d).map { "\($0.code)@\($0.path)" } == [
            "amount.tooLarge@pharmacies[0].total",
            "amount.negative@labs[0].amount",
        ])
    }

    @Test("student identifiers: CNIE required, Massar and RIB optional but checked when given")
    func studentIdentifiers() {
        var d = Fixtures.completeOrdinary()
        d.student.massar = nil
        d.student.rib = nil
        d.student.email = nil
        d.student.phone = nil
        #expect(problems(d).isEmpty)
        d.student.massar = "R12"
        d.student.rib = Fixtures.ribWrongKey
        d.student.cnie = "123"
        #expect(problems(d).map { "\($0.code)@\($0.path)" } == [
            "cnie.format@student.cnie",
            "massar.format@student.massar",
            "rib.key@student.rib",
        ])
    }

    @Test("every problem the validator gives has a message in three languages with no placeholder left")
    func messagesFilled() {
        var d = Fixtures.completeOrdinary()
        d.student.rib = "12"
        d.treatment.firstActDate = today.adding(days: 3)
        d.eligibility.enrolled = false
        for p in problems(d) {
            for language in Language.allCases {
                let m = p.message(language)
                #expect(m != "problem.\(p.code)" && !m.isEmpty)
                #expect(!m.contains("{"), "\(p.code) in \(language): \(m)")
            }
        }
    }
}
