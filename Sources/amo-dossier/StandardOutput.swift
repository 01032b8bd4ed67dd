import ArgumentParser
import DossierCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// What a report command prints, written so that a failure is seen. `print`
/// goes through a C stream whose errors are lost at exit: `list --csv >
/// /dev/full` or a register piped into a program that stopped reading
/// would end with status 0 and an empty or cut register. Here each write
/// is checked; a full disk or a closed pipe is one line on standard error
/// and exit 74 (EX_IOERR), so a script never takes a partial register
/// for a whole one.
enum StandardOutput {
    static let failureExitCode: Int32 = 74

    static func write(_ text: String, _ language: Language) throws {
        // A closed pipe is an error to report, not a signal that kills the
        // process before it can say anything.
        signal(SIGPIPE, SIG_IGN)
        let failure: Int32? = Array(text.utf8).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        guard let failure else { return }
        let reason = failure == EPIPE ? tr("errno.closedPipe", language)
            : PrivateFiles.WriteError.reason(failure, language)
        StandardStream.standardError.write(line: "amo-dossier: " + tr("write.standardOutput", language, ["reason": reason]))
        throw ExitCode(failureExitCode)
    }
}
