import Testing
@testable import DossierCore

/// The e-mail and the phone are checked for shape, at their boundaries; a
/// wrong shape is a warning with the value quoted, next to the field.
@Suite("E-mail and phone shapes")
struct ContactShapeTests {
    @Test("an e-mail: one @, something before it, a dot inside the domain", arguments: [
        "salma@example.ma", "a@b.c", "s.benali+amo@univ-ibntofail.ac.ma", " salma@example.ma ",
    ])
    func goodEmail(_ email: String) {
        #expect(ContactShape.checkEmail(email, path: "student.email") == nil)
    }

    @Test("not an e-mail", arguments: [
        "salma.example.ma", "salma@@example.ma", "sa@lma@example.ma", "salma@example.ma@univ.ma", "@example.ma",
        "salma@example",
        "salma@.example", "salma@example.", "salma @example.ma", "salma@",
    ])
    func badEmail(_ email: String) {
        #expect(ContactShape.checkEmail(email, path: "student.email")
                == Problem(code: "email.format", path: "student.email", arguments: ["value": email], severity: .warning))
    }

    @Test("a Moroccan phone: 10 digits from 05, 06 or 07, or +212 and 9 digits; spaces anywhere", arguments: [
        "0512345678", "0612345678", "0712345678", "06 12 34 56 78", "+212612345678", "+212 6 12 34 56 78",
        "٠٦١٢٣٤٥٦٧٨",
    ])
    func goodPhone(_ phone: String) {
        #expect(ContactShape.checkPhone(phone, path: "student.phone") == nil)
    }

    @Test("not a Moroccan phone", arguments: [
        "0812345678", "061234567", "06123456789", "6123456789", "+21261234567", "+2126123456789",
        "+212 0612345678", "00212612345678", "06-12-34-56-78", "06.12.34.56.78", "téléphone",
    ])
    func badPhone(_ phone: String) {
        #expect(ContactShape.checkPhone(phone, path: "student.phone")
                == Problem(code: "phone.format", path: "student.phone", arguments: ["value": phone], severity: .warning))
    }

    @Test("in a dossier: a warning at the field's path; empty is fine (both are optional)")
    func inADossier() {
        var d = Fixtures.completeOrdinary()
        d.student.email = "salma.example.org"
        d.student.phone = "0812345678"
        let problems = DossierValidator.problems(in: d, today: Fixtures.today)
        #expect(problems.map { "\($0.code)@\($0.path)" } == ["email.format@student.email", "phone.format@student.phone"])
        #expect(problems.allSatisfy { !$0.isError })
        #expect(DossierValidator.isComplete(d, today: Fixtures.today))
        d.student.email = nil
        d.student.phone = nil
        #expect(DossierValidator.problems(in: d, today: Fixtures.today).isEmpty)
    }

    @Test("typed into the field: the message quotes what was typed")
    func typed() throws {
        let field = try #require(FieldRegistry.field(id: "student.phone"))
        let problem = field.problem(typing: "08 12", in: Dossier(), entry: nil, rules: ReferenceData.shared,
                                    today: Fixtures.today)
        #expect(problem?.code == "phone.format")
        #expect(problem?.message(.fr).contains("« 08 12 »") == true)
    }
}
