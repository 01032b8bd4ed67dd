import FoundationEssentials

extension CommandLineValue {
    /// The longest reason for a return kept: a letter's sentence or two.
    public static let maximumReasonLength = 500

    /// `--tracking`: a UPU S10 number from Barid Al-Maghrib, in its normal
    /// form; a wrong check digit is refused naming the one expected, with
    /// the same words as the Done screen.
    public static func trackingNumber(_ raw: String) -> Result<String, CommandLineError> {
        TrackingNumber.check(raw, path: "--tracking").mapError {
            CommandLineError(key: "problem." + $0.code, arguments: $0.arguments)
        }
    }

    /// `--amount`: dirhams as a person types them (`612,80`, `612.80`).
    public static func amount(_ raw: String) -> Result<Money, CommandLineError> {
        TypedValue.amount(raw, path: "--amount").mapError {
            CommandLineError(key: "problem." + $0.code, arguments: $0.arguments)
        }
    }

    /// `--reason`: kept as typed, trimmed; empty is no reason.
    public static func reason(_ raw: String?) -> Result<String?, CommandLineError> {
        guard let text = raw?.trimmingSpacesAndNewlines, !text.isEmpty else { return .success(nil) }
        if text.count > maximumReasonLength {
            return .failure(CommandLineError(key: "arg.tooLong", arguments: ["option": "--reason", "max": String(maximumReasonLength)]))
        }
        return .success(text)
    }
}
