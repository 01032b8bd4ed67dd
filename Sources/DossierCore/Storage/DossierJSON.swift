import FoundationEssentials

/// The one JSON configuration for dossier files. Every reader and writer
/// (store, check, wizard drafts) goes through it, so a file written by one
/// front-end always reads back in another: sorted keys make files diffable
/// and stable, ISO 8601 keeps instants readable by other tools.
public enum DossierJSON {
    /// Where the encoder finds the editions of the rules (`RuleBook`), so
    /// that a saved dossier carries its last mailing day.
    public static let rulesKey = CodingUserInfoKey(rawValue: "amo-dossier.rules")!

    public static func encoder(rules: RuleBook? = nil) -> JSONEncoder {
        let encoder = JSONEncoder()
        if let rules { encoder.userInfo[rulesKey] = rules }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Whether one object of the text holds a key twice (`JSONDuplicateKey`):
    /// such a file is not read, whichever reader would win.
    public static func hasDuplicateKey(_ data: Data) -> Bool {
        JSONDuplicateKey.first(in: data) != nil
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.userInfo[RoundedAmounts.key] = RoundedAmounts()
        return decoder
    }
}
