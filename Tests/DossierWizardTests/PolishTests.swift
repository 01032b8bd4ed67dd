import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// What a newcomer found in the full-screen wizard, each as it was met.
@Suite struct PolishTests {
    /// A doctor and a pharmacy purchase on the ordinary sheet, then back on
    /// the care-sheet screen.
    static func backOnCareSheetWithTwoEntries() -> WizardDriver {
        var d = EntryListTests.onPractitioners()
        EntryListTests.addDoctor(&d, "Dr Alami")
        d.press(.character("n"))
        #expect(d.state.step == .pharmacies)
        d.press(.character("a"))
        d.fill("Pharmacie Atlas")
        d.press(.escape)
        while d.state.step != .careSheet { d.press(.escape) }
        return d
    }

    /// A screen's lines joined with one space: a wrapped sentence reads whole.
    static func flat(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func changingToTheDentalSheetRemovesEntriesItCannotShowAndCtrlZBringsThemBack() {
        var d = Self.backOnCareSheetWithTwoEntries()
        #expect(d.state.dossier.pharmacies.count == 1)
        #expect(d.state.texts["pharmacies[0].name"] == "Pharmacie Atlas")
        d.press(.character("3"))
        #expect(d.state.dossier.sheet == .dental)
        #expect(d.state.dossier.practitioners.isEmpty)
        #expect(d.state.dossier.pharmacies.isEmpty)
        #expect(!d.state.texts.keys.contains { $0.hasPrefix("pharmacies[") || $0.hasPrefix("practitioners[") })
        let screen = Self.flat(d.screen(100, 30))
        #expect(screen.contains("2 lignes retirées : elles ne vont pas sur une Feuille de soins dentaires"))
        #expect(screen.contains("Ctrl-Z pour les rétablir"))
        // Forward to the Review: nothing of the pharmacy is counted.
        #expect(!Wizard.reviewProblems(d.state, testContext).contains { $0.path.hasPrefix("pharmacies") })

        d.press(.control("z"))
        #expect(d.state.dossier.sheet == .ordinary)
        #expect(d.state.dossier.practitioners.map(\.name) == ["Dr Alami"])
        #expect(d.state.dossier.pharmacies.map(\.name) == ["Pharmacie Atlas"])
        #expect(d.state.texts["pharmacies[0].name"] == "Pharmacie Atlas")
    }

    @Test func changingBetweenSheetsThatShareTheScreensKeepsEntries() {
        var d = Self.backOnCareSheetWithTwoEntries()
        d.press(.character("2"))
        #expect(d.state.dossier.sheet == .chronic)
        #expect(d.state.dossier.pharmacies.count == 1)
        #expect(d.state.dossier.practitioners.count == 1)
        #expect(!d.screen().contains("retirée"))
    }

    @Test func leavingTheDentalSheetRemovesTheDentistInEnglish() {
        var state = WizardState(language: .en, step: .careSheet)
        state.dossier.sheet = .dental
        state.dossier.dentists = [DentalCare()]
        state.dossier.dentists[0].name = "Dr Tazi"
        var d = WizardDriver(state)
        d.press(.character("1"))
        #expect(d.state.dossier.dentists.isEmpty)
        #expect(Self.flat(d.screen(100, 30)).contains("1 line removed: it does not go on the Ordinary care sheet"))
    }
}
