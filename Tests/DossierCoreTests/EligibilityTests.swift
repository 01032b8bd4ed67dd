import Foundation
import Testing
@testable import DossierCore

@Suite("Eligibility: enrolled, not over 30 at the first act (or traditional education final stage), no other coverage")
struct EligibilityTests {
    let eligible = EligibilityAnswers(enrolled: true, otherCoverage: false, traditionalEducationFinalStage: false)

    func problems(born: String, firstAct: String, answers: EligibilityAnswers? = nil) -> [Problem] {
        Eligibility.problems(answers: answers ?? eligible, birthDate: Fixtures.date(born),
                             firstAct: Fixtures.date(firstAct))
    }

    @Test("age in whole years, a birthday counting from its own day")
    func age() {
        let born = Fixtures.date("1995-03-10")
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2026-03-09")) == 30)
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2026-03-10")) == 31)
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2025-12-31")) == 30)
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("1995-03-10")) == 0)
    }

    @Test("born on 29 February: the birthday is 1 March in common years")
    func leapDayBirthday() {
        let born = Fixtures.date("1996-02-29")
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2027-02-28")) == 30)
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2027-03-01")) == 31)
        #expect(Eligibility.age(birthDate: born, on: Fixtures.date("2026-02-28")) == 29)
        #expect(Eligibility.age(birthDate: Fixtures.date("1992-02-29"), on: Fixtures.date("2024-02-29")) == 32)
        #expect(Eligibility.age(birthDate: Fixtures.date("1992-02-29"), on: Fixtures.date("2024-02-28")) == 31)
        // At the first act on 2027-02-28 the student is still 30: covered.
        #expect(problems(born: "1996-02-29", firstAct: "2027-02-28").isEmpty)
        #expect(Fixtures.codes(problems(born: "1996-02-29", firstAct: "2027-03-01")) == ["eligibility.tooOld"])
    }

    @Test("exactly 30 on the day of the first act is covered; 31 is not")
    func thirtyAndThirtyOne() throws {
        #expect(problems(born: "1995-03-10", firstAct: "2026-03-09").isEmpty)
        let tooOld = problems(born: "1995-03-10", firstAct: "2026-03-10")
        #expect(Fixtures.codes(tooOld) == ["eligibility.tooOld"])
        let p = try #require(tooOld.first)
        #expect(p.path == "student.birthDate")
        #expect(p.arguments == ["age": "31", "limit": "30", "firstAct": "10/03/2026", "lastDay": "09/03/2026"])
        #expect(p.message(.en).contains("31"))
        #expect(p.message(.fr).contains("10/03/2026"))
    }

    @Test("age is judged at the first act, not today")
    func ageAtFirstAct() {
        // 30 at the first act, 31 by the time the dossier is checked: covered.
        var d = Fixtures.completeOrdinary()
        d.student.birthDate = Fixtures.date("1995-02-10")
        d.treatment.firstActDate = Fixtures.date("2026-02-02")
        #expect(Eligibility.problems(of: d).isEmpty)
        #expect(Eligibility.isEligible(d))
        #expect(DossierValidator.problems(in: d, today: Fixtures.date("2026-02-20")).isEmpty)
    }

    @Test("the final stage of traditional education lifts the age limit, and only that")
    func traditionalEducation() {
        let answers = EligibilityAnswers(enrolled: true, otherCoverage: false, traditionalEducationFinalStage: true)
        #expect(problems(born: "1980-01-01", firstAct: "2026-01-10", answers: answers).isEmpty)
        let other = EligibilityAnswers(enrolled: true, otherCoverage: true, traditionalEducationFinalStage: true)
        #expect(Fixtures.codes(problems(born: "1980-01-01", firstAct: "2026-01-10", answers: other))
                == ["eligibility.otherCoverage"])
        let notEnrolled = EligibilityAnswers(enrolled: false, otherCoverage: false, traditionalEducationFinalStage: true)
        #expect(Fixtures.codes(problems(born: "1980-01-01", firstAct: "2026-01-10", answers: notEnrolled))
                == ["eligibility.notEnrolled"])
    }

    @Test("each failing condition is named with its field, all at once")
    func everyConditionNamed() {
        let answers = EligibilityAnswers(enrolled: false, otherCoverage: true, traditionalEducationFinalStage: false)
        let all = problems(born: "1990-01-01", firstAct: "2026-01-10", answers: answers)
        #expect(all.map { "\($0.code)@\($0.path)" } == [
            "eligibility.notEnrolled@eligibility.enrolled",
            "eligibility.tooOld@student.birthDate",
            "eligibility.otherCoverage@eligibility.otherCoverage",
        ])
        for p in all {
            for language in Language.allCases {
                let message = p.message(language)
                #expect(message != "problem.\(p.code)")
                #expect(!message.contains("{"), "unfilled placeholder in \(p.code) \(language)")
            }
        }
        // The messages say why: the condition, in words a student knows.
        #expect(all[2].message(.fr).contains("CNSS"))
        #expect(all[0].message(.en).lowercased().contains("enrol"))
    }

    @Test("without both dates the age cannot be judged and is not reported")
    func unknownAge() {
        #expect(Eligibility.problems(answers: eligible, birthDate: nil, firstAct: Fixtures.date("2026-01-10")).isEmpty)
        #expect(Eligibility.problems(answers: eligible, birthDate: Fixtures.date("1980-01-01"), firstAct: nil).isEmpty)
    }

    @Test("the age limit comes from the data: 30")
    func limitFromData() {
        #expect(ReferenceData.shared.maximumAge == 30)
        let born = Fixtures.date("1995-03-10")
        let first = Fixtures.date("2026-03-10")
        #expect(Eligibility.problems(answers: eligible, birthDate: born, firstAct: first, maximumAge: 31).isEmpty)
        #expect(!Eligibility.problems(answers: eligible, birthDate: born, firstAct: first, maximumAge: 30).isEmpty)
    }

    @Test("an ineligible dossier is never complete")
    func ineligibleDossier() {
        var d = Fixtures.completeOrdinary()
        d.eligibility.otherCoverage = true
        #expect(!DossierValidator.isComplete(d, today: Fixtures.today))
        #expect(!Eligibility.isEligible(d))
        #expect(Fixtures.codes(DossierValidator.problems(in: d, today: Fixtures.today)) == ["eligibility.otherCoverage"])
    }

    // MARK: up to which day care is covered

    @Test("the last covered day is the day before the birthday after the limit; 29 February counts from 1 March")
    func lastCoveredDay() {
        #expect(Eligibility.lastCoveredDay(birthDate: Fixtures.date("1995-03-10"), maximumAge: 30)
                == Fixtures.date("2026-03-09"))
        #expect(Eligibility.lastCoveredDay(birthDate: Fixtures.date("1996-02-29"), maximumAge: 30)
                == Fixtures.date("2027-02-28"))
        #expect(Eligibility.lastCoveredDay(birthDate: Fixtures.date("2000-02-29"), maximumAge: 31)
                == Fixtures.date("2032-02-28"), "a leap year's 29 February birthday: the day before is the 28th")
        let born = Fixtures.date("1995-03-10")
        let last = Eligibility.lastCoveredDay(birthDate: born, maximumAge: 30)
        #expect(Eligibility.age(birthDate: born, on: last) == 30)
        #expect(Eligibility.age(birthDate: born, on: last.adding(days: 1)) == 31)
    }

    /// The verdict for a student born on 10/03/1995 (31 on 10/03/2026).
    func verdict(today: String, firstAct: String?) -> Eligibility.Verdict {
        var d = Fixtures.completeOrdinary()
        d.student.birthDate = Fixtures.date("1995-03-10")
        d.treatment.firstActDate = firstAct.map(Fixtures.date)
        return Eligibility.verdict(for: d, context: builtIn(Fixtures.date(today)))
    }

    @Test("30 on the day of care and 31 today: covered for that care, up to the day before the 31st birthday")
    func coveredForEarlierCare() {
        let v = verdict(today: "2026-04-01", firstAct: "2026-03-09")
        #expect(v.covered)
        #expect(v.judgedOnFirstAct && v.age == 30)
        #expect(v.coveredUntil == Fixtures.date("2026-03-09"))
        let dossier = { () -> Dossier in
            var d = Fixtures.completeOrdinary()
            d.student.birthDate = Fixtures.date("1995-03-10")
            d.treatment.firstActDate = Fixtures.date("2026-03-09")
            return d
        }()
        #expect(!Eligibility.problems(of: dossier).contains { $0.code.hasPrefix("eligibility.") })
    }

    @Test("31 on the day of the first act: not covered, and the words say up to which day care was")
    func tooOldOnTheFirstAct() throws {
        let v = verdict(today: "2026-04-01", firstAct: "2026-03-10")
        #expect(!v.covered)
        #expect(v.coveredUntil == nil, "said by the problem itself")
        let problem = try #require(v.problems.first)
        #expect(problem.code == "eligibility.tooOld")
        #expect(problem.message(.en).contains("up to 09/03/2026"))
        #expect(problem.message(.fr).contains("jusqu'au 09/03/2026"))
    }

    @Test("before any care date: judged on today; past the limit today is no refusal, only the last covered day")
    func judgedOnToday() {
        let before = verdict(today: "2026-03-09", firstAct: nil)
        #expect(!before.judgedOnFirstAct && before.age == 30 && before.covered && before.coveredUntil == nil)
        let after = verdict(today: "2026-03-10", firstAct: nil)
        #expect(!after.judgedOnFirstAct)
        #expect(after.day == Fixtures.date("2026-03-10"))
        #expect(after.age == 31)
        #expect(after.covered, "no care is known to refuse")
        #expect(after.coveredUntil == Fixtures.date("2026-03-09"))
    }

    @Test("the exception of traditional education has no last covered day")
    func traditionalEducationHasNoLastDay() {
        var d = Fixtures.completeOrdinary()
        d.student.birthDate = Fixtures.date("1980-01-01")
        d.eligibility.traditionalEducationFinalStage = true
        d.treatment.firstActDate = nil
        let v = Eligibility.verdict(for: d, context: builtIn(Fixtures.today))
        #expect(v.covered && v.coveredUntil == nil)
    }
}
