import FoundationEssentials
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
        /// Missing, or failing as it is read.
        case unreadable
        /// The account may not read it (EACCES, EPERM): the fix is its
        /// permissions, not the file.
        case notPermitted
        /// A folder where a file was expected.
        case folder
        /// A FIFO, a device or a socket: reading those could block forever
        /// or never end, so they are refused unread.
        case notAPlainFile
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
        let fd = open(RawFileName.cString(path), flags)
        guard fd >= 0 else { return .failure(errno == EACCES || errno == EPERM ? .notPermitted : .unreadable) }
        defer { close(fd) }
        return readBounded(descriptor: fd, limit: limit)
    }

    /// The same, from a descriptor already open (by `openat` in a folder).
    public static func readBounded(descriptor fd: Int32, limit: Int) -> Result<Data, ReadFailure> {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notAPlainFile)
        }
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
