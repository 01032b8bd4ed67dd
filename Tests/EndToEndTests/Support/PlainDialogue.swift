import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built binary in plain mode, answered as a person at a screen
/// reader answers it: read what it says up to the prompt, see which
/// question the prompt asks (`PlainQuestions`), write that question's
/// answer, read on. Answers are given by question, so a script survives a
/// question added to a screen: one without an answer gets Enter.
///
/// A prompt is the only output that does not end with a newline, and it
/// is written in one `write` (`LineConsole`) just before the program
/// waits for a line: a text after the last newline that is a whole known
/// prompt is the question now asked. Nothing here waits a fixed time.
struct PlainDialogue {
    struct Result {
        let status: Int32
        /// Everything written on standard output (the program echoes each
        /// answer after its prompt when its input is not a terminal).
        let transcript: String
        let stderr: String
        /// The questions asked, in order.
        let asked: [String]
    }

    /// Answers by question (a field's JSON path, or its id for every entry:
    /// `practitioners.name`; `entries.practitioners`; `originals.prescription`;
    /// `review`; `resume`), each used once, in order; a question without one
    /// left gets an empty line (Enter). Twenty times the same question in a
    /// row ends the input rather than let a test hang.
    var answers: [String: [String]]
    let language: Language
    var timeout: TimeInterval = 20
    /// Instead of answering this question, send the program this signal
    /// (as Ctrl-C, Ctrl-\ or a closing terminal would) and read on until it ends.
    var interrupt: (question: String, signal: Int32)?

    init(_ answers: [String: [String]], language: Language) {
        self.answers = answers
        self.language = language
    }

    /// Runs `arguments` (the binary, or a program that starts it such as
    /// `script`) with exactly `environment`, answering every prompt.
    func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        try EditionFolders.requireIsolated(environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()

        let questions = PlainQuestions(language: language)
        var answers = self.answers
        var output = Data(), errors = Data()
        var asked: [String] = []
        var scannedLines = 0
        var answeredAt = 0
        var entry: (kind: CareKind, index: Int)?
        var inputOpen = true
        var lastNews = Date()
        let descriptors = [out.fileHandleForReading.fileDescriptor, err.fileHandleForReading.fileDescriptor]
        var open = [true, true]
        while open[0] || open[1] {
            var entries = descriptors.enumerated().map { index, fd in
                pollfd(fd: open[index] ? fd : -1, events: Int16(POLLIN), revents: 0)
            }
            if poll(&entries, 2, 100) < 0 && errno == EINTR { continue }
            for index in 0..<2 where entries[index].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 65_536)
                let count = read(descriptors[index], &buffer, buffer.count)
                if count <= 0 {
                    open[index] = false
                } else if index == 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else {
                    errors.append(contentsOf: buffer[0..<count])
                }
                lastNews = Date()
            }
            if Date().timeIntervalSince(lastNews) > timeout {
                process.terminate()
                throw NSError(domain: "PlainDialogue", code: 1, userInfo: [NSLocalizedDescriptionKey:
                    "no known question after \(Int(timeout)) s; transcript:\n\(String(decoding: output, as: UTF8.self))"])
            }
            // Only what came after the last answer can be a new prompt.
            guard inputOpen, output.count > answeredAt else { continue }
            let text = String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
            let lines = text.components(separatedBy: "\n")
            // "Doctor 2" said since: that entry's questions begin.
            for line in lines.dropLast().dropFirst(scannedLines) {
                if let announced = questions.entry(announcedBy: line.trimmingCharacters(in: .whitespaces)) {
                    entry = announced
                }
            }
            scannedLines = lines.count - 1
            let prompt = lines.last ?? ""
            if !prompt.isEmpty, let question = questions.identify(prompt, entry: entry) {
                if let kind = PlainQuestions.kind(ofList: question), kind != entry?.kind { entry = (kind, -1) }
                asked.append(question)
                if let interrupt, interrupt.question == question {
                    kill(process.processIdentifier, interrupt.signal)
                    inputOpen = false // left open: the program is waiting for this answer
                    answeredAt = output.count
                    continue
                }
                let id = FieldRegistry.field(atPath: question)?.field.id ?? question
                let key = answers[question]?.isEmpty == false ? question : id
                var line = ""
                if var queue = answers[key], !queue.isEmpty {
                    line = queue.removeFirst()
                    answers[key] = queue
                }
                if asked.count >= 20, Set(asked.suffix(20)).count == 1 {
                    try? stdin.fileHandleForWriting.close()
                    inputOpen = false
                } else {
                    Self.write(line + "\n", to: stdin.fileHandleForWriting.fileDescriptor)
                }
                answeredAt = output.count
            }
        }
        if inputOpen { try? stdin.fileHandleForWriting.close() }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, transcript: String(decoding: output, as: UTF8.self),
                      stderr: String(decoding: errors, as: UTF8.self), asked: asked)
    }

    /// Writes to the program's input. A program that has just gone makes
    /// the write fail with EPIPE; the SIGPIPE it raises is held and taken
    /// back on this thread, so it cannot end the test runner.
    private static func write(_ text: String, to fd: Int32) {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let bytes = Array(text.utf8)
        if Glibc.write(fd, bytes, bytes.count) < 0 && errno == EPIPE {
            var zero = timespec()
            _ = sigtimedwait(&pipeSignal, nil, &zero)
        }
    }
}
