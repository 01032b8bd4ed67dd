import Foundation

/// A real terminal for end-to-end tests: a private tmux server (its own
/// socket name, no user config) running one program in one pane, so tests
/// type keys and read the screen as a person would, and never touch the
/// user's own tmux.
final class TmuxSession {
    let server: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (argv) in a detached pane of the given size, with
    /// exactly `environment` (plus PATH and HOME if missing).
    init(command: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
        server = "amo-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        var env = environment
        if env["PATH"] == nil { env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }
        // `env -i` so the program sees only what the test chose.
        let shellCommand = (["env", "-i"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + command)
            .map(TmuxSession.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", "t",
                  // keep the pane after the program exits, to read its last screen and status
                  shellCommand])
        try tmux(["set-option", "-t", "t", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", server, "-f", "/dev/null"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "tmux", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.first ?? "") failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Types text literally (no key names interpreted).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
    }

    /// Sends tmux key names: "Enter", "Escape", "Tab", "BTab", "Down", "F1", "C-z", "Space"…
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "t", key]) }
    }

    /// The visible screen, one string per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "t"])
    }

    /// Waits until the screen contains `text` (polling), returning the screen;
    /// throws with the last screen when it never appears.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw NSError(domain: "tmux", code: 1, userInfo: [NSLocalizedDescriptionKey:
            "timed out waiting for \"\(text)\"; screen was:\n\(last)"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    /// The pid of the program in the pane (it is the pane's process: `env`
    /// execs it).
    func programPID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// True once the program has exited (the pane stays, marked dead).
    func programExited() -> Bool {
        let text = (try? tmux(["display-message", "-p", "-t", "t", "#{pane_dead}"])) ?? "1"
        return text.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func exitStatus() -> Int32? {
        guard let text = try? tmux(["display-message", "-p", "-t", "t", "#{pane_dead_status}"]) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if programExited() { return true }
            usleep(50_000)
        }
        return false
    }
}
