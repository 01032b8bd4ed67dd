/// `amo-dossier address`: the lines to copy onto the envelope, from the
/// reference data (so a change of address is a data edit).
public enum AddressBlock {
    public static func text(_ language: Language) -> String {
        ReferenceData.shared.addressLines(language).joined(separator: "\n") + "\n"
    }
}
