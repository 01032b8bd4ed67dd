import FoundationEssentials

/// The user's own folder of amo-dossier data, per account so that people
/// sharing a machine never see each other's files:
/// `$XDG_DATA_HOME/amo-dossier`, else `~/.local/share/amo-dossier`. It holds
/// the draft (`draft.json`), the kiosk drafts (`drafts/`) and, unless
/// `--dir` says otherwise, the saved dossiers (`dossiers/`).
public enum DataFolder {
    public static func path(environment: [String: String]) -> String {
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg.appendingPath("amo-dossier")
        }
        let home = AccountHome.path(environment: environment)
        return home.appendingPath(".local/share/amo-dossier")
    }

    /// The wizard's one draft of the dossier being typed.
    public static func draftPath(in dataFolder: String) -> String {
        dataFolder.appendingPath("draft.json")
    }

    /// `draft.json`, or `draft-2.json`, `draft-3.json`… held by a second or
    /// third wizard of the same user running at the same time.
    public static func isDraftName(_ name: String) -> Bool {
        if name == "draft.json" { return true }
        guard name.hasPrefix("draft-"), name.hasSuffix(".json") else { return false }
        let number = name.dropFirst(6).dropLast(5)
        return !number.isEmpty && number.count <= 3 && number.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The saved dossiers, unless `--dir` chooses another folder.
    public static func dossiersFolder(in dataFolder: String) -> String {
        dataFolder.appendingPath("dossiers")
    }

    /// The folder of kiosk drafts, one per student (`DraftVault`).
    public static func kioskDraftsFolder(in dataFolder: String) -> String {
        dataFolder.appendingPath("drafts")
    }

    /// What a program killed in the middle of a write left behind, put
    /// right before anything else is done: stale `.tmp-…` files (each a
    /// whole draft or dossier) removed from the data folder, `drafts/` and
    /// the dossier folder, and the summary written for a dossier saved
    /// without one. `dataFolder` is nil when a command works on a folder
    /// chosen with `--dir` only.
    public static func tidy(dataFolder: String?, dossierFolder: String, language: Language, context: DossierContext,
                            now: Date = Date()) {
        let own = dataFolder.map { [$0, kioskDraftsFolder(in: $0)] } ?? []
        PrivateFiles.removeStaleTemporaries(in: own + [dossierFolder], now: now)
        DossierStore(folder: dossierFolder).writeMissingSummaries(language: language, context: context)
    }
}
