import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An account made for one test with `useradd` and removed after it. The
/// tests run as root, who can read and change anything: an attack by one
/// user on another's files is only real between two such accounts, the
/// binary run as the victim (`setpriv`), the attacker's files made by the
/// attacker.
final class ThrowAwayUser {
    let name: String
    let uid: uid_t
    let gid: gid_t

    static let isAvailable = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    private static let tools = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]

    init() throws {
        name = "amo" + UUID().uuidString.prefix(8).lowercased()
        // Another test (or another program on the machine) may hold the
        // lock on /etc/passwd for a moment: useradd then exits 10.
        try Self.retrying(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", name])
        guard let entry = getpwnam(name) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        uid = entry.pointee.pw_uid
        gid = entry.pointee.pw_gid
    }

    deinit {
        try? Self.retrying(["userdel", name])
    }

    private static func retrying(_ command: [String]) throws {
        for _ in 0..<100 {
            let status = try Spawn.run(command, environment: tools, captureOutput: false).status
            if status == 0 { return }
            guard status == 10 || status == 1 else { break }
            usleep(50_000)
        }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: command.joined(separator: " ")])
    }

    /// The argv that runs `command` as this user, with no other group.
    func argv(_ command: [String]) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--"] + command
    }

    /// Runs a tool (`ln`, `mkdir`) as this user; its exit status.
    @discardableResult
    func run(_ command: [String]) throws -> Int32 {
        try Spawn.run(argv(command), environment: Self.tools, captureOutput: false).status
    }

    /// A folder `path` with `mode`, owned by this user.
    func folder(_ path: String, mode: mode_t = 0o700) {
        mkdir(path, mode)
        chown(path, uid, gid)
        chmod(path, mode)
    }

    /// A file `path` with `contents` and `mode`, owned by this user.
    func file(_ path: String, _ contents: String, mode: mode_t = 0o600) throws {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        chown(path, uid, gid)
        chmod(path, mode)
    }
}
