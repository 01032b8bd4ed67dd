import Foundation
import Testing
@testable import DossierCore

@Suite("After saving: registered-mail numbers, mailing and outcome days, files written again")
struct FollowUpTests {
    let context = builtIn(Fixtures.today) // 2026-02-20
    /// Complete, first act 2026-02-02: last mailing day 2026-04-03.
    let dossier = Fixtures.completeOrdinary()

    @Test("UPU S10 check digit: weights 8 6 4 2 3 5 9 7, 11 minus the sum mod 11, 10 gives 0, 11 gives 5")
    func checkDigit() {
        #expect(TrackingNumber.checkDigit(of: "12345678") == 5)
        #expect(TrackingNumber.checkDigit(of: "00031676") == 0, "11 - 1 = 10 gives 0")
        #expect(TrackingNumber.checkDigit(of: "00229651") == 5, "11 - 0 = 11 gives 5")
        #expect(TrackingNumber.checkDigit(of: "1234567") == nil)
        #expect(TrackingNumber.checkDigit(of: "1234567a") == nil)
        #expect(TrackingNumber.check("RR123456785MA", path: "p") == .success("RR123456785MA"))
        #expect(TrackingNumber.check(" rr 1234 5678 5 ma ", path: "p") == .success("RR123456785MA"))
        #expect(TrackingNumber.check("RR000316760MA", path: "p") == .success("RR000316760MA"))
        #expect(TrackingNumber.check("RR002296515MA", path: "p") == .success("RR002296515MA"))
    }

    @Test("a wrong check digit is refused naming the digit expected, in every language")
    func wrongCheckDigit() throws {
        guard case .failure(let problem) = TrackingNumber.check("RR123456784MA", path: "mailing.trackingNumber") else {
            Issue.record("accepted"); return
        }
        #expect(problem.code == "tracking.checkDigit")
        #expect(problem.arguments["expected"] == "5")
        #expect(problem.arguments["found"] == "4")
        for language in Language.allCases {
            let text = context.words(language).message(problem)
            #expect(text.contains("5") && text.contains("RR123456784MA"), "\(language): \(text)")
        }
    }

    @Test("anything not shaped like a Moroccan S10 number is a format problem", arguments: [
        "RR12345678MA", "RR1234567855MA", "1R123456785MA", "RR123456785FR", "RR12345678XMA", "", "RR123456785",
    ])
    func format(_ typed: String) {
        guard case .failure(let problem) = TrackingNumber.check(typed, path: "p") else { Issue.record("accepted"); return }
        #expect(problem.code == "tracking.format")
    }

    func mailed(_ iso: String, _ tracking: String? = nil) -> Result<AfterMailing.Recorded, AfterMailing.Refusal> {
        AfterMailing.recording(Mailing(mailedOn: Fixtures.date(iso), trackingNumber: tracking), in: dossier, context: context)
    }

    func codes(_ result: Result<AfterMailing.Recorded, AfterMailing.Refusal>) -> [String] {
        switch result {
        case .success(let done): return done.warnings.map(\.code)
        case .failure(let refusal): return refusal.errors.map(\.code)
        }
    }

    @Test("a mailing day before the first act or after today is refused; the first act and today are accepted")
    func mailingDays() throws {
        #expect(codes(mailed("2026-02-01")) == ["mailing.beforeFirstAct"])
        #expect(codes(mailed("2026-02-21")) == ["mailing.future"])
        let first = try mailed("2026-02-02").get()
        #expect(first.warnings.isEmpty)
        #expect(first.dossier.mailing == Mailing(mailedOn: Fixtures.date("2026-02-02")))
        #expect(try mailed("2026-02-20").get().warnings.isEmpty)
        #expect(codes(mailed("2026-02-10", "RR123456784MA")) == ["tracking.checkDigit"])
        #expect(try mailed("2026-02-10", "rr123456785ma").get().dossier.mailing?.trackingNumber == "RR123456785MA")
    }

    @Test("mailed after the last mailing day: recorded, with the warning 'sent late'")
    func sentLate() throws {
        let later = builtIn(Fixtures.date("2026-05-01"))
        let last = Fixtures.date("2026-04-03")
        let onTime = try AfterMailing.recording(Mailing(mailedOn: last), in: dossier, context: later).get()
        #expect(onTime.warnings.isEmpty)
        let late = try AfterMailing.recording(Mailing(mailedOn: last.adding(days: 1)), in: dossier, context: later).get()
        #expect(late.warnings.map(\.code) == ["mailing.late"])
        #expect(late.warnings[0].severity == .warning)
        #expect(late.warnings[0].arguments["days"] == "1")
        #expect(late.dossier.mailing?.mailedOn == last.adding(days: 1))
        #expect(context.words(.fr).message(late.warnings[0]).contains("retard"))
    }

    @Test("once mailed, 'deadline passed' stops growing; unmailed, it still counts")
    func deadlineOnceMailed() {
        var d = dossier
        let late = DossierValidator.problems(in: d, context: builtIn(Fixtures.date("2026-06-01")))
        #expect(late.map(\.code).contains("deadline.passed"))
        d.mailing = Mailing(mailedOn: Fixtures.date("2026-03-01"))
        let mailed = DossierValidator.problems(in: d, context: builtIn(Fixtures.date("2026-06-01")))
        #expect(!mailed.map(\.code).contains("deadline.passed"))
        #expect(mailed.errors.isEmpty)
    }

    @Test("an outcome needs a mailing, a day not before it and not after today")
    func outcomeDays() throws {
        let reimbursed = Outcome.reimbursed(on: Fixtures.date("2026-02-15"), amount: Fixtures.money("100"))
        #expect(codes(AfterMailing.recording(reimbursed, in: dossier, context: context)) == ["outcome.notMailed"])
        let sent = try mailed("2026-02-10").get().dossier
        #expect(try AfterMailing.recording(reimbursed, in: sent, context: context).get().dossier.outcome == reimbursed)
        let early = Outcome.returned(on: Fixtures.date("2026-02-09"), reason: nil)
        #expect(codes(AfterMailing.recording(early, in: sent, context: context)) == ["outcome.beforeMailing"])
        let future = Outcome.returned(on: Fixtures.date("2026-02-21"), reason: nil)
        #expect(codes(AfterMailing.recording(future, in: sent, context: context)) == ["outcome.future"])
        // The mailing day moved after a recorded outcome's day is refused too.
        let settled = try AfterMailing.recording(reimbursed, in: sent, context: context).get().dossier
        let moved = AfterMailing.recording(Mailing(mailedOn: Fixtures.date("2026-02-18")), in: settled, context: context)
        #expect(codes(moved) == ["outcome.beforeMailing"])
    }
}
