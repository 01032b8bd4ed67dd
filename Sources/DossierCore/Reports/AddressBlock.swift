/// `amo-dossier address`: the lines to copy onto the envelope, from the
/// edition in force on the day of mailing (so a change of address is a
/// data edit, and `--on` shows the address of a coming edition).
public enum AddressBlock {
    public static func text(_ language: Language, context: DossierContext, on day: CalendarDate? = nil) -> String {
        context.mailingRules(on: day).addressLines(language).joined(separator: "\n") + "\n"
    }
}
