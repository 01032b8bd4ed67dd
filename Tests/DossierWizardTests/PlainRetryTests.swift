import DossierCore
import Foundation
import Testing
@testable import DossierWizard

/// After a refused answer: the bracket offers only a value that stands, a
/// blank line keeps it, the message quotes what was typed, and the goodbye
/// does not pretend nothing was typed.
@Suite("Plain mode: refused answers")
struct PlainRetryTests {
    let sandbox = PlainSandbox()

    func lines(_ transcript: String) -> [String] { transcript.components(separatedBy: "\n") }

    var impossibleDate: String {
        TypedValue.date("31/02/2004", path: "student.birthDate").problem!.message(.en)
    }

    @Test("a refused date is not the default: a blank line then says it is missing once and moves on")
    func blankAfterRefusedWithNothingBefore() {
        defer { sandbox.remove() }
        let (_, transcript, wizard) = sandbox.run([PlainScript.yes[.en]!, "", "31/02/2004", ""])
        let all = lines(transcript)
        let wrong = all.firstIndex { $0 == "Birth date (DD/MM/YYYY): 31/02/2004" }!
        #expect(all[wrong + 1] == impossibleDate)
        #expect(all[wrong + 2] == "Birth date (DD/MM/YYYY): ")
        #expect(all.filter { $0 == impossibleDate }.count == 1, "the error is not repeated by Enter")
        #expect(!transcript.contains("[31/02/2004]"))
        #expect(all.contains { $0.hasPrefix("Student of traditional education") }, "the next question is asked")
        #expect(wizard.state.dossier.student.birthDate == nil)
    }

    @Test("after a refused date the bracket shows the last valid one, and Enter keeps it")
    func blankKeepsLastValid() {
        defer { sandbox.remove() }
        let script = [PlainScript.yes[.en]!, "", "14/03/2004", "<", "31/02/2004", ""]
        let (_, transcript, wizard) = sandbox.run(script)
        let all = lines(transcript)
        let wrong = all.firstIndex { $0 == "Birth date (DD/MM/YYYY) [14/03/2004]: 31/02/2004" }!
        #expect(all[wrong + 1] == impossibleDate)
        #expect(all[wrong + 2] == "Birth date (DD/MM/YYYY) [14/03/2004]: ")
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.errors["student.birthDate"] == nil)
        #expect(all.filter { $0 == impossibleDate }.count == 1)
    }

    @Test("input ending after a refused answer keeps it in the draft and does not say nothing was typed")
    func endAfterRefusedTyping() {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(["", "", "31/02/2004"])
        #expect(outcome == .endOfInput(draftKept: true))
        #expect(sandbox.drafts.load()?.texts["student.birthDate"] == "31/02/2004")
        #expect(!transcript.contains(tr("plain.eof.nothing", .en)))
    }

    @Test("input ending after refused yes/no answers says no answer was accepted", arguments: Language.allCases)
    func endAfterRefusedChoice(language: Language) {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(["maybe"], language: language)
        #expect(outcome == .endOfInput(draftKept: false))
        #expect(!transcript.contains(tr("plain.eof.nothing", language)))
        #expect(transcript.contains(tr("plain.eof.nothingKept", language)))
        let quiet = PlainSandbox()
        defer { quiet.remove() }
        #expect(quiet.run([], language: language).1.contains(tr("plain.eof.nothing", language)),
                "with nothing typed at all the old words stand")
    }

    @Test("a refused identifier is quoted as typed, not upper-cased")
    func quotedAsTyped() {
        defer { sandbox.remove() }
        let y = PlainScript.yes[.en]!
        let script = PlainScript.eligibility(.en) + ["1"] + PlainScript.student() + ["20/02/2026", ""]
            + [y, "Dr Nadia Fassi", "ORL", " n ", "204518"]
        let (_, transcript, wizard) = sandbox.run(script)
        #expect(transcript.contains("INPE: digits only, “n” typed."))
        #expect(!transcript.contains("“N”"))
        #expect(wizard.state.dossier.practitioners.first?.inpe == "204518")
    }

    @Test("French: a CNIE typed in lower case with a space is quoted as typed")
    func quotedAsTypedInFrench() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.fr) + ["1", "Youssef Amrani", "ab 12"]
        let (_, transcript, _) = sandbox.run(script, language: .fr)
        #expect(transcript.contains("« ab 12 » saisi"))
        #expect(!transcript.contains("« AB12 »"))
    }
}

extension Result where Failure == Problem {
    var problem: Problem? {
        if case .failure(let p) = self { return p }
        return nil
    }
}
