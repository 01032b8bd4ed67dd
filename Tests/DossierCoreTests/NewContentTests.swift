import Foundation
import Testing
@testable import DossierCore

/// What version 2 asks beyond the two university documents: the
/// pharmacist's INPE, the ALD exemption agreement's number, opticians, the
/// prescription for tests, imaging and glasses, and what each original must
/// show. Each at its boundary.
@Suite("Version 2 content: pharmacist's INPE, exemption number, opticians, originals")
struct NewContentTests {
    func problems(_ d: Dossier) -> [Problem] { DossierValidator.problems(in: d, today: Fixtures.today) }

    // MARK: the pharmacist's INPE

    @Test("the pharmacist's INPE: empty is a warning, digits pass, anything else is an error")
    func pharmacistINPE() {
        var d = Fixtures.completeOrdinary()
        #expect(problems(d).isEmpty)
        d.pharmacies[0].inpe = ""
        #expect(problems(d) == [Problem(code: "inpe.missingPharmacist", path: "pharmacies[0].inpe", severity: .warning)])
        d.pharmacies[0].inpe = "   "
        #expect(problems(d).map(\.code) == ["inpe.missingPharmacist"])
        d.pharmacies[0].inpe = "1"
        #expect(problems(d).isEmpty, "one digit: no length is published")
        d.pharmacies[0].inpe = "12A4"
        #expect(problems(d) == [Problem(code: "inpe.digits", path: "pharmacies[0].inpe", arguments: ["value": "12A4"])])
        let field = FieldRegistry.field(id: "pharmacies.inpe")
        #expect(field?.recommended == true && field?.required == false)
        #expect(field?.marksOptional == false, "recommended is not optional: it is asked without \"(optional)\"")
    }

    // MARK: the exemption agreement

    @Test("the exemption number: only on the chronic sheet; empty is a warning saying what it is and where it goes")
    func exemptionNumber() throws {
        var d = Fixtures.completeOrdinary()
        d.sheet = .chronic
        d.chronicDisease = 9
        let missing = problems(d)
        #expect(missing == [Problem(code: "chronicExemptionNumber.missing", path: "chronicExemptionNumber",
                                    severity: .warning)])
        #expect(DossierValidator.isComplete(d, today: Fixtures.today))
        let english = try #require(missing.first).message(.en)
        for words in ["exemption agreement", "beforehand", "January 2024", "ALD code", "ALD sheet", "no copy"] {
            #expect(english.lowercased().contains(words.lowercased()), "\(words) not in: \(english)")
        }
        for language in Language.allCases {
            #expect(try #require(missing.first).message(language).contains("2024"))
        }
        d.chronicExemptionNumber = "ALD 2024/11873"
        #expect(problems(d).isEmpty, "the number is written as printed: no shape is imposed")
        // On another sheet it is not asked, and not judged.
        d.sheet = .ordinary
        d.chronicDisease = nil
        d.chronicExemptionNumber = nil
        #expect(problems(d).isEmpty)
    }

    @Test("the summary says where to write the ALD code and the number, on the chronic sheet only",
          arguments: Language.allCases)
    func exemptionInSummary(language: Language) {
        let context = builtIn(Fixtures.today)
        var d = Fixtures.completeOrdinary()
        d.sheet = .chronic
        d.chronicDisease = 9
        d.chronicExemptionNumber = "ALD-2024-11873"
        let words = context.words(language, for: d)
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: d, language: language, context: context))
        #expect(text.contains(words("summary.field", ["label": words("summary.sheet.exemptionNumber"),
                                                      "value": "ALD-2024-11873"])))
        #expect(text.contains(words("summary.sheet.exemptionWhere")))
        d.sheet = .ordinary
        d.chronicDisease = nil
        d.chronicExemptionNumber = nil
        #expect(!SummaryReading.unfolded(EnvelopeSummary.text(for: d, language: language, context: context))
                    .contains(words("summary.sheet.exemptionWhere")))
    }

    // MARK: opticians

    @Test("an optician: on the ordinary sheet only, name and ICE required, INPE a warning, a stamp")
    func optician() {
        var d = Fixtures.completeOrdinary()
        d.opticians = [Fixtures.optician]
        d.originals.opticianInvoice = true
        #expect(problems(d).isEmpty)
        d.opticians[0].inpe = ""
        #expect(problems(d) == [Problem(code: "inpe.missingOptician", path: "opticians[0].inpe", severity: .warning)])
        d.opticians[0] = Optician()
        #expect(problems(d).map { "\($0.code)@\($0.path)" } == [
            "field.missing@opticians[0].name", "inpe.missingOptician@opticians[0].inpe",
            "ice.missingOptician@opticians[0].ice", "date.missing@opticians[0].date",
            "amount.missing@opticians[0].amount", "stamp.missing@opticians[0].stampedAndSigned",
        ])
        var chronic = Fixtures.completeOrdinary()
        chronic.sheet = .chronic
        chronic.chronicDisease = 9
        chronic.chronicExemptionNumber = "A1"
        chronic.opticians = [Fixtures.optician]
        chronic.originals.opticianInvoice = true
        #expect(problems(chronic).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.opticians@opticians"])
        var dental = Fixtures.completeDental()
        dental.opticians = [Fixtures.optician]
        dental.originals.prescription = true
        dental.originals.opticianInvoice = true
        #expect(problems(dental).map { "\($0.code)@\($0.path)" } == ["care.notOnSheet.opticians@opticians"])
        // Which sheet takes glasses is the edition's.
        #expect(ReferenceData.shared.sheets(taking: .opticians).map(\.id) == [.ordinary])
    }

    @Test("glasses alone are care enough for the ordinary sheet, and count in the total")
    func opticianAlone() {
        var d = Fixtures.completeOrdinary()
        d.practitioners = []; d.pharmacies = []; d.labs = []
        d.opticians = [Fixtures.optician]
        d.originals = Originals(prescription: true, opticianInvoice: true)
        #expect(problems(d).isEmpty)
        #expect(d.total == Fixtures.money("780"))
        d.originals.prescription = false
        #expect(problems(d).map(\.code) == ["original.missing.prescription"])
    }

    // MARK: the prescription and what each original must show

    @Test("the prescription: required by medicines, tests, imaging and glasses, not by a doctor or a dentist alone")
    func prescription() {
        let needing: [Dossier] = [Dossier(pharmacies: [PharmacyPurchase()]), Dossier(labs: [LabExam(kind: .biology)]),
                                  Dossier(labs: [LabExam(kind: .imaging)]), Dossier(opticians: [Optician()])]
        for d in needing { #expect(RequiredOriginals.documents(for: d).contains(.prescription)) }
        for d in [Dossier(practitioners: [Practitioner()]), Dossier(dentists: [DentalCare()])] {
            #expect(!RequiredOriginals.documents(for: d).contains(.prescription))
        }
    }

    /// What the checklist line, the summary's line and the problem say of a
    /// document, in English (the same facts in every language is the
    /// translations' test).
    static func texts(_ document: Originals.Document) -> [String] {
        ["wizard.original.", "summary.envelope.", "problem.original.missing."].map {
            tr($0 + document.rawValue, .en)
        }
    }

    @Test("each original's line says what it must show, on the checklist, in the summary and in the problem")
    func whatEachOriginalShows() {
        for text in Self.texts(.prescription) {
            for fact in ["dated", "doctor's name", "specialty", "stamp and signature", "your name", "doses",
                         "duration", "for medicines also the pharmacist's stamp and signature"] {
                #expect(text.contains(fact), "\(fact) not in: \(text)")
            }
        }
        for text in Self.texts(.medicineSerialNumbers) {
            #expect(text.contains("serial number") && text.contains("part of each box") && text.contains("the box itself"))
        }
        for document in [Originals.Document.labInvoice, .imagingInvoice, .opticianInvoice] {
            for text in Self.texts(document) {
                for fact in ["original", "in your name", "dated", "numbered", "IF and ICE"] {
                    #expect(text.contains(fact), "\(document): \(fact) not in: \(text)")
                }
            }
        }
        for text in Self.texts(.dentalChartAndXrays) {
            #expect(text.contains("dental chart") && text.contains("X-rays"), "\(text)")
        }
    }
}
