import FoundationEssentials

/// A saved dossier written again in its own file: reopened and fixed in
/// the wizard, or marked mailed, reimbursed or returned. The file keeps
/// its name, its `id` and `createdAt`; `updatedAt` becomes the moment of
/// the change. Both files are replaced atomically (a temporary file
/// renamed over the old one), so a reader sees the old dossier or the new
/// one, never half of either.
public enum DossierRewrite {
    /// The printable summary beside `jsonPath`: `x.json` → `x.txt`.
    public static func summaryPath(of jsonPath: String) -> String {
        (jsonPath.hasSuffix(".json") ? String(jsonPath.dropLast(5)) : jsonPath) + ".txt"
    }

    /// Writes `dossier` over `jsonPath` and its summary over the one
    /// beside it. Nothing is written when the dossier is the one in the
    /// file already (`unchanged`): a version 1 file stays version 1 until
    /// something in it changes.
    @discardableResult
    public static func write(_ dossier: Dossier, at jsonPath: String, language: Language, now: Date,
                             context: DossierContext) throws -> Written {
        let before = try? DossierStore.read(path: jsonPath, followSymlinks: true).get()
        if let before, before == dossier { return .unchanged(SavedDossier(jsonPath: jsonPath, summaryPath: summaryPath(of: jsonPath))) }
        var saved = dossier
        if let before {
            saved.id = before.id
            saved.createdAt = before.createdAt
        }
        saved.updatedAt = Dossier.wholeSeconds(now)
        let json = try DossierJSON.encoder(rules: context.rulebook).encode(saved)
        try PrivateFiles.writeAtomically(json, to: jsonPath, overwrite: true)
        let paths = try writeSummary(of: saved, at: jsonPath, language: language, context: context)
        return .written(paths, saved)
    }

    /// Writes the summary of the dossier in `jsonPath` again, from the
    /// file as it is (`amo-dossier summary`): the JSON is not touched.
    public static func writeSummary(of dossier: Dossier, at jsonPath: String, language: Language,
                                    context: DossierContext) throws -> SavedDossier {
        let summary = Data(EnvelopeSummary.text(for: dossier, language: language, context: context).utf8)
        let path = summaryPath(of: jsonPath)
        try PrivateFiles.writeAtomically(summary, to: path, overwrite: true)
        return SavedDossier(jsonPath: jsonPath, summaryPath: path)
    }

    /// What `write` did.
    public enum Written: Sendable {
        /// Both files replaced; the dossier as written (its `updatedAt`).
        case written(SavedDossier, Dossier)
        /// The file already held this dossier: nothing was written.
        case unchanged(SavedDossier)

        public var paths: SavedDossier {
            switch self {
            case .written(let paths, _), .unchanged(let paths): return paths
            }
        }
    }
}
