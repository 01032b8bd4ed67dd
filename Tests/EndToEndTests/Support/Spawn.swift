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
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc ≥ 2.34 has it; the Swift Glibc module does not declare it.
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// Runs `arguments` (looked up in PATH) with `environment`; standard
    /// input and error are /dev/null; standard output is returned when
    /// `captureOutput`, else /dev/null.
    static func run(_ arguments: [String], environment: [String: String], captureOutput: Bool) throws -> Result {
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
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        if let closeFrom { _ = closeFrom(&fileActions, 3) }

        // The test runner's threads may block or ignore signals; tmux (and so
        // the program under test) must start as from a login shell, or the
        // server never hears SIGCHLD and never learns the exit status.
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
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &fileActions, &attributes, argv, envp)
        if captureOutput { close(pipeEnds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(pipeEnds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
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
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros.
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: output)
    }
}
