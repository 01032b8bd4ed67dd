/// Where a dossier stands, read from its content alone (never stored, so it
/// can never disagree with the file): the register's column and filter,
/// and what the screens say after saving.
public enum DossierStatus: String, Codable, CaseIterable, Hashable, Sendable {
    /// Being typed: a draft, never a file of the dossier folder.
    case draft
    /// Saved, but something an error names keeps it from being mailed.
    case incomplete
    /// Saved and complete: to be mailed.
    case ready
    /// Mailed, waiting for the fund.
    case mailed
    /// The fund paid.
    case reimbursed
    /// The fund sent it back.
    case returned

    /// The status of `dossier`, judged by the rules and the day of
    /// `context`. `isDraft`: it comes from the drafts, not the dossier
    /// folder. What happened last counts first: an outcome settles the
    /// dossier, a mailing day takes it out of the student's hands; only a
    /// dossier still at home is incomplete or ready.
    public init(of dossier: Dossier, context: DossierContext, isDraft: Bool = false) {
        self.init(of: dossier, isComplete: DossierValidator.isComplete(dossier, context: context), isDraft: isDraft)
    }

    /// The same, for whoever has judged the dossier already (the register
    /// counts its problems): `isComplete` is only asked of a dossier still
    /// at home, and judging is what a register of 50 000 files spends its
    /// time on.
    public init(of dossier: Dossier, isComplete: @autoclosure () -> Bool, isDraft: Bool = false) {
        if isDraft {
            self = .draft
        } else if let outcome = dossier.outcome {
            switch outcome.kind {
            case .reimbursed: self = .reimbursed
            case .returned: self = .returned
            }
        } else if dossier.mailing != nil {
            self = .mailed
        } else {
            self = isComplete() ? .ready : .incomplete
        }
    }

    /// Mailed, reimbursed or returned: the envelope has gone, so the days
    /// count since mailing, not to the deadline.
    public var isMailed: Bool {
        switch self {
        case .draft, .incomplete, .ready: return false
        case .mailed, .reimbursed, .returned: return true
        }
    }
}
