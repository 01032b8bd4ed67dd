import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 10: a draft file edited by someone else (or a paste) puts an
/// escape sequence or a bidi override in a name; every screen of both
/// front-ends shows it written out and never sends it to the terminal.
@Suite struct ScreenSafetyTests {
    static let hostileName = "Salma \u{1B}]0;pwned\u{07}\u{202E}ilaneB\u{2067}x\u{2069}"

    static func hostileDraft(step: Step, in folder: String) throws -> DraftStore {
        var state = WizardState(language: .fr, step: step)
        state.touched = true
        state.dossier.student.fullName = hostileName
        state.cursor = hostileName.count
        state.dossier.student.massar = "\u{1B}[2K\u{9B}1A"
        let drafts = DraftStore(folder: folder)
        try PrivateFiles.writeAtomically(try DossierJSON.encoder().encode(state), to: drafts.path)
        return drafts
    }

    /// Every scalar a terminal would act on, in any cell of the frame.
    /// The program's own marks are left out: the isolates it puts around a
    /// value and the right-to-left mark opening each row in `--bidi
    /// terminal` (what a reordering terminal is meant to obey), provided
    /// every isolate a row opens is closed on that row.
    static func obeyed(_ frame: Frame) -> [Unicode.Scalar] {
        let own: Set<Unicode.Scalar> = ["\u{2066}", "\u{2068}", "\u{2069}", "\u{200F}", "\u{200E}"]
        var found: [Unicode.Scalar] = []
        for row in 0..<frame.height {
            let scalars = frame.line(row).unicodeScalars
            let opened = scalars.filter { $0 == "\u{2066}" || $0 == "\u{2068}" }.count
            let closed = scalars.filter { $0 == "\u{2069}" }.count
            found += scalars.filter { TerminalText.steers($0) && (!own.contains($0) || opened != closed) }
        }
        return found
    }

    @Test(arguments: [(Language.fr, BidiMode.app), (.ar, .app), (.ar, .terminal), (.en, .terminal)])
    func aHostileNameIsShownNeverSent(language: Language, bidi: BidiMode) throws {
        try withPrivateFolder { folder in
            for step in [Step.student, .review] {
                let drafts = try Self.hostileDraft(step: step, in: folder)
                var session = WizardSession(language: language, drafts: drafts, saveDossier: { _, _, _, _ in
                    throw PrivateFiles.WriteError.notAFolder(path: "/nowhere")
                }, today: { testToday }, bidi: bidi)
                _ = session.handle(.key(.enter))                      // resume the draft
                #expect(session.state.step == step)
                let frame = session.view(width: 100, height: 40)
                #expect(Self.obeyed(frame).isEmpty, "\(language) \(bidi) \(step): \(frame.text)")
                #expect(frame.text.contains("]0;pwned\\u{7}\\u{202E}ilaneB"), "\(language) \(bidi) \(step): \(frame.text)")
                if step == .review { #expect(frame.text.contains("x\\u{2069}"), "\(frame.text)") }
                if step == .student && !language.isRightToLeft {
                    // The cursor, after the last character typed, stands after what shows of it.
                    let cursor = try #require(frame.cursor)
                    let row = Array(frame.line(cursor.row))
                    #expect(String(row[(cursor.column - 8)..<cursor.column]) == "\\u{2069}", "\(String(row))")
                }
            }
        }
    }

    @Test func aTypedOrPastedBidiOverrideIsRefusedNextToTheField() {
        var d = NavigationTests.onStudentScreen()
        d.type("Salma \u{202E}")
        d.send(.paste("ilaneB\u{2066}"))
        #expect(d.state.texts["student.fullName"] ?? d.state.dossier.student.fullName == "Salma ilaneB")
        #expect(d.state.inputNote?.notice.key == "wizard.input.refused")
    }

    @Test func plainModeShowsTheValuesWrittenOut() throws {
        try withPrivateFolder { folder in
            let drafts = try Self.hostileDraft(step: .review, in: folder)
            let console = ScriptedConsole(answers: ["resume": ["o"]], endAt: "review")
            var wizard = PlainWizard(language: .fr, console: console, drafts: drafts, saveDossier: { _, _, _, _ in
                throw PrivateFiles.WriteError.notAFolder(path: "/nowhere")
            }, today: { testToday })
            _ = wizard.run()
            let output = console.transcript
            #expect(output.contains("\\u{1B}]0;pwned\\u{7}"), "\(output)")
            #expect(output.unicodeScalars.filter { TerminalText.steers($0) && $0 != "\n" }.isEmpty)
        }
    }
}
