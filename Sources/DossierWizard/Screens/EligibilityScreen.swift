import DossierCore

/// Screen 2: the three conditions of coverage and the birth date. Its
/// fields are the registry's; what it adds is the verdict under them.
enum EligibilityScreen {
    /// Covered or not, and why, in the words of `Eligibility.verdict`: the
    /// age on the first act once it is known, on today until then, and up
    /// to which day care is covered once the age limit is behind. When not
    /// covered it ends with `continueKey`, the front-end's way on (the
    /// full-screen names the key, the plain mode does not).
    static func verdict(_ state: WizardState, _ context: WizardContext,
                        continueKey: String = "wizard.eligibility.continueAnyway") -> [Paragraph] {
        let words = context.words(state)
        let verdict = Eligibility.verdict(for: state.dossier, context: context.core)
        var paragraphs: [Paragraph] = []
        if let age = verdict.age {
            let key = verdict.judgedOnFirstAct ? "wizard.eligibility.ageAtFirstAct" : "wizard.eligibility.ageToday"
            paragraphs.append(Paragraph(words(key, ["age": String(age), "date": verdict.day.dayMonthYear]), .hint))
        }
        if verdict.covered {
            if let until = verdict.coveredUntil {
                // Past the age limit today: care up to that day is covered,
                // care after it is not. Said as such, never "not covered".
                paragraphs.append(Paragraph(words("wizard.eligibility.coveredUntil", ["date": until.dayMonthYear]),
                                            .warning, .bold))
            } else if state.dossier.student.birthDate != nil {
                paragraphs.append(Paragraph("✓ " + words("wizard.eligibility.ok"), .success, .bold))
            }
            return paragraphs
        }
        paragraphs.append(Paragraph("✗ " + words("wizard.eligibility.notCovered"), .error, .bold))
        for problem in verdict.problems {
            paragraphs.append(Paragraph("• " + words.message(problem), .error, indent: 2))
        }
        paragraphs.append(Paragraph(words(continueKey), .hint))
        return paragraphs
    }
}
