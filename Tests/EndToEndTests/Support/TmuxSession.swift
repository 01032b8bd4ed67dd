import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for end-to-end tests: a private tmux server (its own
/// socket name, no user config) running one program in one pane, so tests
/// type keys and read the screen as a person would, and never touch the
/// user's own tmux.
final class TmuxSession {
    let server: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (argv) in a detached pane of the given size, with
    /// exactly `environment` (plus PATH if missing: `env -i` clears the rest,
    /// including the TERM tmux would set, so a test without TERM has none).
    init(command: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
        try EditionFolders.requireIsolated(environment)
        server = "amo-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        var template = Array((NSTemporaryDirectory() + "amo-e2e-tmux-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: NSTemporaryDirectory()])
        }
        privateFolder = String(cString: made)
        chmod(privateFolder, 0o700)
        var env = environment
        if env["PATH"] == nil { env["PATH"] = "/usr/bin:/bin" }
        // `env -i` so the program sees only what the test chose. A shell
        // records the exit status in a file: under load tmux may mark the pane
        // dead (its pty closed) without ever reporting the status.
        let recorder = "\"$@\"; echo $? > " + TmuxSession.quote(exitStatusPath)
        let argv = ["env", "-i"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + ["sh", "-c", recorder, "sh"] + command
        let shellCommand = argv.map(TmuxSession.quote).joined(separator: " ")
        // The session starts with a placeholder so the options are set
        // before the program runs: a program that ends at once (a refused
        // TERM) still leaves its last screen.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), "-s", "t",
                  "exec sleep 86400"])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["set-option", "-g", "escape-time", "0"])
        try tmux(["respawn-pane", "-k", "-t", "t", shellCommand])
    }

    /// A private folder (0700) of this session: the exit status file.
    private let privateFolder: String
    private var exitStatusPath: String { privateFolder + "/exit-status" }

    deinit {
        end()
        try? FileManager.default.removeItem(atPath: privateFolder)
    }

    /// Ends the server, then waits (5 s at most) for the pane's processes
    /// to be gone: a wizard still running saves its draft on the SIGHUP,
    /// and the folder it writes into must not be removed before it has.
    func end() {
        let pids = (try? panePID()).map { [$0] + Self.descendants(of: $0) } ?? []
        _ = try? tmux(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while pids.contains(where: { !Self.isGone($0) }) && Date() < deadline { usleep(10_000) }
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // The tests' own environment may hold a TMUX of the developer's
        // session; the private server must not be confused with it.
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        // Only the command that starts the server has nothing to print;
        // it must not hold a pipe the daemon would keep.
        let startsServer = arguments.contains("new-session")
        let result = try Spawn.run(["tmux", "-L", server] + arguments, environment: env,
                                   captureOutput: !startsServer)
        guard result.status == 0 else {
            throw NSError(domain: "tmux", code: Int(result.status),
                          userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.first ?? "") failed"])
        }
        return String(decoding: result.output, as: UTF8.self)
    }

    /// Types text literally (no key names interpreted).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
    }

    /// Sends bytes as they are, as a terminal would (an escape sequence a
    /// terminal answers with, a title pasted from another window).
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "t", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Sends tmux key names: "Enter", "Escape", "Tab", "BTab", "Down", "F1", "C-z", "Space"…
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "t", key]) }
    }

    /// Sends one key and waits until the screen shows its effect. Needed
    /// whenever the next input would otherwise share a read with this key:
    /// the program reads Esc followed at once by a letter as Alt+letter, and
    /// a command letter followed at once by long text as one paste.
    @discardableResult
    func pressAndWaitForChange(_ key: String, timeout: TimeInterval = 10) throws -> String {
        let before = try screen()
        try press(key)
        return try waitUntil("the screen to change after \(key)", timeout: timeout) { $0 != before }
    }

    /// Everything the terminal still holds: its scrollback, then the screen.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-", "-E", "-", "-t", "t"])
    }

    /// The words of the window over the screen, as read: what is between
    /// its two edges, its lines joined by spaces.
    static func insideBox(_ screen: String) -> String {
        screen.components(separatedBy: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { return nil }
            return line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The visible screen, one string per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "t"])
    }

    /// Waits until `condition` holds for the screen (polling every 20 ms)
    /// and the screen has stopped changing, returning that screen; throws
    /// with the last screen when it never does. A screen reaches the
    /// terminal in several writes: the title can be there before the fields
    /// below it, so a match alone may be a half-painted screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = (try? screen()) ?? last
            if condition(last) {
                usleep(50_000)
                let again = (try? screen()) ?? last
                if again == last { return last }
                continue
            }
            usleep(20_000)
        } while Date() < deadline
        throw NSError(domain: "tmux", code: 1, userInfo: [NSLocalizedDescriptionKey:
            "timed out waiting for \(what); screen was:\n\(last)"])
    }

    /// Waits until the screen contains `text`, returning the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    func waitForAbsence(of text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil("\"\(text)\" to go", timeout: timeout) { !$0.contains(text) }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    /// The pid of the pane's process: the shell that records the exit status.
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The pid of the program in the pane: the descendant of the pane's
    /// shell whose command is `name`.
    func programPID(named name: String = "amo-dossier", timeout: TimeInterval = 10) throws -> pid_t {
        let pane = try panePID()
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if Self.commandName(of: pane) == name { return pane }
            if let child = Self.descendants(of: pane).first(where: { Self.commandName(of: $0) == name }) { return child }
            usleep(20_000)
        } while Date() < deadline
        throw NSError(domain: "tmux", code: 2, userInfo: [NSLocalizedDescriptionKey: "no process \(name) in the pane"])
    }

    /// `comm` of a process, from /proc (nil when it is gone).
    static func commandName(of pid: pid_t) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The state letter of a process (R running, S sleeping, Z zombie…), nil when gone.
    static func state(of pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    }

    static func isGone(_ pid: pid_t) -> Bool {
        let s = state(of: pid)
        return s == nil || s == "Z" || s == "X"
    }

    /// CPU time (user + system, in clock ticks) a process has used so far.
    static func cpuTicks(of pid: pid_t) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state(0) ppid(1) … utime(11) stime(12).
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    static func children(of parent: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    static func descendants(of parent: pid_t) -> [pid_t] {
        children(of: parent).flatMap { [$0] + descendants(of: $0) }
    }

    /// True once the program has exited: its status is recorded, or the
    /// pane is marked dead.
    func programExited() -> Bool {
        if FileManager.default.fileExists(atPath: exitStatusPath) { return true }
        let text = (try? tmux(["display-message", "-p", "-t", "t", "#{pane_dead}"])) ?? "1"
        return text.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The exit status of the program once it has exited (128+n when
    /// signal n ended it, as a shell says), waiting up to `timeout` for it.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: exitStatusPath, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if programExited() { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }
}
