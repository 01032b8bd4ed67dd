#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import FoundationEssentials

/// Standard input, output or error, written and read with the system calls
/// themselves, as Foundation's FileHandle did: unbuffered, so a message is
/// out before the program goes on or stops. FileHandle is not in
/// FoundationEssentials (issue 14).
public struct StandardStream: Sendable {
    public let descriptor: Int32

    public static let standardInput = StandardStream(descriptor: STDIN_FILENO)
    public static let standardOutput = StandardStream(descriptor: STDOUT_FILENO)
    public static let standardError = StandardStream(descriptor: STDERR_FILENO)

    /// Writes every byte, again after a signal; a failure (a closed pipe, a
    /// full disk) is dropped as FileHandle's `write` dropped it: where it
    /// matters, the caller checks (`StandardOutput` in the executable).
    public func write(_ data: Data) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }

    /// `text` and a line feed, as one write: a message, a line of a report.
    public func write(line text: String) {
        write(Data((text + "\n").utf8))
    }

    /// Everything up to the end of the stream (a list of files piped to
    /// `check -`); what was read before an error is kept.
    public func readDataToEndOfFile() -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[..<n])
        }
        return data
    }
}
