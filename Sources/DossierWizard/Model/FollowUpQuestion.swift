import DossierCore

/// One question of recording what happened to a saved dossier, on the Done
/// screen: a day first, then what goes with it. The day already answered
/// rides along, so Esc on the second question loses nothing but that window.
public enum FollowUpQuestion: Codable, Equatable, Sendable {
    case mailedOn
    case tracking(mailedOn: CalendarDate)
    case reimbursedOn
    case amount(reimbursedOn: CalendarDate)
    case returnedOn
    case reason(returnedOn: CalendarDate)

    /// The words of the question.
    var key: String {
        switch self {
        case .mailedOn: return "wizard.followUp.mailedOn"
        case .tracking: return "wizard.followUp.tracking"
        case .reimbursedOn: return "wizard.followUp.reimbursedOn"
        case .amount: return "wizard.followUp.amount"
        case .returnedOn: return "wizard.followUp.returnedOn"
        case .reason: return "wizard.followUp.reason"
        }
    }

    /// The day question of this question's pair, and the day answered.
    var day: (question: FollowUpQuestion, answered: CalendarDate?) {
        switch self {
        case .mailedOn: return (.mailedOn, nil)
        case .tracking(let day): return (.mailedOn, day)
        case .reimbursedOn: return (.reimbursedOn, nil)
        case .amount(let day): return (.reimbursedOn, day)
        case .returnedOn: return (.returnedOn, nil)
        case .reason(let day): return (.returnedOn, day)
        }
    }

    /// What the answer `text` leads to: the next question, what to record,
    /// or the problem to show beside the field (and the question stays).
    func answer(_ raw: String) -> Result<FollowUpStep, Problem> {
        let text = raw.trimmingSpaces
        switch self {
        case .mailedOn, .reimbursedOn, .returnedOn:
            return TypedValue.date(text, path: "prompt").map { day in
                switch self {
                case .mailedOn: return .ask(.tracking(mailedOn: day))
                case .reimbursedOn: return .ask(.amount(reimbursedOn: day))
                case .returnedOn, .tracking, .amount, .reason: return .ask(.reason(returnedOn: day))
                }
            }
        case .tracking(let day):
            if text.isEmpty { return .success(.record(.mailing(Mailing(mailedOn: day)))) }
            return TrackingNumber.check(text, path: "prompt").map { .record(.mailing(Mailing(mailedOn: day, trackingNumber: $0))) }
        case .amount(let day):
            return TypedValue.amount(text, path: "prompt").map { .record(.outcome(.reimbursed(on: day, amount: $0))) }
        case .reason(let day):
            return .success(.record(.outcome(.returned(on: day, reason: text.isEmpty ? nil : text))))
        }
    }
}

/// Where an answer to a `FollowUpQuestion` leads.
enum FollowUpStep: Equatable {
    case ask(FollowUpQuestion)
    case record(FollowUpReport.Change)
}
