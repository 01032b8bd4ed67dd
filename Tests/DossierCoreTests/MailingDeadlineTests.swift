import Foundation
import Testing
@testable import DossierCore

@Suite("Deadline: first act + 60 days, or end of a continuous treatment + 60")
struct MailingDeadlineTests {
    @Test("the example of docs/rules.md: first act 2026-01-10 → last day 2026-03-11")
    func domainExample() {
        let deadline = MailingDeadline(firstAct: Fixtures.date("2026-01-10"))
        #expect(deadline.lastMailingDay == Fixtures.date("2026-03-11"))
        #expect(deadline.basis == .firstAct)
        #expect(deadline.startDate == Fixtures.date("2026-01-10"))
    }

    @Test("boundaries: leap day, leap February, year end", arguments: [
        ("2024-02-29", "2024-04-29"), ("2024-01-01", "2024-03-01"), ("2026-01-01", "2026-03-02"),
        ("2026-11-15", "2027-01-14"), ("2026-12-31", "2027-03-01"), ("2027-12-31", "2028-02-29"),
    ])
    func boundaries(_ first: String, _ last: String) {
        #expect(MailingDeadline(firstAct: Fixtures.date(first)).lastMailingDay == Fixtures.date(last))
    }

    @Test("continuous treatment counts from its end")
    func continuous() throws {
        let t = Treatment(firstActDate: Fixtures.date("2026-01-10"), continuous: true, endDate: Fixtures.date("2026-02-28"))
        let deadline = try #require(MailingDeadline(treatment: t))
        #expect(deadline.basis == .treatmentEnd)
        #expect(deadline.startDate == Fixtures.date("2026-02-28"))
        #expect(deadline.lastMailingDay == Fixtures.date("2026-04-29"))
    }

    @Test("not continuous: an end date does not move the deadline; continuous without end: not known yet")
    func treatmentShapes() {
        let notContinuous = Treatment(firstActDate: Fixtures.date("2026-01-10"), continuous: false,
                                      endDate: Fixtures.date("2026-02-28"))
        #expect(MailingDeadline(treatment: notContinuous)?.lastMailingDay == Fixtures.date("2026-03-11"))
        #expect(MailingDeadline(treatment: Treatment(firstActDate: Fixtures.date("2026-01-10"), continuous: true)) == nil)
        #expect(MailingDeadline(treatment: Treatment()) == nil)
    }

    @Test("an end before the first act gives no deadline; an end on the first act counts from that day")
    func endBeforeFirstAct() throws {
        let first = Fixtures.date("2026-01-10")
        let before = Treatment(firstActDate: first, continuous: true, endDate: first.adding(days: -1))
        #expect(MailingDeadline(treatment: before) == nil)
        var d = Fixtures.completeOrdinary()
        d.treatment = before
        #expect(d.lastMailingDay == nil)
        let sameDay = Treatment(firstActDate: first, continuous: true, endDate: first)
        let deadline = try #require(MailingDeadline(treatment: sameDay))
        #expect(deadline.basis == .treatmentEnd)
        #expect(deadline.lastMailingDay == Fixtures.date("2026-03-11"))
    }

    @Test("the deadline command still refuses an end before the first act")
    func deadlineCommandRefusesEndBeforeFirstAct() throws {
        let first = Fixtures.date("2026-01-10")
        #expect(throws: CommandLineError.self) {
            _ = try DeadlineReport(firstAct: first, treatmentEnd: first.adding(days: -1), today: first)
        }
        let report = try DeadlineReport(firstAct: first, treatmentEnd: first, today: first)
        #expect(report.deadline.lastMailingDay == Fixtures.date("2026-03-11"))
    }

    @Test("days left count from a given today: 0 on the last day, negative when late")
    func daysLeft() {
        let deadline = MailingDeadline(firstAct: Fixtures.date("2026-01-10"))
        #expect(deadline.daysLeft(today: Fixtures.date("2026-01-10")) == 60)
        #expect(deadline.daysLeft(today: Fixtures.date("2026-03-10")) == 1)
        #expect(deadline.daysLeft(today: Fixtures.date("2026-03-11")) == 0)
        #expect(deadline.daysLeft(today: Fixtures.date("2026-03-12")) == -1)
    }

    @Test("the number of days is data: another value in the reference data moves the deadline")
    func daysFromData() throws {
        #expect(ReferenceData.shared.mailingDeadlineDays == 60)
        let original = try #require(EmbeddedResources.files["reference/editions/2026-01-01-cnops.json"])
        let edited = original.replacingOccurrences(of: "\"mailingDeadlineDays\": 60", with: "\"mailingDeadlineDays\": 90")
        #expect(edited != original)
        let reference = try RuleBook(sources: [.init(file: "edited.json", data: Data(edited.utf8))]).editions[0]
        #expect(reference.mailingDeadlineDays == 90)
        let first = Fixtures.date("2026-01-10")
        #expect(MailingDeadline(firstAct: first, days: reference.mailingDeadlineDays).lastMailingDay
                == Fixtures.date("2026-04-10"))
        let t = Treatment(firstActDate: first)
        #expect(MailingDeadline(treatment: t, days: reference.mailingDeadlineDays)?.lastMailingDay
                == Fixtures.date("2026-04-10"))
        #expect(MailingDeadline(treatment: t)?.lastMailingDay == Fixtures.date("2026-03-11"))
    }

    @Test("a dossier past its last day is not complete; on the last day it still is")
    func passedDeadlineInDossier() {
        let d = Fixtures.completeOrdinary()   // first act 2026-02-02 → 2026-04-03
        #expect(d.lastMailingDay == Fixtures.date("2026-04-03"))
        #expect(DossierValidator.problems(in: d, today: Fixtures.date("2026-04-03")).isEmpty)
        let late = DossierValidator.problems(in: d, today: Fixtures.date("2026-04-05"))
        #expect(Fixtures.codes(late) == ["deadline.passed"])
        #expect(late.first?.arguments == ["date": "03/04/2026", "days": "2"])
        #expect(late.first?.path == "lastMailingDay")
    }
}
