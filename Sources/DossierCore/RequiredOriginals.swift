/// Which originals must be in the envelope, from what the dossier contains:
/// medicines need the prescription, a doctor's care needs the doctor's
/// invoice, a biology test needs the lab invoice and the original results,
/// imaging needs the imaging invoice and the original report.
public enum RequiredOriginals {
    public static func documents(for dossier: Dossier) -> [Originals.Document] {
        var result: [Originals.Document] = []
        if !dossier.pharmacies.isEmpty { result.append(.prescription) }
        if !dossier.practitioners.isEmpty { result.append(.doctorInvoice) }
        if dossier.labs.contains(where: { $0.kind == .biology }) {
            result.append(.labInvoice)
            result.append(.labResults)
        }
        if dossier.labs.contains(where: { $0.kind == .imaging }) {
            result.append(.imagingInvoice)
            result.append(.imagingReport)
        }
        return result
    }

    /// Required documents not yet ticked as in the envelope.
    public static func missing(for dossier: Dossier) -> [Originals.Document] {
        documents(for: dossier).filter { !dossier.originals[$0] }
    }
}
