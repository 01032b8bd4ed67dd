import Foundation
import Testing
@testable import DossierCore

/// The built-in editions are written out as Swift values at build time
/// (`EmbeddedEditions`, by embed-resources), so that no JSON is decoded at
/// start: they must be exactly what the files of Resources/reference/editions
/// give when decoded as a help desk's edition is, so that editing a file can
/// never make the program's rules differ from the file unnoticed.
@Suite("Built-in editions made at build time")
struct BuiltInEditionTests {
    /// The edition files on disk, by their name as the program reports them.
    static func filesOnDisk() throws -> [RuleBook.Source] {
        try RepositoryRoot.resourceFiles()
            .filter { $0.key.hasPrefix("reference/editions/") && $0.key.hasSuffix(".json") }
            .sorted { $0.key < $1.key }
            .map { RuleBook.Source(file: "Resources/" + $0.key, data: $0.value) }
    }

    @Test("each generated edition is its file decoded, key for key")
    func valuesEqualTheFiles() throws {
        let decoded = try RuleBook.parse(try Self.filesOnDisk())
        #expect(!decoded.isEmpty)
        #expect(EmbeddedEditions.files.map(\.file) == decoded.map(\.file))
        for (built, read) in zip(EmbeddedEditions.files, decoded) {
            #expect(built.edition == read.edition, "\(read.file)")
        }
    }

    @Test("the built-in rule book is the one the files make")
    func ruleBookEqualsTheFiles() throws {
        #expect(RuleBook.builtIn == (try RuleBook(sources: try Self.filesOnDisk())))
        #expect(RuleBook.builtIn == (try RuleBook(sources: RuleBook.builtInSources)))
    }

    @Test("a help desk's edition is read after the generated ones, as before")
    func helpDeskEditionAfterTheBuiltIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amo-builtin-\(UUID().uuidString)")
        let editions = folder.appendingPathComponent("amo-dossier/editions")
        try FileManager.default.createDirectory(at: editions, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"validFrom": "2030-01-01", "mailingDeadlineDays": 90}"#.utf8)
            .write(to: editions.appendingPathComponent("later.json"))
        let book = try RuleBook.load(environment: ["XDG_CONFIG_DIRS": folder.path], userEditions: false)
        #expect(book.editions.count == RuleBook.builtIn.editions.count + 1)
        #expect(Array(book.editions.dropLast()) == RuleBook.builtIn.editions)
        #expect(book.editions.last?.mailingDeadlineDays == 90)
        #expect(book.editions.last?.fund == RuleBook.builtIn.editions.last?.fund)
    }
}
