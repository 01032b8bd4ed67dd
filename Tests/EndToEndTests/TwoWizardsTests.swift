import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5: two wizards of the same user on the same folders at once (two
/// windows at a help desk) lose nothing: each autosaves its own draft, and a
/// signal to both leaves both drafts with their own half-typed text.
@Suite("Two wizards at once on the same folders", .enabled(if: TmuxSession.isAvailable))
struct TwoWizardsTests {
    static func typeName(_ t: TmuxSession, _ name: String) throws {
        try WizardDossierTests.throughCoverage(t)
        try t.answer([:])
        try t.waitForFocus(on: "student.fullName")
        try t.type(name)
        try t.waitFor(name)
    }

    static func draftName(_ path: String) throws -> String? {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["texts"] as? [String: String])?["student.fullName"]
    }

    @Test func bothDraftsSurviveWhenBothAreEnded() throws {
        let world = try PrivateWorld()
        let first = try world.startWizard()
        let second = try world.startWizard()
        try Self.typeName(first, "Salma Benali")
        try Self.typeName(second, "Youssef Idrissi")
        let pids = [try first.programPID(), try second.programPID()]
        #expect(pids[0] != pids[1])
        for pid in pids { #expect(kill(pid, SIGTERM) == 0) }
        #expect(first.waitForExit())
        #expect(second.waitForExit())

        let folder = world.dataHome + "/amo-dossier"
        let one = try Self.draftName(folder + "/draft.json")
        let two = try Self.draftName(folder + "/draft-2.json")
        #expect(Set([one, two]) == Set(["Salma Benali", "Youssef Idrissi"]), "\(String(describing: one)), \(String(describing: two))")
        #expect(PrivateWorld.mode(folder + "/draft.json") == 0o600)
        #expect(PrivateWorld.mode(folder + "/draft-2.json") == 0o600)

        // Alone again, a wizard finds the first draft free and offers it.
        let again = try world.startWizard()
        try again.waitFor("Resume")
    }
}
