import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The files `check` reads, from what was typed after it: a file as it is,
/// a folder as every dossier in it (`*.json` by name, hidden temporary
/// files aside, as `list` sees it), `-` as the file names on standard
/// input, one a line (`find … | amo-dossier check -`). Done in one pass:
/// the time grows with the number of files, never with its square.
public enum CheckTargets {
    /// Each argument in order, a folder's files in name order; `-` read
    /// once, however often it is given. A path that is neither a folder
    /// nor readable is kept: `check` reports it as unreadable.
    public static func expand(_ arguments: [String], standardInput: () -> Data) -> Result<[String], CommandLineError> {
        var files: [String] = []
        files.reserveCapacity(arguments.count)
        var readInput = false
        for argument in arguments {
            if argument == "-" {
                guard !readInput else { continue }
                readInput = true
                for line in lines(standardInput()) {
                    if case .failure(let error) = CommandLineValue.path(line, option: "-") { return .failure(error) }
                    files.append(line)
                }
            } else if isFolder(argument) {
                files += DossierStore(folder: argument).fileNames().map { argument.appendingPath($0) }
            } else {
                files.append(argument)
            }
        }
        return .success(files)
    }

    /// One name a line; a Windows line end and empty lines are dropped
    /// (a name cannot be empty), anything else is the name as written,
    /// bytes that are not UTF-8 kept (`RawFileName`).
    static func lines(_ data: Data) -> [String] {
        data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap { line in
            let name = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            return name.isEmpty ? nil : RawFileName.string(name)
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(RawFileName.cString(path), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
