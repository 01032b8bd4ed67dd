import Foundation

/// Every word a person reads comes from the tables in `Resources/l10n/*.json`
/// (one file per area, each key with its `fr`, `ar` and `en` text side by
/// side, so a translator sees all three at once and a test can prove none is
/// missing). Placeholders are `{name}`.
public struct L10n: Sendable {
    public typealias Table = [String: [String: String]]

    public let table: Table

    public init(table: Table) {
        self.table = table
    }

    /// `text("problem.cnie.format", .fr, ["value": "AB12"])`. An unknown key
    /// returns the key itself, so a gap is visible rather than a crash; the
    /// completeness test keeps that from ever shipping.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let entry = table[key] else { return key }
        var result = entry[language.rawValue] ?? entry["fr"] ?? key
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// The tables compiled into this binary.
    public static let shared: L10n = {
        var merged: Table = [:]
        for (path, text) in EmbeddedResources.files where path.hasPrefix("l10n/") && path.hasSuffix(".json") {
            do {
                let part = try JSONDecoder().decode(Table.self, from: Data(text.utf8))
                merged.merge(part) { first, _ in first }
            } catch {
                fatalError("Resources/\(path) does not decode: \(error)")
            }
        }
        return L10n(table: merged)
    }()
}

/// Shorthand used everywhere a person-facing string is produced.
public func tr(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
    L10n.shared.text(key, language, arguments)
}
