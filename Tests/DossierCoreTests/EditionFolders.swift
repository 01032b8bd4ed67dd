import Foundation

/// A private temporary folder (0700) standing for `XDG_CONFIG_DIRS`
/// (`system/`) and `XDG_CONFIG_HOME` (`home/`); `EditionFolderTests`
/// creates it and removes it after each test.
struct EditionFolders {
    let root = NSTemporaryDirectory() + "amo-editions-" + UUID().uuidString
    var system: String { root + "/system" }
    var home: String { root + "/home" }

    func editions(_ base: String) -> String { base + "/amo-dossier/editions" }

    @discardableResult
    func write(_ data: Data, in base: String, name: String) throws -> String {
        let folder = editions(base)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    var environment: [String: String] { ["XDG_CONFIG_DIRS": system, "XDG_CONFIG_HOME": home] }
}
