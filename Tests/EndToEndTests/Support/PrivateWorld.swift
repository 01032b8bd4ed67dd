import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything one end-to-end test lets the program see: its own home, data,
/// config and dossier folders inside one private temporary folder (0700),
/// removed when the test ends. The program never sees the developer's own
/// drafts and the test never leaves a student's data behind.
final class PrivateWorld {
    let folder: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "amo-e2e-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: NSTemporaryDirectory()])
        }
        folder = String(cString: made)
        chmod(folder, 0o700)
    }

    /// The wizards this world started: ended before its folder is removed,
    /// or a wizard saving its draft on the way out would write the
    /// student's data again into a folder nobody removes.
    private var sessions: [TmuxSession] = []

    deinit {
        sessions.forEach { $0.end() }
        try? FileManager.default.removeItem(atPath: folder)
    }

    var home: String { folder + "/home" }
    var dataHome: String { folder + "/data" }
    var configHome: String { folder + "/config" }
    /// `$XDG_CONFIG_DIRS`: the help desk's editions of the rules, here
    /// instead of the machine's `/etc/xdg`.
    var configDirs: String { folder + "/xdg" }
    /// `--dir`: where the final dossiers go.
    var dossiers: String { folder + "/dossiers" }
    /// `$XDG_DATA_HOME/amo-dossier/draft.json`.
    var draftPath: String { dataHome + "/amo-dossier/draft.json" }
    /// The kiosk's put-aside drafts, one per CNIE.
    var kioskDrafts: String { dataHome + "/amo-dossier/drafts" }

    /// Writes the help desk's config (`$XDG_CONFIG_DIRS/amo-dossier/config.json`).
    func helpDeskConfig(_ json: String) throws {
        try FileManager.default.createDirectory(atPath: configDirs + "/amo-dossier", withIntermediateDirectories: true)
        try Data(json.utf8).write(to: URL(fileURLWithPath: configDirs + "/amo-dossier/config.json"))
    }

    /// HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CONFIG_DIRS in this world,
    /// a UTF-8 locale, and TERM unless `term` is nil (then there is no TERM
    /// at all).
    func environment(term: String? = "xterm-256color", extra: [String: String] = [:]) -> [String: String] {
        var env = ["HOME": home, "XDG_DATA_HOME": dataHome, "XDG_CONFIG_HOME": configHome,
                   "XDG_CONFIG_DIRS": configDirs, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        for path in [home, dataHome, configHome] { mkdir(path, 0o700) }
        if let term { env["TERM"] = term }
        env.merge(extra) { _, new in new }
        return env
    }

    /// The wizard's argv: the built binary (found as the command-line tests
    /// find it), `--dir` in this world, English words on screen.
    func wizardArguments(_ extra: [String] = ["--lang", "en"]) throws -> [String] {
        [try CommandLineTests.binary(), "--dir", dossiers] + extra
    }

    /// Starts the wizard in its own tmux server and waits for the welcome
    /// screen.
    func startWizard(width: Int = 80, height: Int = 24, term: String? = "xterm-256color",
                     extraEnvironment: [String: String] = [:], arguments: [String] = ["--lang", "en"],
                     waitFor: String? = "Welcome") throws -> TmuxSession {
        let session = try TmuxSession(command: try wizardArguments(arguments),
                                      environment: environment(term: term, extra: extraEnvironment),
                                      width: width, height: height)
        sessions.append(session)
        if let waitFor { try session.waitFor(waitFor) }
        return session
    }

    /// Runs the wizard inside `sh -c`, and after it its exit status into
    /// `statusPath` and `stty -a` into `sttyPath`, so a test sees the modes
    /// the next program in that terminal would get. Both files exist before
    /// they are written: read them once `TmuxSession.exitStatus()`, written
    /// when the whole script has ended, says so.
    func startWizardThenStty(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let wizard = try wizardArguments().map(TmuxSession.quote).joined(separator: " ")
        let script = "\(wizard); echo $? > \(TmuxSession.quote(statusPath)); stty -a > \(TmuxSession.quote(sttyPath)) 2>&1"
        let session = try TmuxSession(command: ["sh", "-c", script], environment: environment(),
                                      width: width, height: height)
        sessions.append(session)
        try session.waitFor("Welcome")
        return session
    }

    var sttyPath: String { folder + "/stty.txt" }
    /// The wizard's exit status, written by the shell of `startWizardThenStty`.
    var statusPath: String { folder + "/status.txt" }

    /// The final dossiers saved in `--dir`, oldest name first.
    func savedDossiers() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dossiers)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dossiers + "/" + $0 }
    }

    /// The draft as the program wrote it, as a JSON object.
    func draftObject() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: draftPath))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: draftPath])
        }
        return object
    }

    /// The dossier inside the draft, decoded by the same decoder as saved dossiers.
    func draftDossier() throws -> Dossier {
        let object = try draftObject()
        let dossier = try JSONSerialization.data(withJSONObject: object["dossier"] ?? [:])
        return try DossierJSON.decoder().decode(Dossier.self, from: dossier)
    }

    /// The permission bits of a file or folder.
    static func mode(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o777)
    }
}

/// Dates and identifiers a real student would type, computed here
/// independently of the code under test.
enum TypedData {
    /// A day `days` before today, as a student types it (DD/MM/YYYY).
    static func daysAgo(_ days: Int) -> (typed: String, date: CalendarDate) {
        let date = CalendarDate.today().adding(days: -days)
        return (date.dayMonthYear, date)
    }

    /// A 15-digit ICE: 13 digits and a 2-digit key making the whole number
    /// ≡ 0 (mod 97). 15 digits fit an Int64.
    static func ice(_ first13: String) -> String {
        let body = Int64(first13)! * 100
        let key = (97 - body % 97) % 97
        return first13 + (key < 10 ? "0\(key)" : "\(key)")
    }

    /// A 24-digit RIB: 22 digits and the 2-digit key making the whole
    /// number ≡ 0 (mod 97), computed digit by digit (24 digits overflow Int64).
    static func rib(_ first22: String) -> String {
        let remainder = (first22 + "00").reduce(0) { ($0 * 10 + Int(String($1))!) % 97 }
        let key = (97 - remainder) % 97
        return first22 + (key < 10 ? "0\(key)" : "\(key)")
    }
}
