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
        words(.en).message(TypedValue.date("31/02/2004", path: "student.birthDate").problem!)
    }

    @Test("a refused date is not the default: a blank line then says it is missing once and moves on")
    func blankAfterRefusedWithNothingBefore() throws {
        defer { sandbox.remove() }
        let console = ScriptedConsole(answers: ["student.birthDate": ["31/02/2004", ""]], endAt: "sheet")
        let (_, transcript, wizard) = sandbox.run(console)
        let all = lines(transcript)
        let wrong = try #require(all.firstIndex { $0 == "Birth date (DD/MM/YYYY): 31/02/2004" })
        #expect(all[wrong + 1] == impossibleDate)
        #expect(all[wrong + 2] == "Birth date (DD/MM/YYYY): ")
        #expect(all.filter { $0 == impossibleDate }.count == 1, "the error is not repeated by Enter")
        #expect(!transcript.contains("[31/02/2004]"))
        let birthDate = try #require(console.asked.lastIndex(of: "student.birthDate"))
        #expect(console.asked.dropFirst(birthDate + 1).first == "eligibility.traditionalEducationFinalStage",
                "the next question is asked")
        #expect(wizard.state.dossier.student.birthDate == nil)
    }

    @Test("after a refused date the bracket shows the last valid one, and Enter keeps it")
    func blankKeepsLastValid() throws {
        defer { sandbox.remove() }
        // Back from the sheet to the eligibility's last question, and from
        // there to the birth date.
        let answers = ["student.birthDate": ["14/03/2004", "31/02/2004", ""], "sheet": ["<"],
                       "eligibility.traditionalEducationFinalStage": ["", "<"]]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "sheet")
        let all = lines(transcript)
        let wrong = try #require(all.firstIndex { $0 == "Birth date (DD/MM/YYYY) [14/03/2004]: 31/02/2004" })
        #expect(all[wrong + 1] == impossibleDate)
        #expect(all[wrong + 2] == "Birth date (DD/MM/YYYY) [14/03/2004]: ")
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.errors["student.birthDate"] == nil)
        #expect(all.filter { $0 == impossibleDate }.count == 1)
    }

    @Test("input ending after a refused answer keeps it in the draft and does not say nothing was typed")
    func endAfterRefusedTyping() {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(answers: ["student.birthDate": ["31/02/2004"]],
                                                   endAt: "student.birthDate")
        #expect(outcome == .endOfInput(draftKept: true))
        #expect(sandbox.drafts.load()?.texts["student.birthDate"] == "31/02/2004")
        #expect(!transcript.contains(words(.en)("plain.eof.nothing")))
    }

    @Test("input ending after refused yes/no answers says no answer was accepted", arguments: Language.allCases)
    func endAfterRefusedChoice(language: Language) {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(answers: ["eligibility.enrolled": ["maybe"]],
                                                   endAt: "eligibility.enrolled", language: language)
        #expect(outcome == .endOfInput(draftKept: false))
        #expect(!transcript.contains(words(language)("plain.eof.nothing")))
        #expect(transcript.contains(words(language)("plain.eof.nothingKept")))
        let quiet = PlainSandbox()
        defer { quiet.remove() }
        #expect(quiet.run(ScriptedConsole(answers: [:], fallback: nil), language: language).1
                    .contains(words(language)("plain.eof.nothing")),
                "with nothing typed at all the old words stand")
    }

    @Test("a refused identifier is quoted as typed, not upper-cased")
    func quotedAsTyped() {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["practitioners[0].inpe"] = [" n ", "204518"]
        answers["practitioners[0].date"] = []
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "practitioners[0].date")
        #expect(transcript.contains("INPE: digits only, “n” typed."))
        #expect(!transcript.contains("“N”"))
        #expect(wizard.state.dossier.practitioners.first?.inpe == "204518")
    }

    @Test("French: a CNIE typed in lower case with a space is quoted as typed")
    func quotedAsTypedInFrench() {
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.fr)
        answers["student.cnie"] = ["ab 12"]
        let (_, transcript, _) = sandbox.run(answers: answers, endAt: "student.cnie", language: .fr)
        #expect(transcript.contains("« ab 12 » saisi"))
        #expect(!transcript.contains("« AB12 »"))
    }

    @Test("a RIB whose key fails says a digit is wrong, in the same words as the screen, never the key that would pass",
          arguments: Language.allCases)
    func wrongRibKey(language: Language) throws {
        defer { sandbox.remove() }
        let good = validRIB("0110000000012345678901")
        let wrong = String(good.prefix(22)) + (good.hasSuffix("99") ? "98" : "99")
        var answers = PlainScript.answers(language)
        answers["student.rib"] = [wrong]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.rib", language: language)
        let problem = try #require(Identifiers.checkRIB(wrong, path: "student.rib"))
        let message = words(language).message(problem)
        let all = lines(transcript)
        let typed = try #require(all.firstIndex { $0.hasSuffix(": " + wrong) || $0.hasSuffix(":" + wrong) })
        #expect(all[typed + 1] == message)
        #expect(!all[typed + 1].unicodeScalars.contains { $0.properties.numericType != nil },
                "no digit, so no key to copy: \(all[typed + 1])")
        #expect(wizard.state.errors["student.rib"]?.code == "rib.key")
    }
}

extension Result where Failure == Problem {
    var problem: Problem? {
        if case .failure(let p) = self { return p }
        return nil
    }
}
