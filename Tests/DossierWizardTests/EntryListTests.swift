import Testing
import DossierCore
@testable import DossierWizard

@Suite struct EntryListTests {
    /// The doctors' list of an ordinary dossier whose first act is
    /// 10/02/2026 (the student's details left empty).
    static func onPractitioners() -> WizardDriver {
        var d = NavigationTests.onStudentScreen()
        d.answer([:])
        d.answer(["treatment.firstActDate": "10/02/2026"])
        #expect(d.state.step == .care(.practitioners))
        return d
    }

    /// Adds a doctor with only a name, and goes back to the list.
    static func addDoctor(_ d: inout WizardDriver, _ name: String) {
        d.press(.character("a"))
        let index = d.state.entry ?? 0
        d.fill("practitioners[\(index)].name", name)
        d.press(.escape)
    }

    @Test func addEditAndRemoveEntries() {
        var d = Self.onPractitioners()
        #expect(d.state.step == .care(.practitioners))
        Self.addDoctor(&d, "Dr Un")
        Self.addDoctor(&d, "Dr Deux")
        Self.addDoctor(&d, "Dr Trois")
        #expect(d.state.dossier.practitioners.map(\.name) == ["Dr Un", "Dr Deux", "Dr Trois"])
        #expect(d.screen().contains("2. Dr Deux"))
        d.press(.home, .down, .enter)     // edit the second: it opens where it is incomplete (issue 15)
        #expect(d.focusedPath == "practitioners[1].inpe")
        d.focus("practitioners[1].name")
        d.press(.end)
        d.type(" bis")
        d.focus("practitioners[1].inpe")
        d.type("999")
        d.press(.escape)
        #expect(d.state.dossier.practitioners[1].name == "Dr Deux bis")
        #expect(d.state.dossier.practitioners[1].inpe == "999")
        // Remove the first: asks, then removes; the others keep their texts.
        d.press(.home, .character("d"))
        #expect(d.state.overlay == .removeEntry(index: 0))
        #expect(d.screen().contains("Retirer « Dr Un »"))
        d.press(.character("x"))          // any other key keeps it
        #expect(d.state.dossier.practitioners.count == 3)
        d.press(.delete, .character("o"))
        #expect(d.state.dossier.practitioners.map(\.name) == ["Dr Deux bis", "Dr Trois"])
        #expect(d.state.texts["practitioners[0].name"] == "Dr Deux bis")
        #expect(d.state.texts["practitioners[0].inpe"] == "999")
        #expect(d.state.texts["practitioners[1].name"] == "Dr Trois")
        #expect(d.state.texts["practitioners[2].name"] == nil)
    }

    @Test func anEntryLeftBlankIsDropped() {
        var d = Self.onPractitioners()
        d.press(.character("a"))
        #expect(d.state.dossier.practitioners.count == 1)
        d.press(.escape)
        #expect(d.state.dossier.practitioners.isEmpty)
        #expect(d.state.step == .care(.practitioners))
    }

    @Test func noneOrEnterAndYesOnAnEmptyListSkipsTheScreen() {
        var d = Self.onPractitioners()
        #expect(d.screen().contains("Aucune ligne pour l'instant"))
        d.press(.enter)
        #expect(d.state.overlay == .emptyList, "Enter asks first (EmptyListTests)")
        d.press(.character("o"))
        #expect(d.state.step == .care(.pharmacies))
        d.press(.character("n"))
        #expect(d.state.step == .care(.labs))
        d.press(.escape, .escape)
        #expect(d.state.step == .care(.practitioners))
    }

    @Test func labKindIsChosenInTheForm() {
        var d = Self.onPractitioners()
        d.press(.character("n"), .character("n"))
        #expect(d.state.step == .care(.labs))
        d.press(.character("a"))
        #expect(d.focusedPath == "labs[0].kind")
        d.press(.down)
        #expect(d.state.dossier.labs[0].kind == .imaging)
        d.press(.enter)
        d.fill("labs[0].name", "Centre Radiologie Atlas")
        #expect(RequiredOriginals.documents(for: d.state.dossier) == [.prescription, .imagingInvoice, .imagingReport])
        d.press(.escape)
        #expect(d.screen().contains("1. Imagerie · Centre Radiologie Atlas"))
    }
}
