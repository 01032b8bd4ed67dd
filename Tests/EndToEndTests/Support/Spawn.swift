import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper program (tmux) with posix_spawn and waitpid, every
/// descriptor above 2 closed in the child.
///
/// Why not `Process`: on Linux it watches the child through an inherited
/// socket, and a tmux client that starts a server hands that socket (and any
/// other test's descriptors open at that moment) to the daemon, which keeps
/// it for its whole life: `waitUntilExit` and pipe reads then never end.
enum Spawn {
    struct Result {
        let status: Int32
        let output: Data
        /// The child's peak resident memory (`wait4`'s `ru_maxrss`), in KiB.
        var peakMemoryKiB = 0
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc ≥ 2.34 has it; the Swift Glibc module does not declare it.
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// Runs `arguments` (looked up in PATH) with `environment`; standard
    /// input is `inputPath` (/dev/null unless told), standard error /dev/null;
    /// standard output is returned when
    /// `captureOutput`, else /dev/null.
    static func run(_ arguments: [String], environment: [String: String], captureOutput: Bool,
                    inputPath: String = "/dev/null") throws -> Result {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var pipeEnds: [Int32] = [-1, -1]
        if captureOutput {
            guard pipe(&pipeEnds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            // Not inherited by children other tests spawn meanwhile.
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&fileActions, pipeEnds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&fileActions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        if let closeFrom { _ = closeFrom(&fileActions, 3) }

        let pid: pid_t
        do {
            pid = try start(arguments, environment: environment, fileActions: &fileActions)
        } catch {
            if captureOutput { pipeEnds.forEach { close($0) } }
            throw error
        }
        if captureOutput { close(pipeEnds[1]) }
        var output = Data()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count > 0 { output.append(contentsOf: buffer[0..<count]) }
                else if count < 0 && errno == EINTR { continue }
                else { break }
            }
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros.
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: output,
                      peakMemoryKiB: Int(usage.ru_maxrss))
    }

    /// Starts `arguments` (looked up in PATH) with `fileActions` and
    /// `extraFlags` (`POSIX_SPAWN_SETSID`…); returns the child's pid.
    ///
    /// The test runner's threads may block or ignore signals; tmux (and so
    /// the program under test) must start as from a login shell, or the
    /// server never hears SIGCHLD and never learns the exit status, and a
    /// program under test would not see the signal a test sends it.
    static func start(_ arguments: [String], environment: [String: String],
                      fileActions: inout posix_spawn_file_actions_t, extraFlags: Int32 = 0) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in 1..<32 where signo != SIGKILL && signo != SIGSTOP { sigaddset(&defaults, Int32(signo)) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | extraFlags))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &fileActions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        return pid
    }
}
