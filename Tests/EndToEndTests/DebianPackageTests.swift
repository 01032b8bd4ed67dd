import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The Debian package a help desk installs: `packaging/build-deb.sh`
/// packages this build's binary (the release build the script makes by
/// itself takes minutes; what is checked here is the package around it),
/// then it is installed with `dpkg -i`, used, and removed.
///
/// Installing needs root and dpkg; the test is skipped, saying so, without
/// them, and also when amo-dossier is already installed on the machine from
/// a package (it would be removed at the end).
@Suite("Debian package: builds, installs with dpkg -i, runs, has its man page, removes cleanly")
struct DebianPackageTests {
    static let tools = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"]

    static var canInstall: Bool {
        geteuid() == 0 && ["/usr/bin/dpkg", "/usr/bin/dpkg-deb", "/usr/bin/man"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static var alreadyInstalled: Bool {
        (try? ToolRun.run(["/usr/bin/dpkg", "-s", "amo-dossier"], environment: tools).status) == 0
    }

    /// dpkg refuses to start while another dpkg or apt holds its lock
    /// (exit 2, "dpkg frontend lock"): another test, or the machine's own updates.
    func dpkg(_ arguments: [String]) throws -> CommandLineTests.Run {
        var run = try ToolRun.run(["/usr/bin/dpkg"] + arguments, environment: Self.tools)
        for _ in 0..<60 where run.status != 0 && run.stderr.contains("lock") {
            usleep(500_000)
            run = try ToolRun.run(["/usr/bin/dpkg"] + arguments, environment: Self.tools)
        }
        return run
    }

    @Test("dpkg -i installs it; amo-dossier --version, man -w amo-dossier and the completions work; dpkg -r removes it all",
          .enabled(if: canInstall, "needs root, dpkg, dpkg-deb and man (man-db) to install a package"),
          .enabled(if: !alreadyInstalled, "amo-dossier is already installed from a package here; removing it is not this test's to do"))
    func installUseRemove() throws {
        let output = NSTemporaryDirectory() + "amo-dossier-deb-" + UUID().uuidString
        mkdir(output, 0o700)
        defer {
            _ = try? dpkg(["--purge", "amo-dossier"])
            try? FileManager.default.removeItem(atPath: output)
        }
        let binary = try CommandLineTests.binary()
        let version = try ToolRun.run([binary, "--version"], environment: Self.tools).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var environment = Self.tools
        environment["TMPDIR"] = output
        let built = try ToolRun.run([Repository.path("packaging/build-deb.sh"), "--binary", binary, "--output", output,
                                     "--no-lintian", "--compression", "none"],
                                    environment: environment)
        try #require(built.status == 0, "\(built.stderr)")
        let deb = try #require(built.stdout.split(separator: "\n").last.map(String.init))
        let architecture = try ToolRun.run(["/usr/bin/dpkg", "--print-architecture"], environment: Self.tools).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(deb == output + "/amo-dossier_\(version)_\(architecture).deb")

        let installed = try dpkg(["-i", deb])
        try #require(installed.status == 0, "\(installed.stderr)")
        let run = try ToolRun.run(["/usr/bin/amo-dossier", "--version"], environment: Self.tools)
        #expect(run.status == 0 && run.stdout == version + "\n")
        let manual = try ToolRun.run(["/usr/bin/man", "-w", "amo-dossier"], environment: Self.tools)
        #expect(manual.stdout == "/usr/share/man/man1/amo-dossier.1.gz\n", "\(manual.stderr)")
        let french = try ToolRun.run(["/usr/bin/man", "-w", "-L", "fr", "amo-dossier"], environment: Self.tools)
        #expect(french.stdout == "/usr/share/man/fr/man1/amo-dossier.1.gz\n", "\(french.stderr)")
        for file in ["/usr/share/bash-completion/completions/amo-dossier", "/usr/share/zsh/vendor-completions/_amo-dossier",
                     "/usr/share/fish/vendor_completions.d/amo-dossier.fish", "/usr/share/doc/amo-dossier/copyright",
                     "/usr/share/doc/amo-dossier/changelog.gz"] {
            #expect(FileManager.default.fileExists(atPath: file), "\(file) not installed")
        }
        // Installing does not put every account of the machine in kiosk
        // mode: the help desk's config is an example to copy.
        #expect(!FileManager.default.fileExists(atPath: "/etc/xdg/amo-dossier/config.json"))
        try expectExampleConfigTakesEffect(under: output)

        let removed = try dpkg(["-r", "amo-dossier"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/usr/bin/amo-dossier"))
        #expect(!FileManager.default.fileExists(atPath: "/usr/share/man/man1/amo-dossier.1.gz"))
    }

    /// The example, copied where the README says (here under a temporary
    /// XDG_CONFIG_DIRS), is a config the installed program accepts; and the
    /// program does read that place, since a broken config there stops it
    /// (exit 78): without that second half the first would prove nothing.
    func expectExampleConfigTakesEffect(under folder: String) throws {
        let xdg = folder + "/xdg"
        for path in [xdg, xdg + "/amo-dossier"] { mkdir(path, 0o755) }
        try FileManager.default.copyItem(atPath: "/usr/share/doc/amo-dossier/examples/config.json",
                                         toPath: xdg + "/amo-dossier/config.json")
        var environment = Self.tools
        environment["XDG_CONFIG_DIRS"] = xdg
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment["HOME"] = folder
        let address = try ToolRun.run(["/usr/bin/amo-dossier", "address", "--lang", "en"], environment: environment)
        #expect(address.status == 0, "\(address.stderr)")
        try Data("{\"kiosk\": \"yes\"}".utf8).write(to: URL(fileURLWithPath: xdg + "/amo-dossier/config.json"))
        let broken = try ToolRun.run(["/usr/bin/amo-dossier", "address", "--lang", "en"], environment: environment)
        #expect(broken.status == 78, "the config at \(xdg) is not read: the example's test proves nothing")
    }
}
