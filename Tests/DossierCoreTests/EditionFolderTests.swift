import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// A help desk follows a change of insurer before a new release: edition
/// files dropped in `$XDG_CONFIG_DIRS/amo-dossier/editions/` or
/// `$XDG_CONFIG_HOME/amo-dossier/editions/` are read as further editions.
@Suite("Editions: the help desk's and the user's folders")
struct EditionFolderTests {
    func withFolders(_ body: (EditionFolders) throws -> Void) throws {
        let folders = EditionFolders()
        #expect(mkdir(folders.root, 0o700) == 0)
        chmod(folders.root, 0o700)
        defer { try? FileManager.default.removeItem(atPath: folders.root) }
        try body(folders)
    }

    func json(_ object: [String: Any]) -> Data { EditionFixtures.source(object, file: "").data }

    @Test("both folders are read after the built-in editions; other files are left alone")
    func readsBothFolders() throws {
        try withFolders { folders in
            let system = try folders.write(json(EditionFixtures.successor), in: folders.system, name: "2027-07-01.json")
            let home = try folders.write(json(["validFrom": "2028-01-01", "mailingDeadlineDays": 120]),
                                         in: folders.home, name: "mine.json")
            try folders.write(Data("not an edition".utf8), in: folders.system, name: "README.txt")
            try folders.write(Data("{".utf8), in: folders.system, name: "2027-07-01.json.bak")
            try folders.write(Data("{".utf8), in: folders.home, name: ".mine.json")
            let book = try RuleBook.load(environment: folders.environment)
            #expect(book.editions.map(\.file) == [EditionFixtures.builtInFile, system, home])
            let context = DossierContext(today: Fixtures.date("2028-03-01"), rulebook: book, words: .shared)
            #expect(context.mailingDeadline(of: EditionFixtures.dossier(firstAct: Fixtures.date("2028-02-01")))?
                .lastMailingDay == Fixtures.date("2028-05-31"))
            #expect(context.mailingRules().fund.short.fr == EditionFixtures.successorFund, "the user's file inherits")
            #expect(AddressBlock.text(.fr, context: context, on: Fixtures.date("2027-07-01"))
                    .contains(EditionFixtures.successorAddress[.fr]![1]))
        }
    }

    @Test("XDG_CONFIG_DIRS may list several folders; without XDG_CONFIG_HOME, ~/.config is read")
    func folderList() throws {
        try withFolders { folders in
            let other = folders.root + "/other"
            let a = try folders.write(json(EditionFixtures.successor), in: folders.system, name: "a.json")
            let b = try folders.write(json(["validFrom": "2029-01-01"]), in: other, name: "b.json")
            let c = try folders.write(json(["validFrom": "2030-01-01"]), in: folders.home + "/.config", name: "c.json")
            let book = try RuleBook.load(environment: ["XDG_CONFIG_DIRS": folders.system + ":" + other,
                                                       "HOME": folders.home])
            #expect(book.editions.map(\.file) == [EditionFixtures.builtInFile, a, b, c])
        }
    }

    @Test("no edition folder, or empty ones: the built-in editions alone")
    func nothingAdded() throws {
        try withFolders { folders in
            #expect(try RuleBook.load(environment: folders.environment) == RuleBook.builtIn)
            try FileManager.default.createDirectory(atPath: folders.editions(folders.home),
                                                    withIntermediateDirectories: true)
            #expect(try RuleBook.load(environment: folders.environment) == RuleBook.builtIn)
        }
    }

    @Test("a broken file in a folder stops the load, naming its full path")
    func brokenFile() throws {
        try withFolders { folders in
            let path = try folders.write(json(["validFrom": "2027-07-01", "mailingDeadlineDays": "90"]),
                                         in: folders.home, name: "next.json")
            #expect(throws: EditionError(file: path, place: "mailingDeadlineDays", reason: "edition.wrongType")) {
                try RuleBook.load(environment: folders.environment)
            }
        }
    }

    @Test("a .json that cannot be read (a folder, here) is an error, not skipped")
    func unreadable() throws {
        try withFolders { folders in
            let path = folders.editions(folders.system) + "/held.json"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            #expect(throws: EditionError(file: path, reason: "edition.unreadable")) {
                try RuleBook.load(environment: folders.environment)
            }
        }
    }

    @Test("a file over 256 KiB is refused unread")
    func tooLarge() throws {
        try withFolders { folders in
            let big = Data(repeating: UInt8(ascii: " "), count: 256 * 1024 + 1)
            let path = try folders.write(big, in: folders.home, name: "big.json")
            #expect(throws: EditionError(file: path, reason: "edition.tooLarge", arguments: ["limit": "256"])) {
                try RuleBook.load(environment: folders.environment)
            }
            // Just under the limit it is read (and judged on its content).
            try Data(repeating: UInt8(ascii: " "), count: 256 * 1024).write(to: URL(fileURLWithPath: path))
            #expect(throws: EditionError(file: path, reason: "edition.notJSON")) {
                try RuleBook.load(environment: folders.environment)
            }
        }
    }
}
