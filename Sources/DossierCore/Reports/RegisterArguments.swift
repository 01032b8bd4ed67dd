import FoundationEssentials

/// The values of `list`'s options, checked as every option is
/// (`CommandLineValue`): one line in the user's language naming the
/// option and the value.
extension CommandLineValue {
    /// The statuses `--status` takes (and the shell completions offer): a
    /// draft is never in a dossier folder, so it is not one of them.
    public static let statusChoices = DossierStatus.allCases.filter { $0 != .draft }

    /// `--status incomplete|ready|mailed|reimbursed|returned`, any case.
    public static func status(_ raw: String) -> Result<DossierStatus, CommandLineError> {
        let choices = statusChoices
        guard let status = choices.first(where: { $0.rawValue == raw.lowercased() }) else {
            return .failure(CommandLineError(key: "arg.status", arguments: [
                "value": raw, "choices": choices.map(\.rawValue).joined(separator: ", ")]))
        }
        return .success(status)
    }

    /// Longest `--due` taken: ten years is already more than any deadline.
    public static let maximumDays = 3650

    /// A number of days from 0 to `maximumDays`, in Western or Arabic digits.
    public static func days(_ raw: String, option: String) -> Result<Int, CommandLineError> {
        let digits = Identifiers.westernDigits(raw.trimmingSpaces)
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCII), let days = Int(digits),
              (0...maximumDays).contains(days) else {
            return .failure(CommandLineError(key: "arg.days", arguments: [
                "option": option, "value": raw, "max": String(maximumDays)]))
        }
        return .success(days)
    }

    /// A text to look for, refused when longer than any name or CNIE.
    public static func text(_ raw: String, option: String) -> Result<String, CommandLineError> {
        if raw.count > TerminalText.messageLimit {
            return .failure(CommandLineError(key: "arg.tooLong", arguments: [
                "option": option, "max": String(TerminalText.messageLimit)]))
        }
        return .success(raw)
    }
}
