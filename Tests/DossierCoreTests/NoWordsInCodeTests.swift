import Foundation
import Testing

/// Issue 6: every word a person reads comes from `Resources/l10n`. This
/// reads the program's sources and fails on any string literal that holds
/// prose (two words of letters) outside the places meant for developers:
/// `description` / `debugDescription` (logs, debugging), `fatalError`
/// (a broken build, never a user's input), comments, and the build tools
/// that embed Resources/ (they speak to a developer building the program,
/// never to a student running it).
@Suite struct NoWordsInCodeTests {
    static let sourcesFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Folders of `Sources/` that are not part of the program a person runs.
    static let buildTools = ["embed-resources", "EmbedResourcesPlugin"]

    /// Two runs of at least two letters separated by a space or comma.
    static func isProse(_ literal: String) -> Bool {
        literal.range(of: #"\p{L}{2,}[ ,]+\p{L}{2,}"#, options: .regularExpression) != nil
    }

    /// The string literals of one line of code, comments removed.
    static func literals(in line: String) -> [String] {
        var result: [String] = []
        var current: String?
        var escaped = false
        var previous: Character = " "
        for character in line {
            if var text = current {
                if escaped {
                    escaped = false
                    text.append(character)
                    current = text
                } else if character == "\\" {
                    escaped = true
                    current = text
                } else if character == "\"" {
                    result.append(text)
                    current = nil
                } else {
                    text.append(character)
                    current = text
                }
            } else if character == "\"" {
                current = ""
            } else if character == "/" && previous == "/" {
                break
            }
            previous = character
        }
        return result
    }

    static func offendingLines() throws -> [String] {
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sourcesFolder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { file in
                file.pathExtension == "swift"
                    && !buildTools.contains { file.path.hasPrefix(sourcesFolder.path + "/" + $0 + "/") }
            }
        #expect(files.count > 20, "the sources were not found at \(sourcesFolder.path)")
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            var developerBlockDepth: Int?
            for (number, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") || trimmed.hasPrefix("*") || trimmed.hasPrefix("/*") { continue }
                if developerBlockDepth == nil,
                   line.contains("var description: String") || line.contains("var debugDescription: String") {
                    developerBlockDepth = 0
                }
                let opens = line.filter { $0 == "{" }.count
                let closes = line.filter { $0 == "}" }.count
                let forDevelopers = developerBlockDepth != nil || line.contains("fatalError(")
                    || line.contains("debugDescription:")
                if let depth = developerBlockDepth {
                    let newDepth = depth + opens - closes
                    developerBlockDepth = (newDepth <= 0 && (opens > 0 || closes > 0)) ? nil : newDepth
                }
                if forDevelopers { continue }
                for literal in literals(in: line) where isProse(literal) {
                    let name = file.path.replacingOccurrences(of: sourcesFolder.path + "/", with: "")
                    found.append("\(name):\(number + 1): \"\(literal)\"")
                }
            }
        }
        return found
    }

    @Test func noPersonFacingWordsAreWrittenInTheCode() throws {
        let found = try Self.offendingLines()
        #expect(found.isEmpty, "move these words to Resources/l10n:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScannerSeesProseAndIgnoresComments() {
        #expect(Self.literals(in: #"let a = "Dernier jour", b = "x" // "pas ceci""#) == ["Dernier jour", "x"])
        #expect(Self.literals(in: #"let a = "a \"quoted\" word""#) == [#"a "quoted" word"#])
        #expect(Self.isProse("Dernier jour"))
        #expect(Self.isProse("آخر يوم"))
        #expect(!Self.isProse("wizard.done.send"))
        #expect(!Self.isProse("{date} · {days}"))
        #expect(!Self.isProse("%04d-%02d-%02d"))
    }
}
