import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PrivateFiles {
    /// The largest file the program reads as a dossier or a draft. A real
    /// dossier is a few kilobytes; refusing anything over a mebibyte keeps
    /// a damaged or hostile file from growing memory or time without bound.
    public static let maximumReadSize = 1 << 20

    /// Why `readBounded` returned no bytes.
    public enum ReadFailure: Error, Equatable, Sendable {
        /// Missing, not permitted, or not a plain file (a folder, a FIFO,
        /// a device: reading those could block forever or never end).
        case unreadable
        /// Larger than the limit; nothing was read past it.
        case tooLarge(limit: Int)
    }

    /// Reads a whole plain file, at most `limit` bytes. The file is opened
    /// read-only and non-blocking, so a FIFO put in place of a dossier can
    /// neither hang the reader nor be written to; nothing on disk changes.
    public static func readBounded(path: String, limit: Int = maximumReadSize,
                                   followSymlinks: Bool = true) -> Result<Data, ReadFailure> {
        var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY
        if !followSymlinks { flags |= O_NOFOLLOW }
        let fd = open(path, flags)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        return readBounded(descriptor: fd, limit: limit)
    }

    /// The same, from a descriptor already open (by `openat` in a folder).
    public static func readBounded(descriptor fd: Int32, limit: Int) -> Result<Data, ReadFailure> {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(limit: limit)) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if n == 0 { break }
            // The file may grow while it is read: the limit holds on what is read, not on what stat said.
            if data.count + n > limit { return .failure(.tooLarge(limit: limit)) }
            data.append(contentsOf: buffer[0..<n])
        }
        return .success(data)
    }
}
