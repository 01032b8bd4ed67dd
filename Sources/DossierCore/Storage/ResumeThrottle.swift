import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The growing wait between wrong tries at resuming a put-aside draft
/// (kiosk mode). Someone who knows a student's CNIE could otherwise try
/// birth date after birth date; each wrong try doubles the wait before the
/// next is even checked, up to `longestWait`. The count is kept on disk, in
/// the drafts' folder (0600), so that quitting and starting again does not
/// start the count afresh; a right answer clears it. Times come from the
/// caller (`now`), so tests move the clock instead of sleeping.
public struct ResumeThrottle: Sendable {
    /// `<drafts folder>/resume-attempts` (not `.json`: never taken for a draft).
    public let path: String

    public static let longestWait = 300

    public init(folder: String) {
        path = folder.appendingPath("resume-attempts")
    }

    /// Seconds to wait after `failures` wrong tries in a row: 2, 4, 8… at most `longestWait`.
    public static func wait(afterFailures failures: Int) -> Int {
        guard failures > 0 else { return 0 }
        return min(longestWait, 1 << min(failures, 16))
    }

    struct Record: Codable {
        var failures: Int
        var last: Double
    }

    /// Whole seconds left before the next try is checked; 0 when it may be now.
    public func secondsLeft(now: Date) -> Int {
        guard let record = read() else { return 0 }
        let until = record.last + Double(Self.wait(afterFailures: record.failures))
        let left = until - now.timeIntervalSince1970
        return left > 0 ? Int(left.rounded(.up)) : 0
    }

    /// Counts a wrong try; returns the seconds to wait before the next.
    @discardableResult
    public func recordFailure(now: Date) -> Int {
        let failures = (read()?.failures ?? 0) + 1
        let record = Record(failures: failures, last: now.timeIntervalSince1970)
        if let data = try? JSONEncoder().encode(record) {
            try? PrivateFiles.ensureFolder(path.parentPath)
            _ = try? PrivateFiles.writeAtomically(data, to: path)
        }
        return Self.wait(afterFailures: failures)
    }

    /// A right answer: the next wrong one waits the shortest time again.
    public func reset() {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(path) }
    }

    private func read() -> Record? {
        guard let data = try? PrivateFiles.readBounded(path: path, limit: 4096, followSymlinks: false).get() else {
            return nil
        }
        return try? JSONDecoder().decode(Record.self, from: data)
    }
}
