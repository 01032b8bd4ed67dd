import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What ships (issue 14): `packaging/build-release.sh` makes one static
/// executable, and that file, copied alone into an empty folder and run
/// with an empty environment, works: nothing of the build tree, no shared
/// library, no Swift toolchain is needed beside it. Builds in its own
/// scratch folder (`.build-release`), so it does not wait on this test
/// run's own build; about two minutes the first time, seconds after.
@Suite("The release build: one static executable that runs copied alone")
struct ReleaseBuildTests {
    @Test func theStaticExecutableRunsAlone() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        let built = try ToolRun.run([Repository.path("packaging/build-release.sh"), "--scratch-path",
                                     Repository.path(".build-release")], environment: environment)
        try #require(built.status == 0, "\(built.stderr)")
        let binary = try #require(built.stdout.split(separator: "\n").last.map(String.init))

        // No program interpreter: the dynamic loader has nothing to do.
        let headers = try ToolRun.run(["/usr/bin/readelf", "-l", binary], environment: ["LANG": "C"])
        #expect(headers.status == 0 && headers.stdout.contains("LOAD"))
        #expect(!headers.stdout.contains("INTERP"), "the release binary asks for a dynamic loader")
        // Only FoundationEssentials: no ICU and its 40 MB of data (named icudtNN_dat) inside.
        let image = try Data(contentsOf: URL(fileURLWithPath: binary))
        #expect(image.range(of: Data("icudt".utf8)) == nil, "the release binary holds ICU")

        let folder = NSTemporaryDirectory() + "amo-dossier-alone-" + UUID().uuidString
        #expect(mkdir(folder, 0o700) == 0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let alone = folder + "/amo-dossier"
        try FileManager.default.copyItem(atPath: binary, toPath: alone)
        let bare = ["HOME": folder]

        let version = try ToolRun.run([alone, "--version"], environment: bare, in: folder)
        let debugVersion = try ToolRun.run([try CommandLineTests.binary(), "--version"], environment: bare)
        #expect(version.status == 0 && version.stdout == debugVersion.stdout)
        let deadline = try ToolRun.run([alone, "deadline", "--first-act", "2026-01-10", "--today", "2026-02-01",
                                        "--lang", "en"], environment: bare, in: folder)
        #expect(deadline.stdout == "Last mailing day: 2026-03-11\n60 days after the first medical act on 2026-01-10.\n38 days left.\n",
                "\(deadline.stderr)")
        let address = try ToolRun.run([alone, "address", "--lang", "ar"], environment: bare, in: folder)
        #expect(address.status == 0 && address.stdout.contains("الرباط"), "\(address.stderr)")
    }
}
