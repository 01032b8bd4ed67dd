import Foundation
import Testing
@testable import DossierCore

/// The translation tables are decoded at build time (`EmbeddedTranslations`,
/// written by embed-resources) and looked up by binary search: what the
/// program says must still be exactly what Resources/l10n/*.json says.
@Suite("Translation tables made at build time")
struct EmbeddedTranslationTests {
    /// Every l10n file on disk, decoded here and merged.
    static func tablesOnDisk() throws -> L10n.Table {
        var merged: L10n.Table = [:]
        for (path, data) in try RepositoryRoot.resourceFiles() where path.hasPrefix("l10n/") && path.hasSuffix(".json") {
            merged.merge(try JSONDecoder().decode(L10n.Table.self, from: data)) { first, _ in first }
        }
        return merged
    }

    @Test("the built-in tables are the JSON files, key for key and text for text")
    func tablesEqualTheJSON() throws {
        let onDisk = try Self.tablesOnDisk()
        #expect(onDisk.count > 600)
        #expect(L10n.shared.table == onDisk)
    }

    @Test("each key is found by the lookup, in every language, and gives the file's text")
    func everyKeyLooksUp() throws {
        let onDisk = try Self.tablesOnDisk()
        for (key, entry) in onDisk {
            #expect(L10n.shared.has(key), "\(key)")
            for language in Language.allCases {
                #expect(L10n.shared.template(key, language) == entry[language.rawValue], "\(key).\(language.rawValue)")
            }
        }
    }

    @Test("the keys are sorted by their bytes, so the binary search finds them all")
    func keysSorted() {
        let keys = EmbeddedTranslations.keys
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(EmbeddedTranslations.fr.count == keys.count && EmbeddedTranslations.ar.count == keys.count
                && EmbeddedTranslations.en.count == keys.count)
    }

    @Test("an unknown key is shown as itself, before, between and after the known ones")
    func unknownKeys() {
        for key in ["", "a", "wizard.zzz", "zzzz", "problem.cnie.format.", "wizard"] {
            #expect(!L10n.shared.has(key))
            #expect(L10n.shared.text(key, .fr) == key)
        }
    }

    @Test("a given table is looked up the same way as the built-in one")
    func givenTable() {
        let table = L10n(table: ["k": ["fr": "bonjour {name}", "en": "hello {name}"]])
        #expect(table.text("k", .en, ["name": "Salma"]) == "hello Salma")
        // No Arabic: French, as before.
        #expect(table.text("k", .ar, ["name": "Salma"]) == "bonjour Salma")
        #expect(table.has("k") && !table.has("j"))
    }
}
