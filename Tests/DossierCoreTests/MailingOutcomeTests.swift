import Foundation
import Testing
@testable import DossierCore

@Suite("After the envelope: mailing and outcome in the file, and the status that follows")
struct MailingOutcomeTests {
    static let mailing = Mailing(mailedOn: Fixtures.date("2026-02-10"), trackingNumber: "RR123456785MA")

    func encode(_ d: Dossier) throws -> [String: Any] {
        let data = try DossierJSON.encoder(rules: .builtIn).encode(d)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func roundTrip(_ d: Dossier) throws -> Dossier {
        try DossierJSON.decoder().decode(Dossier.self, from: try DossierJSON.encoder(rules: .builtIn).encode(d))
    }

    @Test("mailing and outcome are written with exactly the issue's keys and read back")
    func keysAndRoundTrip() throws {
        var d = Fixtures.completeOrdinary()
        d.mailing = Self.mailing
        d.outcome = .reimbursed(on: Fixtures.date("2026-04-01"), amount: Fixtures.money("612,80"))
        let json = try encode(d)
        let mailing = try #require(json["mailing"] as? [String: Any])
        #expect(Set(mailing.keys) == ["mailedOn", "trackingNumber"])
        #expect(mailing["mailedOn"] as? String == "2026-02-10")
        #expect(mailing["trackingNumber"] as? String == "RR123456785MA")
        let outcome = try #require(json["outcome"] as? [String: Any])
        #expect(Set(outcome.keys) == ["kind", "on", "amount"])
        #expect(outcome["kind"] as? String == "reimbursed")
        #expect((outcome["amount"] as? NSNumber)?.decimalValue == Decimal(string: "612.8"))
        #expect(try roundTrip(d) == d)

        d.outcome = .returned(on: Fixtures.date("2026-03-20"), reason: "Ordonnance manquante")
        let returned = try #require(try encode(d)["outcome"] as? [String: Any])
        #expect(Set(returned.keys) == ["kind", "on", "reason"])
        #expect(try roundTrip(d) == d)
        d.outcome = .returned(on: Fixtures.date("2026-03-20"), reason: nil)
        #expect(Set(try #require(try encode(d)["outcome"] as? [String: Any]).keys) == ["kind", "on"])
        #expect(try roundTrip(d) == d)
    }

    @Test("a dossier never mailed writes neither key, so older readers see what they always saw")
    func absentWhenNotRecorded() throws {
        let json = try encode(Fixtures.completeOrdinary())
        #expect(json["mailing"] == nil)
        #expect(json["outcome"] == nil)
    }

    /// A saved file changed by hand, to see what the loader makes of it.
    func load(_ change: (inout [String: Any]) -> Void) -> Result<Dossier, DossierLoadError> {
        var d = Fixtures.completeOrdinary()
        d.mailing = Self.mailing
        var json = StoreFixtures.jsonObject(d)
        change(&json)
        return DossierLoadError.decode(try! JSONSerialization.data(withJSONObject: json), file: "x.json")
    }

    @Test("an outcome that says two things at once, or lacks its amount, is named at its place")
    func contradictoryOutcome() throws {
        let cases: [([String: Any], String)] = [
            (["kind": "reimbursed", "on": "2026-04-01"], "outcome.amount"),
            (["kind": "reimbursed", "on": "2026-04-01", "amount": 10, "reason": "x"], "outcome.reason"),
            (["kind": "returned", "on": "2026-04-01", "amount": 10], "outcome.amount"),
            (["kind": "lost", "on": "2026-04-01"], "outcome.kind"),
            (["kind": "returned", "on": "2026-02-30"], "outcome.on"),
        ]
        for (outcome, place) in cases {
            guard case .failure(let error) = load({ $0["outcome"] = outcome }) else {
                Issue.record("\(outcome) was read"); continue
            }
            #expect(error.place == place, "\(outcome)")
        }
        guard case .failure(let error) = load({ $0["mailing"] = ["trackingNumber": "RR123456785MA"] }) else {
            Issue.record("a mailing without its day was read"); return
        }
        #expect(error.place == "mailing.mailedOn")
        #expect(error.reason == .missingKey)
    }

    @Test("a version 1 file may carry a mailing, and reads it")
    func versionOneWithMailing() throws {
        let result = load {
            $0["schemaVersion"] = 1
            $0["opticians"] = nil
        }
        guard case .success(let d) = result else { Issue.record("\(result)"); return }
        #expect(d.mailing == Self.mailing)
    }

    @Test("status follows the content: draft, incomplete, ready, mailed, reimbursed, returned")
    func status() {
        let context = builtIn(Fixtures.today)
        var d = Fixtures.completeOrdinary()
        #expect(DossierStatus(of: d, context: context, isDraft: true) == .draft)
        #expect(DossierStatus(of: d, context: context) == .ready)
        var broken = d
        broken.student.cnie = ""
        #expect(DossierStatus(of: broken, context: context) == .incomplete)
        d.mailing = Self.mailing
        #expect(DossierStatus(of: d, context: context) == .mailed)
        broken.mailing = Self.mailing
        #expect(DossierStatus(of: broken, context: context) == .mailed, "once mailed, it is out of the student's hands")
        d.outcome = .reimbursed(on: Fixtures.date("2026-04-01"), amount: Fixtures.money("100"))
        #expect(DossierStatus(of: d, context: context) == .reimbursed)
        d.outcome = .returned(on: Fixtures.date("2026-04-01"), reason: nil)
        #expect(DossierStatus(of: d, context: context) == .returned)
        #expect(DossierStatus.allCases.map(\.rawValue) == ["draft", "incomplete", "ready", "mailed", "reimbursed", "returned"])
        #expect(DossierStatus.allCases.filter(\.isMailed) == [.mailed, .reimbursed, .returned])
    }

    @Test("a complete dossier left past its last mailing day is incomplete, not ready")
    func unmailedPastDeadline() {
        let d = Fixtures.completeOrdinary()
        let last = RuleBook.builtIn.mailingDeadline(of: d.treatment)!.lastMailingDay
        #expect(DossierStatus(of: d, context: builtIn(last)) == .ready)
        #expect(DossierStatus(of: d, context: builtIn(last.adding(days: 1))) == .incomplete)
    }

    @Test("days since mailing count from the mailing day")
    func daysSince() {
        #expect(Self.mailing.daysSince(today: Fixtures.date("2026-02-10")) == 0)
        #expect(Self.mailing.daysSince(today: Fixtures.date("2026-04-11")) == 60)
    }
}
