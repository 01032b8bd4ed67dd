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

    @Test("medicines need the prescription")
    func pharmacy() {
        #expect(required(Dossier(pharmacies: [PharmacyPurchase()])) == [.prescription])
    }

    @Test("a doctor's care needs the doctor's invoice")
    func doctor() {
        #expect(required(Dossier(practitioners: [Practitioner()])) == [.doctorInvoice])
    }

    @Test("a biology test needs the lab invoice and the original results")
    func biology() {
        #expect(required(Dossier(labs: [LabExam(kind: .biology)])) == [.labInvoice, .labResults])
    }

    @Test("imaging needs the imaging invoice and the original report")
    func imaging() {
        #expect(required(Dossier(labs: [LabExam(kind: .imaging)])) == [.imagingInvoice, .imagingReport])
    }

    @Test("everything at once, each document once")
    func all() {
        let d = Dossier(practitioners: [Practitioner(), Practitioner()], pharmacies: [PharmacyPurchase()],
                        labs: [LabExam(kind: .imaging), LabExam(kind: .biology), LabExam(kind: .biology)])
        #expect(Set(required(d)) == Set(Originals.Document.allCases))
        #expect(required(d).count == 6)
    }

    @Test("a dentist needs no envelope original here: the ICE goes on the sheet")
    func dentist() throws {
        var d = Fixtures.completeDental()
        #expect(required(d).isEmpty)
        #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
        d.dentists[0].ice = ""
        #expect(Fixtures.codes(DossierValidator.problems(in: d, today: Fixtures.today)) == ["ice.missing"])
    }

    @Test("each unticked original is a problem at originals.<document>, for all six")
    func missingOriginals() {
        for document in Originals.Document.allCases {
            var d = Fixtures.completeOrdinary()
            d.originals[document] = false
            #expect(RequiredOriginals.missing(for: d) == [document])
            let p = DossierValidator.problems(in: d, today: Fixtures.today)
            #expect(p.map(\.code) == ["original.missing.\(document.rawValue)"])
            #expect(p.first?.path == "originals.\(document.rawValue)")
        }
    }

    @Test("a ticked original that is not required is harmless")
    func extraOriginal() {
        var d = Fixtures.completeDental()
        d.originals.prescription = true
        #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
    }
}
