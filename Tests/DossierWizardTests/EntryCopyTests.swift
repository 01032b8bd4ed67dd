import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: a repeated entry (the monthly purchase at the same pharmacy)
/// starts as a copy of the one above, with who gave the care in it and
/// the date, the amount and the stamp left to type; in both front-ends.
@Suite struct EntryCopyTests {
    /// The pharmacies' list with one purchase, complete.
    static func onPharmacies() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        d.press(.character("n"))
        #expect(d.state.step == .care(.pharmacies))
        d.press(.character("a"))
        d.answer(["pharmacies[0].name": "Pharmacie Al Amal", "pharmacies[0].inpe": "556677",
                  "pharmacies[0].date": "11/02/2026", "pharmacies[0].total": "134,60",
                  "pharmacies[0].stampedAndSigned": "o"])
        #expect(d.state.entry == nil && d.state.dossier.pharmacies.count == 1)
        return d
    }

    static func expectCopy(_ d: WizardDriver) {
        #expect(d.state.dossier.pharmacies.count == 2)
        let copy = d.state.dossier.pharmacies[1]
        #expect(copy.name == "Pharmacie Al Amal" && copy.inpe == "556677")
        #expect(copy.date == nil && copy.total == nil && !copy.stampedAndSigned)
        #expect(d.state.entry == 1 && d.focusedPath == "pharmacies[1].date")
    }

    @Test func theRowBelowAddCopiesTheLastEntry() {
        var d = Self.onPharmacies()
        let screen = d.screen()
        #expect(screen.contains("+ Ajouter une copie de « Pharmacie Al Amal » (c)"), "\(screen)")
        d.press(.home, .down, .down)        // the purchase, add, its copy
        d.press(.enter)
        Self.expectCopy(d)
        #expect(d.screen().contains("Copie de « Pharmacie Al Amal » : date, montant et cachet à saisir."), "\(d.screen())")
    }

    @Test func theLetterKeyCopiesOnALatinAndAnArabicLayout() {
        for key: Character in ["c", "ؤ"] {
            var d = Self.onPharmacies()
            d.press(.character(key))
            Self.expectCopy(d)
        }
    }

    @Test func aDoctorsSpecialtyAndINPEAreCopiedNotTheFeeOrTheStamp() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("a"))
        d.answer(["practitioners[0].name": "Dr Alami", "practitioners[0].specialty": "Cardiologie",
                  "practitioners[0].inpe": "123456789", "practitioners[0].date": "10/02/2026",
                  "practitioners[0].fee": "250", "practitioners[0].stampedAndSigned": "o"])
        d.press(.character("c"))
        let copy = d.state.dossier.practitioners[1]
        #expect(copy.name == "Dr Alami" && copy.specialty == "Cardiologie" && copy.inpe == "123456789")
        #expect(copy.date == nil && copy.fee == nil && !copy.stampedAndSigned)
        #expect(d.focusedPath == "practitioners[1].date")
    }

    @Test func thePlainModeOffersTheCopyWhenAddingAnother() throws {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["entries.pharmacies"] = ["yes", "yes"]
        answers["entries.copy"] = ["yes"]
        answers["pharmacies[1].date"] = []
        let console = ScriptedConsole(answers: answers, endAt: "pharmacies[1].date")
        let (_, transcript, wizard) = sandbox.run(console)
        let name = answers["pharmacies[0].name"]![0]
        #expect(transcript.contains("Start from a copy of “\(name)”? The date, amount and stamp stay to type."),
                "\(transcript)")
        // The new line's heading comes first, then what the copy holds (issue 15).
        let heading = try #require(transcript.range(of: "\nPharmacy 2\n"), "\(transcript)")
        let copied = try #require(transcript.range(of: "A copy of “\(name)”"), "\(transcript)")
        #expect(heading.lowerBound < copied.lowerBound, "\(transcript)")
        #expect(transcript.components(separatedBy: "\nPharmacy 2\n").count == 2, "named once")
        let after = console.asked.drop { $0 != "entries.copy" }
        #expect(after.dropFirst().first == "pharmacies[1].date", "\(console.asked)")
        let copy = wizard.state.dossier.pharmacies[1]
        #expect(copy.name == name && copy.inpe == wizard.state.dossier.pharmacies[0].inpe)
        #expect(copy.date == nil && copy.total == nil && !copy.stampedAndSigned)
    }
}
