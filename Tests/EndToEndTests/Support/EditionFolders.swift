import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every command reads further editions of the insurer's rules from
/// `$XDG_CONFIG_DIRS/amo-dossier/editions/` (default `/etc/xdg`) and
/// `$XDG_CONFIG_HOME/amo-dossier/editions/` (default `~/.config`). A test
/// run of the binary must point both at its own temporary folders, or an
/// edition file on the machine (a help desk's, another test's) would change
/// its deadlines and addresses, or stop it with exit 78.
enum EditionFolders {
    /// `environment` with both variables inside `folder` where not already set.
    static func isolate(_ environment: [String: String], under folder: String) -> [String: String] {
        var env = environment
        env["XDG_CONFIG_DIRS"] = env["XDG_CONFIG_DIRS"] ?? folder + "/xdg"
        env["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"] ?? folder + "/config"
        return env
    }

    /// Refuses to run the binary with an environment that lets the
    /// machine's editions in: the one check every way of starting it makes.
    static func requireIsolated(_ environment: [String: String]) throws {
        let temporary = (NSTemporaryDirectory() as NSString).standardizingPath
        for name in ["XDG_CONFIG_DIRS", "XDG_CONFIG_HOME"] {
            let folders = (environment[name] ?? "").split(separator: ":").map(String.init)
            guard !folders.isEmpty,
                  folders.allSatisfy({ ($0 as NSString).standardizingPath.hasPrefix(temporary + "/") }) else {
                throw NSError(domain: "EditionFolders", code: 1, userInfo: [NSLocalizedDescriptionKey:
                    "\(name) must name a private temporary folder, not \(environment[name] ?? "nothing")"])
            }
        }
    }

    /// Writes `json` as `name` into `<configRoot>/amo-dossier/editions/`
    /// (folders 0700, created as needed) and returns its path.
    @discardableResult
    static func drop(_ json: String, named name: String, into configRoot: String) throws -> String {
        var folder = configRoot
        for part in ["", "/amo-dossier", "/editions"] {
            folder += part
            mkdir(folder, 0o700)
        }
        let path = folder + "/" + name
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
