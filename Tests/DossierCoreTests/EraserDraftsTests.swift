import Foundation
import Testing
@testable import DossierCore

/// `forget` reaches every draft of the student, including the `draft-2.json`
/// of a second wizard that ran at the same time, and no one else's.
@Suite struct EraserDraftsTests {
    @Test func everyDraftOfTheStudentAndNoOtherIsATarget() throws {
        let data = NSTemporaryDirectory() + "amo-eraser-drafts-" + UUID().uuidString
        try PrivateFiles.ensureFolder(data)
        defer { try? FileManager.default.removeItem(atPath: data) }
        func draft(_ name: String, cnie: String) throws {
            let json = #"{"dossier":{"student":{"cnie":"\#(cnie)"}}}"#
            try PrivateFiles.writeAtomically(Data(json.utf8), to: data + "/" + name)
        }
        try draft("draft.json", cnie: "AB123456")
        try draft("draft-2.json", cnie: "ab 123 456")
        try draft("draft-3.json", cnie: "CD654321")
        try draft("notes.json", cnie: "AB123456")
        let eraser = DossierEraser(dossierFolder: data + "/dossiers", dataFolder: data)
        let names = eraser.targets(cnie: "AB123456").map(\.name).sorted()
        #expect(names == ["draft-2.json", "draft.json"])
        _ = eraser.erase(cnie: "AB123456")
        #expect(FileManager.default.fileExists(atPath: data + "/draft-3.json"))
        #expect(FileManager.default.fileExists(atPath: data + "/notes.json"))
        #expect(!FileManager.default.fileExists(atPath: data + "/draft.json"))
        #expect(!FileManager.default.fileExists(atPath: data + "/draft-2.json"))
    }
}
