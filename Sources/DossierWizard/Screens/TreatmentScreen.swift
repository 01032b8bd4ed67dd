import DossierCore

/// Screen 5: the dates the deadline counts from. Its fields are the
/// registry's; what it adds is the deadline, as soon as the dates allow.
enum TreatmentScreen {
    /// "Last day: 11/04/2026 — 41 days left" and what it is counted from.
    static func deadline(_ state: WizardState, _ context: WizardContext) -> [Paragraph] {
        let words = context.words(state)
        guard let deadline = context.core.mailingDeadline(of: state.dossier) else {
            return [Paragraph(words("wizard.deadline.waiting"), .hint)]
        }
        let (daysLeft, role) = WizardView.deadlineWords(deadline.daysLeft(today: context.today), words)
        return [
            Paragraph(words("wizard.deadline.lastDay", ["date": deadline.lastMailingDay.dayMonthYear]) + " — " + daysLeft,
                      role, .bold),
            Paragraph(words("wizard.deadline.basis.\(deadline.basis.rawValue)",
                            ["date": deadline.startDate.dayMonthYear]), .hint),
        ]
    }
}
