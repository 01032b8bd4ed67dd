import DossierCore
import Foundation
import Testing

/// Nothing typed is lost by moving around: a resize to the smallest
/// supported size and back, and Esc back three screens then forward again.
@Suite("Wizard end to end: resizes and going back lose nothing", .enabled(if: TmuxSession.isAvailable))
struct WizardNavigationTests {
    static let name = "Salma Benali"
    static let cnie = "AB123456"
    static let massar = "R123456789"
    static let address = "12, rue Ibn Sina, Kénitra"

    /// The four values typed so far are in the draft on disk.
    static func expectInDraft(_ world: PrivateWorld) throws {
        let student = try world.draftDossier().student
        #expect(student.fullName == name)
        #expect(student.cnie == cnie)
        #expect(student.massar == massar)
        #expect(student.address == address)
        #expect(student.birthDate == CalendarDate(iso: "2004-03-14"))
    }

    @Test("80×24 → 40×12 → 80×24 in the middle of the Student screen, then Esc ×3 and forward again")
    func resizeAndBackAndForth() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard()
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitFor("· Student")
        try t.answer(["student.fullName": Self.name, "student.cnie": Self.cnie, "student.massar": Self.massar],
                     until: "student.address")
        try t.resize(width: 40, height: 12)
        let small = try t.waitUntil("the screen redrawn at 40×12") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("Address") && lines.allSatisfy { $0.count <= 40 }
        }
        #expect(small.contains("› Address"), "the focus stays on the field being filled: \(small)")
        try t.type(Self.address)
        try t.waitFor("Kénitra")
        try t.press("Enter")                               // address done: saved in the draft
        try t.waitForFocus(on: "student.institution")

        try t.resize(width: 80, height: 24)
        try t.waitFor("· Student")
        try t.press("Home")
        let big = try t.waitFor(Self.name)
        for value in [Self.cnie, Self.massar, Self.address] {
            #expect(big.contains(value), "\(value) on screen after the resizes: \(big)")
        }
        try Self.expectInDraft(world)

        // Esc: back to Care sheet, Coverage, Welcome; each screen seen before the next key.
        for title in ["· Care sheet", "· Coverage", "· Welcome"] {
            try t.press("Escape")
            try t.waitFor(title)
        }
        try Self.expectInDraft(world)

        try t.press("Enter")                               // Welcome → Coverage
        let coverage = try t.waitFor("· Coverage")
        #expect(coverage.contains("14/03/2004"), "the birth date is still in its field: \(coverage)")
        try t.answer([:])                                  // every field passed, unchanged
        try t.waitFor("· Care sheet")
        try t.answer([:])
        let student = try t.waitFor("· Student")
        for value in [Self.name, Self.cnie, Self.massar, Self.address] {
            #expect(student.contains(value), "\(value) still in its field: \(student)")
        }
        try Self.expectInDraft(world)
        #expect(try world.draftDossier().sheet == .ordinary)
    }

    /// At the smallest supported size labels wrap, forms scroll and the
    /// Arabic words of a label are reordered on screen: fields are still
    /// found by identity, and what is typed lands in the right place.
    @Test("A dental dossier's screens typed at 40×12, fields found by identity")
    func typedAtTheSmallestSize() throws {
        let world = try PrivateWorld()
        let t = try world.startWizard(width: 40, height: 12)
        try t.press("Enter")                               // brings Start into view
        try t.waitFor("> Start")
        try t.press("Enter")
        try t.waitFor("· Coverage")
        try t.answer(["eligibility.enrolled": "y", "eligibility.otherCoverage": "n",
                      "eligibility.traditionalEducationFinalStage": "n", "student.birthDate": "14/03/2004"])
        try t.answer(["sheet": "3"])
        try WizardDossierTests.typeStudent(t, WizardDossierTests.student)
        let care = TypedData.daysAgo(3)
        try t.answer(["treatment.firstActDate": care.typed, "treatment.continuous": "n"])
        try t.addEntry(on: "Dentists")
        try t.answer(["dentists.name": "Dr Leila Amrani", "dentists.inpe": "24680", "dentists.date": care.typed,
                      "dentists.amount": "600", "dentists.stampedAndSigned": "y"])
        try t.waitFor("· Dentists")

        let draft = try world.draftDossier()
        #expect(draft.eligibility == EligibilityAnswers(enrolled: true, otherCoverage: false,
                                                         traditionalEducationFinalStage: false))
        #expect(draft.sheet == .dental)
        #expect(draft.student == WizardDossierTests.student)
        #expect(draft.treatment.firstActDate == care.date)
        #expect(draft.dentists == [DentalCare(name: "Dr Leila Amrani", inpe: "24680", ice: "", date: care.date,
                                              amount: Money(centimes: 60_000), stampedAndSigned: true)])
    }
}
