/// What a mailing and an outcome must respect, for every way of recording
/// them (the Done screen, plain mode, `mailed`, `reimbursed`, `returned`)
/// and for `check` on a file edited by hand: one place, so that a day
/// refused by one is refused by all.
public enum AfterMailing {
    /// The problems of what was recorded after saving. A mailing day after
    /// the last mailing day is only a warning ("sent late"): the envelope
    /// has gone, and the student must know why the fund may refuse it.
    public static func problems(in dossier: Dossier, context: DossierContext) -> [Problem] {
        var result: [Problem] = []
        let today = context.today
        if let mailing = dossier.mailing {
            if let number = mailing.trackingNumber,
               case .failure(let problem) = TrackingNumber.check(number, path: "mailing.trackingNumber") {
                result.append(problem)
            }
            if let first = dossier.treatment.firstActDate, mailing.mailedOn < first {
                result.append(Problem(code: "mailing.beforeFirstAct", path: "mailing.mailedOn",
                                      arguments: ["date": mailing.mailedOn.dayMonthYear, "firstAct": first.dayMonthYear]))
            }
            if mailing.mailedOn > today {
                result.append(Problem(code: "mailing.future", path: "mailing.mailedOn",
                                      arguments: ["date": mailing.mailedOn.dayMonthYear]))
            }
            if let last = context.mailingDeadline(of: dossier)?.lastMailingDay, mailing.mailedOn > last {
                result.append(Problem(code: "mailing.late", path: "mailing.mailedOn",
                                      arguments: ["date": last.dayMonthYear, "days": String(last.days(until: mailing.mailedOn))],
                                      severity: .warning))
            }
        }
        if let outcome = dossier.outcome {
            if let mailing = dossier.mailing {
                if outcome.on < mailing.mailedOn {
                    result.append(Problem(code: "outcome.beforeMailing", path: "outcome.on",
                                          arguments: ["date": outcome.on.dayMonthYear, "mailedOn": mailing.mailedOn.dayMonthYear]))
                }
            } else {
                result.append(Problem(code: "outcome.notMailed", path: "outcome"))
            }
            if outcome.on > today {
                result.append(Problem(code: "outcome.future", path: "outcome.on", arguments: ["date": outcome.on.dayMonthYear]))
            }
        }
        return result
    }

    /// The dossier with `mailing` recorded, and the warnings to show; or,
    /// when a rule refuses it, the errors and the dossier unchanged. The
    /// tracking number is kept in its normal form.
    public static func recording(_ mailing: Mailing, in dossier: Dossier,
                                 context: DossierContext) -> Result<Recorded, Refusal> {
        var changed = dossier
        changed.mailing = mailing
        if let number = mailing.trackingNumber, case .success(let normal) = TrackingNumber.check(number, path: "") {
            changed.mailing?.trackingNumber = normal
        }
        // A day moved after a recorded outcome's is refused too.
        return judged(changed, context: context, paths: ["mailing", "outcome.on"])
    }

    /// The dossier with `outcome` recorded; refused on a dossier never
    /// marked mailed, or on a day before its mailing or after today.
    public static func recording(_ outcome: Outcome, in dossier: Dossier,
                                 context: DossierContext) -> Result<Recorded, Refusal> {
        var changed = dossier
        changed.outcome = outcome
        return judged(changed, context: context, paths: ["outcome"])
    }

    /// Either of the two, as the commands and the Done screen name it.
    public static func recording(_ change: FollowUpReport.Change, in dossier: Dossier,
                                 context: DossierContext) -> Result<Recorded, Refusal> {
        switch change {
        case .mailing(let mailing): return recording(mailing, in: dossier, context: context)
        case .outcome(let outcome): return recording(outcome, in: dossier, context: context)
        }
    }

    /// A dossier with something recorded, and what to warn of.
    public struct Recorded: Sendable {
        public let dossier: Dossier
        public let warnings: [Problem]
    }

    /// Why it was not recorded.
    public struct Refusal: Error, Sendable {
        public let errors: [Problem]
    }

    static func judged(_ dossier: Dossier, context: DossierContext, paths: [String]) -> Result<Recorded, Refusal> {
        let found = problems(in: dossier, context: context).filter { problem in
            paths.contains { problem.path == $0 || problem.path.hasPrefix($0 + ".") }
        }
        if !found.errors.isEmpty { return .failure(Refusal(errors: found.errors)) }
        return .success(Recorded(dossier: dossier, warnings: found.warnings))
    }
}
