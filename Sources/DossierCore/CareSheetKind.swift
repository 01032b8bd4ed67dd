/// The three CNOPS care sheets (feuilles de soins). A dossier is one claim on
/// one sheet; which sheet decides which care screens and rules apply.
public enum CareSheetKind: String, CaseIterable, Codable, Sendable {
    case ordinary
    case chronic
    case dental
}
