/// The shape of the ways to reach the student. They are not on the care
/// sheet and the fund writes to the address declared at registration, so a
/// wrong shape is a warning: worth fixing (it is how a help desk calls
/// back), never a reason to hold the dossier.
public enum ContactShape {
    /// One `@`, something before it, and a domain with a dot that neither
    /// starts nor ends it (`salma@example.ma`); no spaces. No more is
    /// checked: whether the mailbox exists no shape can tell.
    public static func checkEmail(_ raw: String, path: String) -> Problem? {
        let value = raw.trimmingSpaces
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let fits = parts.count == 2 && !parts[0].isEmpty && !value.contains(where: \.isWhitespace)
            && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
        return fits ? nil : Problem(code: "email.format", path: path, arguments: ["value": value], severity: .warning)
    }

    /// A Moroccan number: 10 digits starting 05, 06 or 07 (`06 12 34 56 78`),
    /// or +212 and the 9 digits after the 0 (`+212 612 345 678`). Spaces
    /// group digits and are allowed anywhere; Arabic-Indic digits read as
    /// Western ones.
    public static func checkPhone(_ raw: String, path: String) -> Problem? {
        let value = raw.trimmingSpaces
        let compact = Identifiers.westernDigits(value).filter { !$0.isWhitespace }
        let national = compact.count == 10 && ["05", "06", "07"].contains(String(compact.prefix(2)))
            && Identifiers.isDigits(compact)
        let international = compact.hasPrefix("+212") && compact.count == 13 && Identifiers.isDigits(compact.dropFirst(4))
        return national || international
            ? nil : Problem(code: "phone.format", path: path, arguments: ["value": value], severity: .warning)
    }
}
