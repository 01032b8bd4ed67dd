import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Before any care date exists, the age is judged on today and the words
/// say so; once the first act is known it is judged on that day. Neither
/// front-end may speak of a first act that has not happened (the drift of
/// issue 9: "you were 36 on the day of the first act (<today>)").
@Suite struct EligibilityDayTests {
    /// Born on 01/01/1990: 36 on the test day (01/03/2026) and on the first
    /// acts used here.
    static let birthDate = "01/01/1990"

    /// The fixed words of a template before its first placeholder: what
    /// the text says whatever values fill it.
    static func fixedStart(_ words: Words, _ key: String) -> String {
        String(words.table.text(key, words.language).prefix { $0 != "{" })
    }

    static func firstActWordings(_ words: Words) -> [String] {
        [fixedStart(words, "wizard.eligibility.ageAtFirstAct"), fixedStart(words, "problem.eligibility.tooOld")]
    }

    /// A new dossier with `born` typed as the birth date: the driver, on
    /// the eligibility screen.
    static func typingBirthDate(_ born: String) -> WizardDriver {
        var d = WizardDriver()
        d.intend(.startNew)
        d.focus("student.birthDate")
        d.type(born)
        return d
    }

    /// The verdict as the eligibility screen shows it, back on the birth date.
    static func verdict(_ d: inout WizardDriver) -> String {
        d.focus("student.birthDate")
        return PolishTests.flat(d.screen(120, 60))
    }

    @Test func theFullScreenVerdictIsJudgedOnTodayThenOnTheFirstAct() {
        let fr = words(.fr)
        var d = Self.typingBirthDate(Self.birthDate)
        let today = Self.verdict(&d)
        #expect(today.contains(fr("wizard.eligibility.ageToday", ["age": "36"])), "\(today)")
        for wording in Self.firstActWordings(fr) {
            #expect(!today.contains(wording), "\(wording)")
        }
        d.press(.enter)
        d.fill("treatment.firstActDate", "10/02/2026")
        let judged = Self.verdict(&d)
        #expect(judged.contains(fr("wizard.eligibility.ageAtFirstAct", ["age": "36", "date": "10/02/2026"])), "\(judged)")
        #expect(judged.contains(Self.fixedStart(fr, "problem.eligibility.tooOld")))
        #expect(!judged.contains(Self.fixedStart(fr, "wizard.eligibility.ageToday")))
    }

    @Test func thePlainVerdictIsJudgedOnTodayThenOnTheFirstAct() throws {
        let en = words(.en)
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.birthDate"] = [Self.birthDate]
        let firstAct = try #require(answers["treatment.firstActDate"]?.first)
        let console = ScriptedConsole(answers: answers)
        // Once the first act is answered: back, question by question, to
        // the birth date; Enter keeps it, and the input ends at the sheet.
        var backFrom: Int?
        console.beforeEachRead = { [unowned console] question in
            if backFrom == nil, console.asked.last == "treatment.firstActDate" { backFrom = console.transcript.count }
            guard backFrom != nil else { return }
            if question == "student.birthDate" {
                console.answers[question] = [""]
                console.answers["sheet"] = []
                console.endAt = "sheet"
            } else if console.endAt == nil {
                console.answers[question] = ["<"]
            }
        }
        let (_, transcript, _) = sandbox.run(console)
        let mark = try #require(backFrom)
        let before = String(transcript.prefix(mark))
        let after = String(transcript.dropFirst(mark))
        #expect(before.contains(en("wizard.eligibility.ageToday", ["age": "36"])), "\(before)")
        for wording in Self.firstActWordings(en) {
            #expect(!before.contains(wording), "\(wording)")
        }
        #expect(after.contains(en("wizard.eligibility.ageAtFirstAct", ["age": "36", "date": firstAct])), "\(after)")
        #expect(!after.contains(Self.fixedStart(en, "wizard.eligibility.ageToday")))
    }

    /// Born on 15/02/1995: 30 until 14/02/2026, 31 on the test day (01/03/2026).
    static let turnedThirtyOne = "15/02/1995"

    @Test func pastTheLimitTodayTheWordsSayUpToWhichDayCareIsCovered() {
        let fr = words(.fr)
        let covered = fr("wizard.eligibility.coveredUntil", ["date": "14/02/2026"])
        var d = Self.typingBirthDate(Self.turnedThirtyOne)
        var screen = Self.verdict(&d)
        #expect(screen.contains(fr("wizard.eligibility.ageToday", ["age": "31"])), "judged on today, and said so")
        #expect(screen.contains(covered), "\(screen)")
        #expect(!screen.contains(fr("wizard.eligibility.notCovered")), "no care is refused before one is known")
        // Care when 30: covered for it, though 31 today.
        d.press(.enter)
        d.fill("treatment.firstActDate", "14/02/2026")
        screen = Self.verdict(&d)
        #expect(screen.contains(fr("wizard.eligibility.ageAtFirstAct", ["age": "30", "date": "14/02/2026"])))
        #expect(screen.contains(covered))
        #expect(!screen.contains(fr("wizard.eligibility.notCovered")))
        // Care the day after: not covered, and the problem names the last day.
        d.fill("treatment.firstActDate", "15/02/2026")
        screen = Self.verdict(&d)
        #expect(screen.contains(fr("wizard.eligibility.notCovered")))
        #expect(screen.contains("jusqu'au 14/02/2026"))
        #expect(!screen.contains(covered), "said once, by the problem")
    }

    @Test func thePlainModeSaysUpToWhichDayCareIsCovered() {
        let en = words(.en)
        let sandbox = PlainSandbox()
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.birthDate"] = [Self.turnedThirtyOne]
        let (_, transcript, _) = sandbox.run(answers: answers, endAt: "sheet")
        #expect(transcript.contains(en("wizard.eligibility.ageToday", ["age": "31"])))
        #expect(transcript.contains(en("wizard.eligibility.coveredUntil", ["date": "14/02/2026"])), "\(transcript)")
        #expect(!transcript.contains(en("plain.eligibility.continue")), "nothing to continue despite")
    }
}
