import DossierCore
import Foundation
import Testing

/// `forget` with the CNIE on standard input: the number never appears in
/// the process's arguments, which other users can read in `ps`.
@Suite struct ForgetFromInputTests {
    func run(_ cli: SafetyCLI, _ arguments: [String], input: String) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CommandLineTests.binary())
        process.arguments = arguments
        process.environment = cli.environment
        let inPipe = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = inPipe
        process.standardOutput = out
        process.standardError = err
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("the CNIE read from standard input (no argument, or -) deletes that student's files only",
          arguments: [[String](), ["-"]])
    func cnieFromStandardInput(extra: [String]) throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let other = try cli.save(cnie: "K112233", name: "Nadia Fassi")
        let result = try run(cli, ["forget"] + extra + ["--yes", "--lang", "en"], input: "jb 45678\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2 file(s) deleted.\n")
        #expect(!cli.exists(mine.jsonPath) && !cli.exists(mine.summaryPath))
        #expect(cli.exists(other.jsonPath) && cli.exists(other.summaryPath))
    }

    @Test func nothingOnStandardInputIsRefusedWithoutDeletingAnything() throws {
        let cli = SafetyCLI()
        defer { cli.remove() }
        let mine = try cli.save(cnie: "JB45678", name: "Youssef Amrani")
        let result = try run(cli, ["forget", "--yes", "--lang", "en"], input: "")
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(cli.exists(mine.jsonPath))
    }
}
