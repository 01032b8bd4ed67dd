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
}
