import Foundation
import Testing
@testable import DossierCore

/// The repository root, found from this file's path, so the tests read the
/// real `Resources/` wherever the clone is.
enum RepositoryRoot {
    static func url(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent()   // DossierCoreTests
            .deletingLastPathComponent()   // Tests
            .deletingLastPathComponent()
    }

    /// Every regular file under `Resources/`, by its path relative to it.
    static func resourceFiles() throws -> [String: Data] {
        let base = url().appendingPathComponent("Resources")
        var result: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let file as URL in enumerator {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(file.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
            result[relative] = try Data(contentsOf: file)
        }
        return result
    }
}

@Suite("Translations and embedded resources")
struct TranslationTests {
    @Test("every key of every l10n table has fr, ar and en, non-empty, with the same placeholders")
    func everyKeyInThreeLanguages() throws {
        let files = try RepositoryRoot.resourceFiles().filter { $0.key.hasPrefix("l10n/") && $0.key.hasSuffix(".json") }
        #expect(files.keys.contains("l10n/problems.json"))
        var seen: [String: String] = [:]
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let table = try JSONDecoder().decode(L10n.Table.self, from: data)
            #expect(!table.isEmpty, "\(path) is empty")
            for (key, entry) in table {
                #expect(Set(entry.keys) == ["fr", "ar", "en"], "\(path): \(key) has \(entry.keys.sorted())")
                var placeholders: Set<String>?
                for language in ["fr", "ar", "en"] {
                    let text = entry[language] ?? ""
                    #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                            "\(path): \(key) has no \(language) text")
                    let names = L10n.placeholders(in: text)
                    if let expected = placeholders {
                        #expect(names == expected, "\(path): \(key) \(language) has \(names.sorted()), not \(expected.sorted())")
                    } else {
                        placeholders = names
                    }
                }
                // The tables are merged: a key in two files would pick one at random.
                if let other = seen[key] {
                    Issue.record("\(key) is in both \(other) and \(path)")
                }
                seen[key] = path
            }
        }
    }

    /// The build plugin embeds Resources/ as it is when the target is
    /// built: the copy in the binary is the file on disk, every file, byte
    /// for byte (a file the plugin missed, or one it read stale, shows here).
    @Test("the embedded copy of Resources/ is the files on disk, byte for byte")
    func embeddedMatchesResources() throws {
        let onDisk = try RepositoryRoot.resourceFiles()
        let embedded = EmbeddedResources.files
        #expect(Set(onDisk.keys) == Set(embedded.keys),
                "not embedded: \(Set(onDisk.keys).subtracting(embedded.keys).sorted()), embedded but not on disk: \(Set(embedded.keys).subtracting(onDisk.keys).sorted())")
        for (path, data) in onDisk {
            guard let text = embedded[path] else { continue }
            #expect(Data(text.utf8) == data, "Resources/\(path) differs from its embedded copy")
        }
    }

    @Test("problem messages put the values in their place, in every language")
    func exampleMessages() {
        let cnie = Problem(code: "cnie.format", path: "student.cnie", arguments: ["value": "ab 12"])
        #expect(cnie.message(.fr).contains("« ab 12 »"))
        #expect(cnie.message(.en).contains("“ab 12”"))
        #expect(cnie.message(.ar).contains("«ab 12»"))
        let ice = Problem(code: "ice.length", path: "dentists[0].ice", arguments: ["typed": "14"])
        #expect(ice.message(.fr) == "ICE : 15 chiffres attendus, 14 saisis.")
        #expect(ice.message(.en) == "ICE: 15 digits expected, 14 typed.")
    }

    @Test("one name for traditional education, and English without a space before its colons")
    func wording() throws {
        // wizard*.json is edited by the wizard's owner; its two "originel"
        // strings are reported there and join this check once changed.
        let tables = EmbeddedResources.files.filter { $0.key.hasPrefix("l10n/") && !$0.key.hasPrefix("l10n/wizard") }
        #expect(tables.count >= 7)
        for (name, text) in tables {
            let table = try JSONDecoder().decode([String: [String: String]].self, from: Data(text.utf8))
            for (key, words) in table {
                let fr = words["fr"] ?? "", en = words["en"] ?? ""
                #expect(!fr.localizedCaseInsensitiveContains("enseignement originel"), "\(name) \(key)")
                if fr.contains("العتيق") { #expect(fr.contains("enseignement traditionnel (التعليم العتيق)"), "\(name) \(key)") }
                if en.contains("العتيق") { #expect(en.contains("traditional education"), "\(name) \(key)") }
                #expect(en.range(of: #"\s:"#, options: .regularExpression) == nil, "\(name) \(key): \(en)")
            }
        }
    }
}
