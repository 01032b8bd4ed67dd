import DossierCore

/// Everything `DossierValidator.problems(in:context:)` reads: the dossier,
/// the day and the editions (it reads no words). The key of the review's
/// memo of problems (`Memo`).
struct DossierJudgement: Equatable, Sendable {
    let dossier: Dossier
    let today: CalendarDate
    let rulebook: RuleBook

    init(_ dossier: Dossier, _ context: DossierContext) {
        self.dossier = dossier
        today = context.today
        rulebook = context.rulebook
    }
}
