/// `amo-dossier address`: the lines to copy onto the envelope, from the
/// edition in force on the day of mailing (so a change of address is a
/// data edit, and `--on` shows the address of a coming edition).
/// The edition's notice, if any, follows after a blank line: it is about
/// this very address (check it before mailing while the AMO changes hands).
public enum AddressBlock {
    public static func text(_ language: Language, context: DossierContext, on day: CalendarDate? = nil) -> String {
        let rules = context.mailingRules(on: day)
        var lines = rules.addressLines(language)
        if let notice = rules.notice { lines += ["", notice.text(language)] }
        return lines.joined(separator: "\n") + "\n"
    }
}
