import Foundation
import Testing
@testable import DossierCore

@Suite("Date rules: nothing in the future, nothing before birth, the first act is the earliest")
struct DateRulesTests {
    let today = Fixtures.today  // 2026-02-20

    func problems(_ d: Dossier) -> [Problem] { DossierValidator.problems(in: d, today: today) }

    @Test("a care date today is fine; tomorrow is in the future")
    func future() throws {
        var d = Fixtures.completeOrdinary()
        d.pharmacies[0].date = today
        #expect(problems(d).isEmpty)
        d.pharmacies[0].date = today.adding(days: 1)
        let p = problems(d)
        #expect(Fixtures.codes(p) == ["date.future"])
        #expect(p.first?.path == "pharmacies[0].date")
        #expect(p.first?.arguments == ["date": "21/02/2026", "today": "20/02/2026"])
    }

    @Test("the first act in the future is refused, and so is a birth date in the future")
    func futureFirstActAndBirth() {
        var d = Fixtures.completeOrdinary()
        d.treatment.firstActDate = today.adding(days: 1)
        #expect(Fixtures.has(problems(d), "date.future", at: "treatment.firstActDate"))
        var b = Fixtures.completeOrdinary()
        b.student.birthDate = today.adding(days: 1)
        #expect(Fixtures.has(problems(b), "date.future", at: "student.birthDate"))
    }

    @Test("no care date before the student's birth")
    func beforeBirth() throws {
        var d = Fixtures.completeOrdinary()
        d.student.birthDate = Fixtures.date("2026-02-04")
        // The lab on 02-05 is after birth; the doctor (02-02), the pharmacy
        // (02-03) and the first act (02-02) are before it.
        let p = problems(d).filter { $0.code == "date.beforeBirth" }
        #expect(p.map(\.path) == ["treatment.firstActDate", "practitioners[0].date", "pharmacies[0].date"])
        #expect(p.first?.arguments == ["date": "02/02/2026", "birth": "04/02/2026"])
        // Born on the day of the first act: not before birth.
        d.student.birthDate = Fixtures.date("2026-02-02")
        #expect(problems(d).filter { $0.code == "date.beforeBirth" }.isEmpty)
    }

    @Test("every care date is on or after the first act")
    func firstActIsEarliest() throws {
        var d = Fixtures.completeOrdinary()
        d.labs[1].date = Fixtures.date("2026-02-01")
        let p = problems(d)
        #expect(Fixtures.codes(p) == ["date.beforeFirstAct"])
        #expect(p.first?.path == "labs[1].date")
        #expect(p.first?.arguments == ["date": "01/02/2026", "firstAct": "02/02/2026"])
        d.labs[1].date = Fixtures.date("2026-02-02")
        #expect(problems(d).isEmpty, "on the day of the first act is fine")
    }

    @Test("continuous treatment: the end is on or after the first act, and required")
    func treatmentEnd() throws {
        var d = Fixtures.completeOrdinary()
        d.treatment.continuous = true
        #expect(Fixtures.has(problems(d), "date.missing", at: "treatment.endDate"))
        d.treatment.endDate = Fixtures.date("2026-02-01")
        let p = problems(d).errors
        #expect(Fixtures.codes(p) == ["date.endBeforeFirstAct"])
        #expect(p.first?.arguments == ["date": "01/02/2026", "firstAct": "02/02/2026"])
        d.treatment.endDate = Fixtures.date("2026-02-02")
        #expect(problems(d).errors.isEmpty, "a one-day treatment ends on its first act")
        d.treatment.endDate = Fixtures.date("2026-02-15")
        #expect(problems(d).isEmpty)
        #expect(d.lastMailingDay == Fixtures.date("2026-04-16"))
    }

    @Test("a care date after the end of a continuous treatment is a warning; on the end day it is not")
    func careAfterTreatmentEnd() throws {
        var d = Fixtures.completeOrdinary()     // care from 02/02 to 06/02/2026
        d.treatment.continuous = true
        d.treatment.endDate = Fixtures.date("2026-02-06")
        #expect(problems(d).isEmpty, "the last care on the end day")
        d.treatment.endDate = Fixtures.date("2026-02-05")
        let p = problems(d)
        #expect(p.map { "\($0.code)@\($0.path)" } == ["date.afterTreatmentEnd@labs[1].date"])
        #expect(p.first?.severity == .warning)
        #expect(p.first?.arguments == ["date": "06/02/2026", "end": "05/02/2026"])
        #expect(DossierValidator.isComplete(d, today: Fixtures.today), "a warning never makes a dossier incomplete")
        d.treatment.continuous = false
        #expect(problems(d).isEmpty, "an end date means nothing without a continuous treatment")
    }

    @Test("continuous treatment: an end today is accepted, an end tomorrow is a problem, not a later deadline")
    func treatmentEndInFuture() throws {
        var d = Fixtures.completeOrdinary()
        d.treatment.continuous = true
        d.treatment.endDate = today
        #expect(problems(d).isEmpty)
        #expect(d.lastMailingDay == today.adding(days: 60))
        d.treatment.endDate = today.adding(days: 1)
        let p = problems(d)
        #expect(Fixtures.codes(p) == ["date.endInFuture"])
        #expect(p.first?.path == "treatment.endDate")
        #expect(p.first?.arguments == ["date": "21/02/2026", "today": "20/02/2026", "days": "60"])
        #expect(!DossierValidator.isComplete(d, today: today))
        // The same dossier is fine once the treatment is over.
        #expect(DossierValidator.problems(in: d, today: today.adding(days: 1)).isEmpty)
        for language in Language.allCases {
            let message = try #require(p.first).message(language)
            #expect(message.contains("21/02/2026") && message.contains("60"), "\(language): \(message)")
        }
    }

    @Test("an end date on a treatment not marked continuous is not checked against today")
    func endIgnoredWhenNotContinuous() {
        var d = Fixtures.completeOrdinary()
        d.treatment.endDate = today.adding(days: 30)
        #expect(problems(d).isEmpty)
    }

    @Test("missing dates are named by their path")
    func missingDates() {
        var d = Fixtures.completeOrdinary()
        d.student.birthDate = nil
        d.practitioners[0].date = nil
        d.treatment.firstActDate = nil
        let missing = problems(d).filter { $0.code == "date.missing" }.map(\.path)
        #expect(missing == ["student.birthDate", "treatment.firstActDate", "practitioners[0].date"])
    }
}
