import Foundation
import Testing
@testable import DossierCore

@Suite("Required originals follow from the content of the dossier")
struct RequiredOriginalsTests {
    func required(_ d: Dossier) -> [Originals.Document] { RequiredOriginals.documents(for: d) }

    @Test("nothing in the dossier, nothing required")
    func empty() {
        #expect(required(Dossier()).isEmpty)
    }

    @Test("medicines need the prescription and the boxes' serial numbers")
    func pharmacy() {
        #expect(required(Dossier(pharmacies: [PharmacyPurchase()])) == [.prescription, .medicineSerialNumbers])
    }

    @Test("a doctor's care needs the doctor's invoice, and no prescription by itself")
    func doctor() {
        #expect(required(Dossier(practitioners: [Practitioner()])) == [.doctorInvoice])
    }

    @Test("a biology test needs the prescription, the lab invoice and the original results")
    func biology() {
        #expect(required(Dossier(labs: [LabExam(kind: .biology)])) == [.prescription, .labInvoice, .labResults])
    }

    @Test("imaging needs the prescription, the imaging invoice and the original report")
    func imaging() {
        #expect(required(Dossier(labs: [LabExam(kind: .imaging)])) == [.prescription, .imagingInvoice, .imagingReport])
    }

    @Test("glasses need the prescription and the optician's invoice")
    func optician() {
        #expect(required(Dossier(opticians: [Optician()])) == [.prescription, .opticianInvoice])
    }

    @Test("everything at once, each document once")
    func all() {
        let d = Dossier(practitioners: [Practitioner(), Practitioner()], pharmacies: [PharmacyPurchase()],
                        labs: [LabExam(kind: .imaging), LabExam(kind: .biology), LabExam(kind: .biology)],
                        opticians: [Optician(), Optician()], dentists: [DentalCare()])
        #expect(Set(required(d)) == Set(Originals.Document.allCases))
        #expect(required(d).count == Originals.Document.allCases.count)
    }

    @Test("the dentist's line: the acts on the dental chart and the X-rays; unticked it is a warning only")
    func dentist() throws {
        var d = Fixtures.completeDental()
        #expect(required(d) == [.dentalChartAndXrays])
        #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
        d.originals.dentalChartAndXrays = false
        let p = DossierValidator.problems(in: d, today: Fixtures.today)
        #expect(p.map(\.severity) == [.warning])
        #expect(DossierValidator.isComplete(d, today: Fixtures.today))
        d.dentists[0].ice = ""
        #expect(Fixtures.codes(DossierValidator.problems(in: d, today: Fixtures.today).errors) == ["ice.missing"])
    }

    @Test("each unticked original is a problem at originals.<document>, for every document, at its severity")
    func missingOriginals() {
        for document in Originals.Document.allCases {
            var d = Fixtures.completeOrdinary()
            d.opticians = [Fixtures.optician]
            d.originals.opticianInvoice = true
            if document == .dentalChartAndXrays { d = Fixtures.completeDental() }
            #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
            d.originals[document] = false
            #expect(RequiredOriginals.missing(for: d) == [document])
            let p = DossierValidator.problems(in: d, today: Fixtures.today)
            #expect(p.map(\.code) == ["original.missing.\(document.rawValue)"])
            #expect(p.first?.path == "originals.\(document.rawValue)")
            #expect(p.first?.severity == (document == .dentalChartAndXrays ? .warning : .error))
        }
    }

    @Test("a ticked original that is not required is harmless")
    func extraOriginal() {
        var d = Fixtures.completeDental()
        d.originals.prescription = true
        #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
    }
}
