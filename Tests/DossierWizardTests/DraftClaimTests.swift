import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Two wizards of one user at once must not autosave over each other.
@Suite struct DraftClaimTests {
    static func privateFolder() throws -> String {
        let path = NSTemporaryDirectory() + "amo-claim-" + UUID().uuidString
        try PrivateFiles.ensureFolder(path)
        return path
    }

    @Test func aSecondWizardGetsItsOwnDraftAndEachKeepsItsText() throws {
        let folder = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = DraftStore.claim(folder: folder)
        let second = DraftStore.claim(folder: folder)
        #expect(first.path == folder + "/draft.json")
        #expect(second.path == folder + "/draft-2.json")

        var a = WizardState()
        a.texts["student.fullName"] = "Salma"
        var b = WizardState()
        b.texts["student.fullName"] = "Youssef"
        try first.save(a)
        try second.save(b)
        #expect(first.load()?.texts["student.fullName"] == "Salma")
        #expect(second.load()?.texts["student.fullName"] == "Youssef")
        let attributes = try FileManager.default.attributesOfItem(atPath: second.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aReleasedClaimIsFreeAgain() throws {
        let folder = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let held = DraftStore.claim(folder: folder)
            #expect(held.name == "draft")
            #expect(DraftStore.claim(folder: folder).name == "draft-2")
        }
        // The first claim's store is gone: its lock went with it.
        #expect(DraftStore.claim(folder: folder).name == "draft")
    }

    @Test func draftNamesAreRecognisedForForgetting() {
        #expect(DataFolder.isDraftName("draft.json"))
        #expect(DataFolder.isDraftName("draft-2.json"))
        #expect(DataFolder.isDraftName("draft-17.json"))
        #expect(!DataFolder.isDraftName("draft-.json"))
        #expect(!DataFolder.isDraftName("draft-x.json"))
        #expect(!DataFolder.isDraftName("draft.lock"))
        #expect(!DataFolder.isDraftName("AB123456-20260101-101010.json"))
    }
}
