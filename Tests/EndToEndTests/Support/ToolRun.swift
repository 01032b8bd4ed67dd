import Foundation

/// Runs a program (a script, a system tool, the built binary) with exactly
/// `environment`, `input` on a pipe (or nothing to read when nil), in
/// `directory` (the current one when nil), as `user` when given (`setpriv`),
/// and collects its exit status and what it printed.
///
/// Standard error goes to a temporary file, not a pipe read after standard
/// output: a program that writes much on standard error (dpkg, a build)
/// would otherwise fill the pipe and wait for ever. Not for tmux (see
/// `Spawn` for why).
enum ToolRun {
    static func run(_ command: [String], environment: [String: String], input: String? = nil,
                    in directory: String? = nil, as user: ThrowAwayUser? = nil) throws -> CommandLineTests.Run {
        let argv = user?.argv(command) ?? command
        let process = Process()
        process.executableURL = URL(fileURLWithPath: argv[0])
        process.arguments = Array(argv.dropFirst())
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let errorPath = NSTemporaryDirectory() + "amo-dossier-stderr-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: errorPath, contents: nil, attributes: [.posixPermissions: 0o600]),
              let errorFile = FileHandle(forWritingAtPath: errorPath) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorPath])
        }
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let stdin = Pipe(), out = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        process.standardOutput = out
        process.standardError = errorFile
        try process.run()
        try errorFile.close()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = FileManager.default.contents(atPath: errorPath) ?? Data()
        return CommandLineTests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }
}
