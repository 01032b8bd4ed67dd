import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 10: what the terminal sends that is not text is said, never
/// silently dropped; a field's limit bounds its bytes as well as its
/// characters, in both front-ends.
@Suite struct TerminalInputTests {
    /// One letter under ten thousand combining marks: one character, 20 kB.
    static let heavy = "e" + String(repeating: "\u{301}", count: 10_000)

    @Test func bytesThatAreNotUTF8AreSaidNextToTheFieldAndTheTypingIsKept() {
        var d = NavigationTests.onStudentScreen()
        d.type("Kn")
        d.send(.invalidText(count: 1))
        #expect(d.state.texts["student.fullName"] == "Kn")
        #expect(d.state.inputNote?.path == "student.fullName")
        #expect(d.state.inputNote?.notice.key == "wizard.input.notUTF8")
        let lines = d.screen().split(separator: "\n").map(String.init)
        let box = lines.firstIndex { $0.contains("[Kn") }!
        #expect(lines[box + 1].contains("1 caractère(s) reçu(s) qui ne sont pas du texte UTF-8"), "\(lines[box + 1])")
        d.type("itra")
        #expect(d.state.texts["student.fullName"] == "Knitra")
    }

    @Test func bytesThatAreNotUTF8OutsideAFieldAreTheScreensNotice() {
        var d = WizardDriver()
        d.send(.invalidText(count: 3))
        #expect(d.state.notice?.key == "wizard.input.notUTF8")
        #expect(d.screen().contains("3 caractère(s) reçu(s) qui ne sont pas du texte UTF-8"))
    }

    @Test func aPasteOfCombiningMarksIsCutAtTheFieldsBytesAndSaysWhy() {
        var d = NavigationTests.onStudentScreen()
        let field = FieldRegistry.field(atPath: "student.fullName")!.field
        d.send(.paste("Salma " + Self.heavy + " Benali"))
        let kept = d.state.texts["student.fullName"] ?? ""
        #expect(kept == "Salma ", "the heavy character does not fit; nothing after it is taken")
        #expect(d.state.inputNote?.notice.key == "wizard.input.pasteCutMarks")
        #expect(d.screen().split(separator: "\n").joined(separator: " ").contains("trop chargé de signes combinés"))
        // Typed one by one, the same: the field refuses, and says so.
        d.press(.control("u"))
        for _ in 0..<3 { d.send(.key(.character(Character("a" + String(repeating: "\u{301}", count: 500))))) }
        #expect((d.state.texts["student.fullName"] ?? "").utf8.count <= field.maxBytes)
        #expect(d.state.inputNote?.notice.key == "wizard.input.fullOfMarks")
        #expect(d.state.dossier.student.fullName.utf8.count <= field.maxBytes)
    }

    @Test func everyFieldBoundsItsBytes() {
        for field in FieldRegistry.dossierFields where field.kind.isTyped {
            #expect(field.maxBytes == field.maxLength * Field.bytesPerCharacter)
            #expect(field.maxBytes < 4096, "\(field.id)")
        }
    }

    @Test func plainModeRefusesAnAnswerHeavyWithMarksAndAsksAgain() {
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.fullName"] = ["Youssef " + Self.heavy, "Youssef Amrani"]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.cnie")
        #expect(transcript.contains("Too many combining marks (accents, vowel signs) on these letters"))
        #expect(wizard.state.dossier.student.fullName == "Youssef Amrani")
        let draft = try? Data(contentsOf: URL(fileURLWithPath: sandbox.drafts.path))
        #expect((draft?.count ?? 0) < 64 * 1024, "the draft holds no 20 kB name")
    }
}
