import Foundation

/// The one JSON configuration for dossier files. Every reader and writer
/// (store, check, wizard drafts) goes through it, so a file written by one
/// front-end always reads back in another: sorted keys make files diffable
/// and stable, ISO 8601 keeps instants readable by other tools.
public enum DossierJSON {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
