import Foundation
import Testing
@testable import DossierCore

/// `$XDG_CONFIG_DIRS/amo-dossier/config.json`: kiosk mode for every account
/// of a help-desk machine, read strictly.
@Suite struct HelpDeskConfigTests {
    /// Writes `json` as the config of the folder `dir` (made inside `root`).
    static func write(_ json: String, dir: String, in root: String) throws -> String {
        let folder = root + "/" + dir + "/amo-dossier"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/config.json"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("the folders of XDG_CONFIG_DIRS, most important first, /etc/xdg by default, relative ones ignored")
    func paths() {
        #expect(HelpDeskConfig.paths(environment: [:]) == ["/etc/xdg/amo-dossier/config.json"])
        #expect(HelpDeskConfig.paths(environment: ["XDG_CONFIG_DIRS": ""]) == ["/etc/xdg/amo-dossier/config.json"])
        #expect(HelpDeskConfig.paths(environment: ["XDG_CONFIG_DIRS": "/a:rel:/b/"])
                == ["/a/amo-dossier/config.json", "/b//amo-dossier/config.json"])
    }

    @Test("kiosk from any folder; idle minutes and draft days from the most important that says")
    func merged() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let env = ["XDG_CONFIG_DIRS": "\(root)/first:\(root)/missing:\(root)/second"]
        #expect(try HelpDeskConfig.load(environment: env) == HelpDeskConfig())
        try Self.write(#"{"kiosk": true, "idleMinutes": 5, "draftDays": 7}"#, dir: "second", in: root)
        #expect(try HelpDeskConfig.load(environment: env) == HelpDeskConfig(kiosk: true, idleMinutes: 5, draftDays: 7))
        // A more important file cannot turn it off, only set the numbers.
        try Self.write(#"{"kiosk": false, "draftDays": 2}"#, dir: "first", in: root)
        #expect(try HelpDeskConfig.load(environment: env) == HelpDeskConfig(kiosk: true, idleMinutes: 5, draftDays: 2))
    }

    @Test("a broken file is one error naming the file and the key: not JSON, not an object, a typo, a wrong type, out of bounds")
    func broken() throws {
        let root = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(root) }
        let env = ["XDG_CONFIG_DIRS": root + "/xdg"]
        let cases: [(String, String, String)] = [
            (#"{"kiosk": tru"#, "", "config.notJSON"),
            (#"[true]"#, "", "config.notAnObject"),
            (#"{"kisok": true}"#, "kisok", "config.unknownKey"),
            (#"{"kiosk": "yes"}"#, "kiosk", "config.notBoolean"),
            (#"{"kiosk": 1}"#, "kiosk", "config.notBoolean"),
            (#"{"kiosk": true, "idleMinutes": 5.5}"#, "idleMinutes", "config.notWholeNumber"),
            (#"{"kiosk": true, "idleMinutes": true}"#, "idleMinutes", "config.notWholeNumber"),
            (#"{"kiosk": true, "idleMinutes": 0}"#, "idleMinutes", "config.outOfRange"),
            (#"{"draftDays": 366}"#, "draftDays", "config.outOfRange"),
        ]
        for (json, place, reason) in cases {
            let path = try Self.write(json, dir: "xdg", in: root)
            #expect(throws: HelpDeskConfigError(file: path, place: place, reason: reason,
                                                arguments: reason == "config.outOfRange"
                                                    ? ["min": "1", "max": place == "draftDays" ? "365" : "1440"] : [:]),
                    "\(json)") { try HelpDeskConfig.load(environment: env) }
        }
        let path = try Self.write(#"{"kisok": true}"#, dir: "xdg", in: root)
        let message = HelpDeskConfigError(file: path, place: "kisok", reason: "config.unknownKey").message(.en)
        #expect(message == "help-desk config: \(path), at kisok: unknown key (a typing mistake?): only kiosk, idleMinutes and draftDays are known.")
        #expect(!message.contains("\n"))
        chmod(path, 0o000)
        // Root reads through modes: a folder in place of the file is what cannot be read.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: HelpDeskConfigError(file: path, reason: "config.unreadable")) {
            try HelpDeskConfig.load(environment: env)
        }
    }

    @Test("kiosk mode reads the help desk's editions, not the account's own")
    func editionFolders() {
        let env = ["XDG_CONFIG_DIRS": "/desk", "XDG_CONFIG_HOME": "/home/kiosk/.config"]
        #expect(RuleBook.editionFolders(environment: env)
                == ["/desk/amo-dossier/editions", "/home/kiosk/.config/amo-dossier/editions"])
        #expect(RuleBook.editionFolders(environment: env, userEditions: false) == ["/desk/amo-dossier/editions"])
    }
}
