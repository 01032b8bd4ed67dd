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
        let lastDay = words("wizard.deadline.lastDay", ["date": deadline.lastMailingDay.dayMonthYear])
        let basis = Paragraph(words("wizard.deadline.basis.\(deadline.basis.rawValue)",
                                    ["date": deadline.startDate.dayMonthYear]), .hint)
        // A reopened dossier already mailed is not "late" however long ago
        // the last day passed: the envelope has gone, on time or sent late.
        if let mailing = state.dossier.mailing {
            var out = [Paragraph(lastDay + " — " + words("wizard.done.mailedSince", [
                "date": mailing.mailedOn.dayMonthYear, "days": String(mailing.daysSince(today: context.today))]),
                                 .success, .bold)]
            for problem in AfterMailing.problems(in: state.dossier, context: context.core) where problem.code == "mailing.late" {
                out.append(Paragraph("⚠ " + words.message(problem), .warning))
            }
            return out + [basis]
        }
        let (daysLeft, role) = WizardView.deadlineWords(deadline.daysLeft(today: context.today), words)
        return [Paragraph(lastDay + " — " + daysLeft, role, .bold), basis]
    }
}
