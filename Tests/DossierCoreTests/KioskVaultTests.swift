import Foundation
import Testing
@testable import DossierCore
#if canImport(Glibc)
import Glibc
#endif

/// Put-aside kiosk drafts: given back for the CNIE and the birth date both,
/// never another account's file, deleted once past their lifetime; the
/// wait between wrong tries grows and survives a restart.
@Suite struct KioskVaultTests {
    /// What a kiosk draft holds of the student, as the wizard writes it.
    struct Draft: Codable, Equatable {
        struct Holder: Codable, Equatable { var student: Student }
        var dossier: Holder
        var note = "R12"
    }

    static func draft(cnie: String = "AB123456", born: String? = "2004-03-14") -> Draft {
        Draft(dossier: .init(student: Student(fullName: "Salma Benali", cnie: cnie,
                                              birthDate: born.flatMap { CalendarDate(iso: $0) })))
    }

    static let born = CalendarDate(iso: "2004-03-14")!

    /// Sets the modification time of a file, as if written `days` ago.
    static func age(_ path: String, days: Double, from now: Date = Date()) {
        let then = now.addingTimeInterval(-days * 24 * 3600).timeIntervalSince1970
        var times = [timespec(tv_sec: Int(then), tv_nsec: 0), timespec(tv_sec: Int(then), tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test("a draft is resumed for its CNIE (any spacing or case) and its birth date, and for nothing less")
    func resumeNeedsBoth() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let vault = DraftVault(dataFolder: data)
        try vault.save(Self.draft(), cnie: "AB123456")
        #expect(vault.resume(Draft.self, cnie: " ab 123 456 ", birthDate: Self.born) == Self.draft())
        #expect(vault.resume(Draft.self, cnie: "AB123456", birthDate: CalendarDate(iso: "2004-03-15")!) == nil)
        #expect(vault.resume(Draft.self, cnie: "AB123457", birthDate: Self.born) == nil)
        // A draft with no birth date in it can never be proved anyone's.
        try vault.save(Self.draft(cnie: "CD1", born: nil), cnie: "CD1")
        #expect(vault.resume(Draft.self, cnie: "CD1", birthDate: Self.born) == nil)
        // A file filed under one CNIE that holds another student's is not given out by its name.
        try vault.save(Self.draft(cnie: "EF999"), cnie: "AB999")
        #expect(vault.resume(Draft.self, cnie: "AB999", birthDate: Self.born) == nil)
    }

    @Test("a kiosk draft owned by another account is never offered, nor deleted as expired")
    func otherOwnerNeverLoaded() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let vault = DraftVault(dataFolder: data)
        let path = try vault.save(Self.draft(), cnie: "AB123456")
        #expect(vault.load(cnie: "AB123456") != nil)
        // Tests run as root: the file is given to another uid, as if
        // another account had dropped it in the folder.
        try #require(chown(path, 65534, 65534) == 0)
        #expect(vault.load(cnie: "AB123456") == nil)
        #expect(vault.resume(Draft.self, cnie: "AB123456", birthDate: Self.born) == nil)
        Self.age(path, days: 30)
        #expect(vault.removeExpired() == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("drafts past their lifetime (7 days, or as configured) are deleted, on load and on listing")
    func expiry() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let vault = DraftVault(dataFolder: data)
        #expect(vault.lifetimeDays == 7)
        let old = try vault.save(Self.draft(cnie: "AB1"), cnie: "AB1")
        let recent = try vault.save(Self.draft(cnie: "AB2"), cnie: "AB2")
        Self.age(old, days: 7.01)
        Self.age(recent, days: 6.9)
        #expect(vault.removeExpired() == 1)
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: recent))
        // A shorter lifetime set by the help desk.
        let short = DraftVault(dataFolder: data, lifetimeDays: 3)
        Self.age(recent, days: 3.5)
        #expect(vault.load(cnie: "AB2") != nil)
        #expect(short.resume(Draft.self, cnie: "AB2", birthDate: Self.born) == nil)
        #expect(!FileManager.default.fileExists(atPath: recent), "an expired draft is deleted when asked for")
    }

    @Test("the wait after wrong tries doubles up to a ceiling, is kept on disk 0600, and a right try clears it")
    func throttle() throws {
        let data = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(data) }
        let folder = DraftVault(dataFolder: data).folder
        let throttle = ResumeThrottle(folder: folder)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(throttle.secondsLeft(now: start) == 0)
        #expect(throttle.recordFailure(now: start) == 2)
        #expect(throttle.secondsLeft(now: start) == 2)
        #expect(throttle.secondsLeft(now: start.addingTimeInterval(1.5)) == 1)
        #expect(throttle.secondsLeft(now: start.addingTimeInterval(2)) == 0)
        #expect(throttle.recordFailure(now: start.addingTimeInterval(2)) == 4)
        #expect(throttle.recordFailure(now: start.addingTimeInterval(6)) == 8)
        #expect(StoreFixtures.mode(throttle.path) == 0o600)
        // Another process (the program started again) sees the same wait.
        #expect(ResumeThrottle(folder: folder).secondsLeft(now: start.addingTimeInterval(7)) == 7)
        #expect((1...20).map { ResumeThrottle.wait(afterFailures: $0) }.max() == ResumeThrottle.longestWait)
        throttle.reset()
        #expect(throttle.secondsLeft(now: start.addingTimeInterval(7)) == 0)
        #expect(throttle.recordFailure(now: start) == 2)
    }
}
