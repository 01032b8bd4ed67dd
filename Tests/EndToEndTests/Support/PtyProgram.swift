import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built binary on a pseudo-terminal this test holds the other end of,
/// for what tmux cannot do: a terminal that stops reading (a frozen SSH
/// link: the program's output blocks), or one that reports any size. The
/// program runs in its own session with the pty as its controlling
/// terminal, as from a login.
final class PtyProgram {
    let pid: pid_t
    let master: Int32
    private(set) var output: [UInt8] = []
    private var status: Int32?

    init(_ arguments: [String], environment: [String: String], width: UInt16 = 80, height: UInt16 = 24) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        guard let name = ttyname(slave) else { throw POSIXError(.ENOTTY) }
        let slavePath = String(cString: name)
        close(slave)

        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        // Opened after setsid: the first terminal a session leader opens
        // becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&fileActions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&fileActions, 0, 1)
        posix_spawn_file_actions_adddup2(&fileActions, 0, 2)
        let pid: pid_t
        do {
            pid = try Spawn.start(arguments, environment: environment, fileActions: &fileActions,
                                  extraFlags: 0x80 /* POSIX_SPAWN_SETSID */)
        } catch {
            close(master)
            throw error
        }
        self.pid = pid
        self.master = master
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(timeout: 5)
        }
        close(master)
    }

    /// Reads what the program wrote until `text` is in it.
    func read(until text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            if String(decoding: output, as: UTF8.self).contains(text) { return true }
            var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, 50) > 0 {
                let count = Glibc.read(master, &buffer, buffer.count)
                if count <= 0 { return false }
                output += buffer[0..<count]
            }
        }
        return String(decoding: output, as: UTF8.self).contains(text)
    }

    /// Reads until nothing more comes for `quiet` seconds.
    func readUntilQuiet(_ quiet: TimeInterval = 0.3) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&entry, 1, Int32(quiet * 1000)) > 0, Glibc.read(master, &buffer, buffer.count) > 0 {
            entry.revents = 0
        }
    }

    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Tells the program's terminal it has a new size; the kernel sends
    /// SIGWINCH to the program, as for a window dragged wider.
    func resize(width: UInt16, height: UInt16) {
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// The exit status as a shell gives it (128 + signal when killed), or
    /// nil when the program is still running after `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        if let status { return status }
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            var raw: Int32 = 0
            let done = waitpid(pid, &raw, WNOHANG)
            if done == pid {
                let exited = raw & 0x7f == 0
                status = exited ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
                return status
            }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }

    /// The program's peak resident memory so far, in KiB (`VmHWM`).
    func peakMemoryKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
