import DossierCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, plain mode as a screen reader's user has it: the terminal
/// closed, Ctrl-C or Ctrl-\ in the middle of the questions, a huge paste,
/// a terminal left in Latin-1. The full-screen wizard already kept the
/// draft on these signals; plain mode died with the draft of the last
/// answer only, and Ctrl-\ opened the Swift runtime's crash report.
@Suite("Plain mode end to end: signals keep the draft, lines are bounded and must be UTF-8")
struct PlainSignalTests {
    @Test("A signal at a question keeps the draft, says so, exits 128+signal, and shows no crash report",
          arguments: [SIGHUP, SIGTERM, SIGINT, SIGQUIT])
    func signalAtAQuestion(signo: Int32) throws {
        let world = try PrivateWorld()
        var dialogue = PlainDialogue(["eligibility.enrolled": ["no"]], language: .en)
        dialogue.interrupt = ("eligibility.otherCoverage", signo)
        let result = try dialogue.run(try world.wizardArguments(["--plain", "--lang", "en"]),
                                      environment: world.environment(term: "dumb"))
        #expect(result.status == 128 + signo, "\(result.stderr)\n\(result.transcript)")
        #expect(result.transcript.contains(tr("plain.signal.saved", .en, ["path": world.draftPath])), "\(result.transcript)")
        #expect(result.stderr.isEmpty, "no crash report, no backtrace: \(result.stderr)")
        #expect(PrivateWorld.mode(world.draftPath) == 0o600)
        #expect(try world.draftDossier().eligibility.enrolled == false, "the answer given is in the draft")
    }

    /// A line fed from a file, so the program reads it at its own pace.
    private func runPlain(_ world: PrivateWorld, input: [UInt8]) throws -> Spawn.Result {
        let inputPath = world.folder + "/input"
        #expect(FileManager.default.createFile(atPath: inputPath, contents: Data(input)))
        return try Spawn.run(try world.wizardArguments(["--plain", "--lang", "en"]),
                             environment: world.environment(term: "dumb"), captureOutput: true, inputPath: inputPath)
    }

    @Test("A 64 MB line is refused with a message and the question asked again, without holding it in memory")
    func hugeLine() throws {
        let world = try PrivateWorld()
        let process = Process()
        let arguments = try world.wizardArguments(["--plain", "--lang", "en"])
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = world.environment(term: "dumb")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = input.fileHandleForWriting
        Thread.detachNewThread {
            let chunk = Data(repeating: 0x61, count: 1024 * 1024)
            for _ in 0..<64 { writer.write(chunk) }
            writer.write(Data("\nno\n".utf8))
        }
        // Read until the next question (after the refused line and the
        // answer "no"): the program is alive, waiting for its answer.
        var transcript = ""
        let deadline = Date().addingTimeInterval(60)
        let reader = output.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline, !transcript.contains("Other health coverage") {
            var entry = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 100) > 0 else { continue }
            let count = read(reader, &buffer, buffer.count)
            if count <= 0 { break }
            transcript += String(decoding: buffer[0..<count], as: UTF8.self)
            if transcript.utf8.count > 1 << 20 {
                Issue.record("more than 1 MB said back: the line was held whole")
                break
            }
        }
        let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let peak = status?.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        try? writer.close()
        if transcript.utf8.count > 1 << 20 { process.terminate() }
        process.waitUntilExit()
        #expect(transcript.contains("Line too long (16384 bytes at most): it is ignored. Type the answer again."),
                "\(transcript.prefix(3000))")
        let asked = transcript.components(separatedBy: "Enrolled at an institution this year?").count - 1
        #expect(asked == 2, "the question is asked again: \(transcript.prefix(3000))")
        #expect(try world.draftDossier().eligibility.enrolled == false, "the next line is the answer")
        let kib = try #require(peak)
        #expect(kib < 48 * 1024, "peak memory \(kib) KiB for a 64 MB line")
    }

    @Test("A line that is not UTF-8 (a Latin-1 terminal) is refused with a message, then the answer is taken")
    func notUTF8Line() throws {
        let world = try PrivateWorld()
        let result = try runPlain(world, input: [0x6E, 0xF3, 0x6E, 0x0A] + Array("no\n".utf8))
        let transcript = String(decoding: result.output, as: UTF8.self)
        #expect(transcript.contains(tr("plain.error.notUTF8", .en)), "\(transcript)")
        #expect(try world.draftDossier().eligibility.enrolled == false)
    }
}
