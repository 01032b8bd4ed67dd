import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import DossierCore

/// A save is a temporary file renamed over the old one, so a crash or a full
/// disk never leaves half a dossier where a whole one was. A crash between
/// writing and renaming is simulated through `writeAtomically`'s
/// `beforeRename` seam.
@Suite("Atomic writes: a crash before the rename keeps the old file whole")
struct AtomicWriteTests {
    /// What a crash leaves: the error thrown at the seam ends the write there.
    static let crash = POSIXError(.EIO)

    /// An old dossier of a few kilobytes and a new, longer one, so that a
    /// partial write would show.
    static let old = Data(String(repeating: "{\"old\": \"dossier\"}\n", count: 200).utf8)
    static let new = Data(String(repeating: "{\"new\": \"dossier, longer\"}\n", count: 4000).utf8)

    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        try body(folder)
    }

    func inode(_ path: String) -> ino_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : nil
    }

    /// Saves the new dossier at `path` and crashes just before the rename.
    func crashWhileSaving(to path: String, overwrite: Bool) {
        #expect(throws: Self.crash) {
            try PrivateFiles.writeAtomically(Self.new, to: path, overwrite: overwrite, beforeRename: { throw Self.crash })
        }
    }

    @Test("interrupted between writing and renaming: the old file is whole, the new one only in a hidden temporary")
    func interruptedSave() throws {
        try withFolder { folder in
            let path = folder + "/AB123456-20260201-103000.json"
            try Self.old.write(to: URL(fileURLWithPath: path))
            crashWhileSaving(to: path, overwrite: true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.old, "the old file is not whole")
            // The new bytes were all written, under a name no reader takes for a dossier.
            let others = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != (path as NSString).lastPathComponent }
            #expect(others.count == 1 && others.allSatisfy { $0.hasPrefix(".") && !$0.hasSuffix(".json") }, "\(others)")
            if let temp = others.first {
                #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + temp)) == Self.new)
                #expect(StoreFixtures.mode(folder + "/" + temp) == 0o600)
            }
        }
    }

    @Test("interrupted while saving a new dossier: nothing at its name")
    func interruptedNewFile() throws {
        try withFolder { folder in
            let path = folder + "/new.json"
            crashWhileSaving(to: path, overwrite: false)
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(DossierStore(folder: folder).list().isEmpty, "the list sees no half dossier")
        }
    }

    @Test("a completed save is a new file (another inode) with mode 0600; a reader of the old one keeps it whole")
    func completedSave() throws {
        try withFolder { folder in
            let path = folder + "/dossier.json"
            try Self.old.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o644)
            let before = try #require(inode(path))
            let reader = open(path, O_RDONLY)
            #expect(reader >= 0)
            defer { close(reader) }

            try PrivateFiles.writeAtomically(Self.new, to: path)

            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.new)
            #expect(inode(path) != before, "the file was written in place")
            #expect(StoreFixtures.mode(path) == 0o600)
            var buffer = [UInt8](repeating: 0, count: Self.old.count + 1)
            let n = read(reader, &buffer, buffer.count)
            #expect(Data(buffer.prefix(max(n, 0))) == Self.old, "the old file, still open, was changed")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["dossier.json"], "a temporary file was left")
        }
    }
}
