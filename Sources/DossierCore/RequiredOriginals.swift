/// Which originals must be in the envelope, from what the dossier contains:
/// each entry names the originals it needs (medicines the prescription, a
/// doctor's care the doctor's invoice, a biology test the lab invoice and
/// the results, imaging the invoice and the report).
public enum RequiredOriginals {
    /// In the order of `Originals.Document.allCases`, each once.
    public static func documents(for dossier: Dossier) -> [Originals.Document] {
        func needed<E: CareEntry>(_: E.Type) -> [Originals.Document] {
            E.entries(dossier).flatMap { $0.requiredOriginals }
        }
        let needed = Set(CareKind.allCases.flatMap { needed($0.entryType) })
        return Originals.Document.allCases.filter(needed.contains)
    }

    /// Required documents not yet ticked as in the envelope.
    public static func missing(for dossier: Dossier) -> [Originals.Document] {
        documents(for: dossier).filter { !dossier.originals[$0] }
    }
}
