import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The settings file is the user's (or a help desk's) as much as the
/// program's: saving the language or the bidi answer keeps every other
/// key as it was written, a number's digits included.
@Suite struct SettingsStoreTests {
    @Test func savingOneKeyKeepsTheOthers() throws {
        try withPrivateFolder { folder in
            let path = folder + "/config/amo-dossier/config.json"
            try FileManager.default.createDirectory(atPath: folder + "/config/amo-dossier", withIntermediateDirectories: true)
            let written = #"{"bidi": "terminal", "future": {"list": [1, 2.5, true, null, "é/ü"], "big": 12345678901234567890}}"#
            try Data(written.utf8).write(to: URL(fileURLWithPath: path))
            let store = SettingsStore(path: path)
            #expect(store.loadBidi() == .terminal)
            try store.save(language: .ar)
            #expect(store.loadLanguage() == .ar)
            #expect(store.loadBidi() == .terminal, "the other known key is kept")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("12345678901234567890"), "the digits of a number are kept: \(text)")
            #expect(text.contains("\"é/ü\""), "slashes and letters are not escaped: \(text)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["bidi", "future", "language"])
            let future = try #require(object["future"] as? [String: Any])
            let list = try #require(future["list"] as? [Any])
            #expect(list.count == 5)
            #expect((list[0] as? NSNumber)?.intValue == 1)
            #expect((list[1] as? NSNumber)?.doubleValue == 2.5)
            #expect(list[2] as? Bool == true)
            #expect(list[3] is NSNull)
            #expect(list[4] as? String == "é/ü")
        }
    }

    @Test func aFileThatIsNotAnObjectIsNoSettingsAndIsReplaced() throws {
        try withPrivateFolder { folder in
            let path = folder + "/config.json"
            try Data("[1, 2".utf8).write(to: URL(fileURLWithPath: path))
            let store = SettingsStore(path: path)
            #expect(store.loadBidi() == nil && store.loadLanguage() == nil)
            try store.save(bidi: .app)
            #expect(store.loadBidi() == .app)
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"bidi\" : \"app\""))
        }
    }
}
