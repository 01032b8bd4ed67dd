import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: an entry marked "to complete" opens on the field it lacks,
/// and says which ones; in the plain mode that is the question asked first.
@Suite struct IncompleteEntryTests {
    @Test func anIncompleteEntryOpensOnItsMissingField() {
        var d = EntryListTests.onPractitioners()
        d.press(.character("n"))
        d.press(.character("a"))
        d.answer(["pharmacies[0].name": "Pharmacie Al Amal", "pharmacies[0].date": "11/02/2026"])
        #expect(d.state.entry == nil)
        #expect(d.screen().contains("à compléter"))
        d.press(.home, .enter)
        #expect(d.focusedPath == "pharmacies[0].total")
        let screen = d.screen()
        #expect(screen.contains("À compléter : Prix total des médicaments (et 1 autre champ)"), "\(screen)")
        #expect(d.state.errors["pharmacies[0].total"]?.code == "amount.missing")
        #expect(d.state.errors["pharmacies[0].stampedAndSigned"]?.code == "stamp.missing")
    }

    @Test func aCompleteEntryOpensOnItsFirstField() {
        var d = EntryCopyTests.onPharmacies()
        d.press(.home, .enter)
        #expect(d.focusedPath == "pharmacies[0].name")
        #expect(d.state.notice == nil)
    }

    @Test func thePlainModeOpensALineByNumberAtItsMissingField() {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["entries.pharmacies"] = ["yes", "1"]
        answers["pharmacies[0].total"] = [""]
        let console = ScriptedConsole(answers: answers, endAt: "pharmacies[0].total")
        let (_, transcript, _) = sandbox.run(console)
        let lists = console.asked.indices.filter { console.asked[$0] == "entries.pharmacies" }
        #expect(lists.count == 2)
        if let second = lists.last {
            #expect(console.asked.dropFirst(second + 1).first == "pharmacies[0].total", "\(console.asked)")
        }
        #expect(transcript.contains("Incomplete: Total price of the medicines\n"), "\(transcript)")
        #expect(transcript.contains("(y/n, or the number of a line to open it)"), "\(transcript)")
    }
}
