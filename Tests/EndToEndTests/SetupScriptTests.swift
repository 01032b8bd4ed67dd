import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `./run` and `./run test`, the README's two commands, on a machine
/// where a Debian package is missing: installed when the account may
/// (root, or sudo without a password), else the one command to run is
/// said and nothing is built.
///
/// Nothing is removed from or installed on this machine: `dpkg`, `apt-get`,
/// `swift` (and, where a test says so, `id` and `sudo`) are small scripts
/// put first on PATH that write what they were asked into a log. `dpkg -s`
/// answers "not installed" for the packages in `FAKE_MISSING`.
@Suite("./run: the README's two commands install what is missing, or say what to run")
struct SetupScriptTests {
    let folder: String
    var bin: String { folder + "/bin" }
    var log: String { folder + "/log" }

    init() throws {
        folder = NSTemporaryDirectory() + "amo-dossier-setup-" + UUID().uuidString
        // Readable by the throw-away account of the last test.
        for path in [folder, folder + "/bin", folder + "/built"] {
            mkdir(path, 0o755)
            chmod(path, 0o755)
        }
        try Data().write(to: URL(fileURLWithPath: log))
        chmod(log, 0o666)
        // As dpkg answers: a package removed with its configuration left
        // (FAKE_REMOVED) still has a record, and `dpkg -s` succeeds.
        try fake("dpkg", """
            [ "$1" = -s ] || exit 2
            case " $FAKE_MISSING " in *" $2 "*) echo "dpkg-query: package '$2' is not installed" >&2; exit 1 ;; esac
            echo "Package: $2"
            case " $FAKE_REMOVED " in *" $2 "*) echo "Status: deinstall ok config-files"; exit 0 ;; esac
            echo "Status: install ok installed"
            """)
        try fake("apt-get", "")
        try fake("swift", #"if [ "$2" = --show-bin-path ]; then echo "\#(folder)/built"; fi"#)
        try fake("built/amo-dossier", "", in: folder)
    }

    /// An executable `name` that logs its name and arguments, then runs `body`.
    func fake(_ name: String, _ body: String, in directory: String? = nil) throws {
        let path = (directory ?? bin) + "/" + name
        let script = "#!/bin/sh\necho \"\(name.split(separator: "/").last!) $*\" >> \(log)\n\(body)\n"
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
    }

    /// `id -u` answering `uid`.
    func fakeUser(_ uid: Int) throws { try fake("id", "[ \"$1\" = -u ] && echo \(uid)") }

    func runScript(_ arguments: [String], missing: [String], removed: [String] = [],
                   as user: ThrowAwayUser? = nil) throws -> CommandLineTests.Run {
        try ToolRun.run(["/bin/bash", Repository.path("run")] + arguments,
                        environment: ["PATH": bin + ":/usr/bin:/bin", "FAKE_MISSING": missing.joined(separator: " "),
                                      "FAKE_REMOVED": removed.joined(separator: " "), "LANG": "C.UTF-8"],
                        in: folder, as: user)
    }

    func logged() throws -> [String] {
        try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("dpkg ") && !$0.hasPrefix("id ") }
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @Test("nothing missing: nothing installed; the wizard is built and started with the arguments given")
    func nothingMissing() throws {
        defer { cleanUp() }
        try fakeUser(1000)
        let run = try runScript(["--lang", "ar"], missing: [])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try logged() == ["swift build --product amo-dossier", "swift build --show-bin-path", "amo-dossier --lang ar"])
    }

    @Test("as root, a missing libfribidi-dev is installed with apt-get, then the wizard is built and started")
    func rootInstalls() throws {
        defer { cleanUp() }
        try fakeUser(0)
        let run = try runScript([], missing: ["libfribidi-dev"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try logged() == ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends libfribidi-dev",
                                 "swift build --product amo-dossier", "swift build --show-bin-path", "amo-dossier "])
    }

    @Test("a package removed with its configuration left (dpkg still knows it) is missing, and installed")
    func removedIsMissing() throws {
        defer { cleanUp() }
        try fakeUser(0)
        let run = try runScript(["test"], missing: [], removed: ["tmux"])
        #expect(run.status == 0, "\(run.stderr)")
        let calls = try logged()
        #expect(calls.contains("apt-get install -y -qq --no-install-recommends tmux"), "\(calls)")
    }

    @Test("a user with sudo without a password installs both libraries through sudo")
    func sudoInstalls() throws {
        defer { cleanUp() }
        try fakeUser(1000)
        try fake("sudo", #"[ "$1" = -n ] || exit 1; shift; exec "$@""#)
        let run = try runScript([], missing: ["libncursesw5-dev", "libfribidi-dev"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try logged().prefix(4) == [
            "sudo -n true",
            "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq", "apt-get update -qq",
            "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libncursesw5-dev libfribidi-dev"])
        #expect(try logged().contains("swift build --product amo-dossier"))
    }

    /// The message a user who may not install reads: the packages and the
    /// exact command, exit 69, nothing installed, nothing built.
    func expectToldWhatToRun(_ run: CommandLineTests.Run, _ packages: String) throws {
        #expect(run.status == 69)
        #expect(run.stderr.contains("amo-dossier needs these Debian packages, which are not installed: \(packages)"))
        #expect(run.stderr.contains("\n    sudo apt-get install \(packages)\n"))
        let calls = try logged()
        #expect(calls.allSatisfy { !$0.hasPrefix("apt-get") && !$0.hasPrefix("swift") && !$0.hasPrefix("amo-dossier") },
                "\(calls)")
    }

    @Test("a user whose sudo asks a password is told the exact command to run, and nothing is built")
    func sudoWithPassword() throws {
        defer { cleanUp() }
        try fakeUser(1000)
        try fake("sudo", "echo 'sudo: a password is required' >&2; exit 1")
        try expectToldWhatToRun(try runScript([], missing: ["libfribidi-dev"]), "libfribidi-dev")
    }

    @Test("./run test also needs tmux and man-db for the end-to-end and package tests; then it runs swift test")
    func testCommand() throws {
        defer { cleanUp() }
        try fakeUser(0)
        let run = try runScript(["test"], missing: ["tmux"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try logged() == ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends tmux", "swift test"])
    }

    @Test("a real account that is not root and has no sudo right is told the exact command",
          .enabled(if: ThrowAwayUser.isAvailable, "needs root, useradd and setpriv to make a throw-away account"))
    func realUserWithoutSudo() throws {
        defer { cleanUp() }
        let user = try ThrowAwayUser()
        try expectToldWhatToRun(try runScript(["test"], missing: ["libfribidi-dev", "tmux"], as: user),
                                "libfribidi-dev tmux")
    }
}
