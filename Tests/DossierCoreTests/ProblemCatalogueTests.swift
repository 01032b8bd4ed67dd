import Foundation
import Testing
@testable import DossierCore

/// Every problem code the rules can produce has words in three languages:
/// the validators are driven with inputs that trigger each code, and the
/// message must be found (an unknown key would come back as the key itself).
@Suite("Problem catalogue")
struct ProblemCatalogueTests {
    /// Inputs that make each code appear, gathered from the real validators.
    static func producedProblems() -> [Problem] {
        var out: [Problem] = []
        let today = Fixtures.today
        func validate(_ change: (inout Dossier) -> Void) {
            var d = Fixtures.completeOrdinary()
            change(&d)
            out += DossierValidator.problems(in: d, today: today)
        }
        validate { $0.eligibility = EligibilityAnswers(enrolled: false, otherCoverage: true) }
        validate { $0.student.birthDate = Fixtures.date("1980-01-01") }
        validate { $0.sheet = .chronic }
        validate { $0.sheet = .chronic; $0.chronicDisease = 43 }
        validate { $0.chronicDisease = 3 }
        validate { $0.student.fullName = "" }
        validate { $0.student.cnie = "" }
        validate { $0.student.cnie = "12" }
        validate { $0.student.massar = "X" }
        validate { $0.student.birthDate = nil }
        validate { $0.pharmacies[0].date = today.adding(days: 1) }
        validate { $0.student.birthDate = Fixtures.date("2026-02-04") }
        validate { $0.labs[0].date = Fixtures.date("2026-01-01") }
        validate { $0.treatment = Treatment(firstActDate: Fixtures.date("2026-02-02"), continuous: true,
                                            endDate: Fixtures.date("2026-01-30")) }
        validate { $0.treatment = Treatment(firstActDate: Fixtures.date("2026-02-02"), continuous: true,
                                            endDate: today.adding(days: 1)) }
        validate { $0.practitioners = []; $0.pharmacies = []; $0.labs = [] }
        validate { $0.sheet = .dental }
        validate { $0.dentists = Fixtures.completeDental().dentists }
        validate { $0.pharmacies[0].stampedAndSigned = false }
        validate { $0.pharmacies[0].total = nil }
        validate { $0.pharmacies[0].total = Money(centimes: -5) }
        validate { $0.pharmacies[0].total = Money(centimes: Money.maximum.centimes + 1) }
        validate { $0.practitioners[0].inpe = "" }
        validate { $0.practitioners[0].inpe = "A1" }
        validate { $0.student.rib = "12X" }
        validate { $0.student.rib = "123" }
        validate { $0.student.rib = Fixtures.ribWrongKey }
        validate { $0.originals = Originals() }
        validate { $0.pharmacies[0].inpe = "" }
        validate { $0.sheet = .chronic; $0.chronicDisease = 9 }
        validate { $0.treatment = Treatment(firstActDate: Fixtures.date("2026-02-02"), continuous: true,
                                            endDate: Fixtures.date("2026-02-04")) }
        validate { $0.student.email = "salma.example.org" }
        validate { $0.student.phone = "0812345678" }
        validate { $0.opticians = [Optician()] }
        validate { $0.sheet = .chronic; $0.chronicDisease = 9; $0.chronicExemptionNumber = "A1"
                   $0.opticians = [Fixtures.optician] }
        validate { $0.labs[0].amount = Money(centimes: 1234); $0.roundedAmounts = ["labs[0].amount": "12.345"] }
        out += DossierValidator.problems(in: Fixtures.completeOrdinary(), today: Fixtures.date("2027-01-01"))
        var dental = Fixtures.completeDental()
        for ice in ["", "12A", "123", Fixtures.iceWrongKey] {
            dental.dentists[0].ice = ice
            out += DossierValidator.problems(in: dental, today: today)
        }
        for typed in ["", "31/02/2026", "demain"] {
            if case .failure(let p) = TypedValue.date(typed, path: "p") { out.append(p) }
        }
        for typed in ["", "-5", "1,234", "99999999999", "douze"] {
            if case .failure(let p) = TypedValue.amount(typed, path: "p") { out.append(p) }
        }
        return out
    }

    static let expectedCodes: Set<String> = [
        "eligibility.notEnrolled", "eligibility.tooOld", "eligibility.otherCoverage",
        "chronicDisease.missing", "chronicDisease.unknown", "chronicDisease.notChronic",
        "field.missing", "cnie.missing", "cnie.format", "massar.format",
        "date.missing", "date.future", "date.beforeBirth", "date.beforeFirstAct", "date.endBeforeFirstAct",
        "date.endInFuture",
        "date.impossible", "date.format",
        "care.none", "care.notOnSheet.practitioners", "care.notOnSheet.pharmacies", "care.notOnSheet.labs",
        "care.notOnSheet.dentists", "care.notOnSheet.opticians", "stamp.missing",
        "inpe.missingPharmacist", "inpe.missingOptician", "ice.missingOptician", "chronicExemptionNumber.missing",
        "date.afterTreatmentEnd", "email.format", "phone.format",
        "amount.missing", "amount.negative", "amount.decimals", "amount.tooLarge", "amount.format",
        "inpe.missing", "inpe.digits", "ice.missing", "ice.digits", "ice.length", "ice.checksum",
        "rib.digits", "rib.length", "rib.key",
        "original.missing.prescription", "original.missing.doctorInvoice", "original.missing.labInvoice",
        "original.missing.imagingInvoice", "original.missing.labResults", "original.missing.imagingReport",
        "original.missing.medicineSerialNumbers", "original.missing.opticianInvoice", "original.missing.dentalChartAndXrays",
        "deadline.passed",
    ]

    @Test("the triggers reach every code, and every produced problem has a full message in fr, ar and en")
    func everyProducedCodeHasMessages() {
        let produced = Self.producedProblems()
        #expect(Set(produced.map(\.code)) == Self.expectedCodes)
        for problem in produced {
            for language in Language.allCases {
                let message = problem.message(language)
                #expect(message != "problem.\(problem.code)", "no \(language) message for \(problem.code)")
                #expect(!message.contains("{"), "\(problem.code) \(language) left a placeholder: \(message)")
                for value in problem.arguments.values {
                    #expect(message.contains(value), "\(problem.code) \(language) does not show \(value)")
                }
            }
        }
    }

    @Test("every code written in DossierCore's sources has a message")
    func everyCodeInSourcesHasMessages() throws {
        let sources = RepositoryRoot.url().appendingPathComponent("Sources/DossierCore")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var codes: Set<String> = []
        let marker = "Problem(code: \""
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = text[...]
            while let start = rest.range(of: marker) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                let code = String(after[..<end])
                if !code.contains("\\(") { codes.insert(code) }
                rest = after[end...].dropFirst()
            }
        }
        // A field's own codes ("not filled in", a stamp that must be yes)
        // are declared with the field, not written as `Problem(code:`.
        for field in FieldRegistry.all {
            if field.required || field.recommended { codes.insert(field.missingCode) }
            if let code = field.mustBeYes { codes.insert(code) }
        }
        // Codes built with the name of a document or a care kind are not
        // literals here; the triggers above produce each of them.
        let built = ["original.missing.", "care.notOnSheet."]
        #expect(codes.isSuperset(of: Self.expectedCodes.filter { code in !built.contains { code.hasPrefix($0) } }))
        for code in codes {
            for language in Language.allCases {
                #expect(tr("problem.\(code)", language) != "problem.\(code)", "no \(language) message for \(code)")
            }
        }
    }
}
