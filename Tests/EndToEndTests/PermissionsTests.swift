import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A data folder opened up to others (a copy made with a loose umask) is
/// found by `list` and `check`, reported in one line on standard error and
/// made private again; a folder chosen with `--dir` is left as it is.
@Suite("Permissions: the built binary warns about and fixes an opened-up data folder")
struct PermissionsTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test("list on the default folder: one warning line, then 0700/0600; quiet the second time")
    func listFixes() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        try cli.writeDraft(cnie: "JB45678", to: cli.data + "/draft.json")
        chmod(cli.data, 0o755)
        chmod(cli.dossiers, 0o755)
        chmod(saved.jsonPath, 0o644)
        chmod(saved.summaryPath, 0o644)
        chmod(cli.data + "/draft.json", 0o666)

        let run = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stderr == "amo-dossier: 5 files or folders in \(cli.data) were readable by other users; made private again (0700/0600).\n")
        #expect(!run.stderr.contains("JB45678"))
        #expect(run.stdout.contains("Youssef Amrani"))
        for folder in [cli.data, cli.dossiers] { #expect(Self.mode(folder) == 0o700) }
        for file in [saved.jsonPath, saved.summaryPath, cli.data + "/draft.json"] { #expect(Self.mode(file) == 0o600) }

        let again = try cli.run(["list", "--today", "2026-02-01", "--lang", "en"])
        #expect(again.stderr.isEmpty)
    }

    @Test("check of a file in the data folder fixes it; a --dir folder elsewhere is not touched")
    func checkAndDir() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let saved = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        chmod(saved.jsonPath, 0o640)
        let run = try cli.run(["check", saved.jsonPath, "--today", "2026-02-01", "--lang", "fr"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.hasPrefix("amo-dossier : dans "))
        #expect(Self.mode(saved.jsonPath) == 0o600)

        let shared = cli.home + "/shared"
        let office = try cli.save(cnie: "K112233", name: "Nadia Fassi", folder: shared)
        chmod(shared, 0o750)
        chmod(office.jsonPath, 0o640)
        let list = try cli.run(["list", "--dir", shared, "--today", "2026-02-01"])
        #expect(list.stderr.isEmpty)
        #expect(Self.mode(shared) == 0o750 && Self.mode(office.jsonPath) == 0o640)
    }
}
