import FoundationEssentials

/// The words of `amo-dossier forget`. The list of files is shown only to
/// the person at the terminal who typed the CNIE, before they confirm; the
/// result line is a count, never a name or a number of the student, so it
/// can be kept in a help-desk log.
public enum ForgetReport {
    /// What will be deleted, one file a line, then the question.
    public static func plan(_ targets: [DossierEraser.Target], _ language: Language) -> String {
        var lines = [tr("cli.forget.plan", language, ["count": String(targets.count)])]
        for target in targets {
            lines.append(tr("cli.forget.item", language,
                            ["kind": tr("cli.forget.kind.\(target.kind.rawValue)", language),
                             "path": TerminalText.visible(target.path, limit: TerminalText.messageLimit)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Yes in any of the three languages (`y`, `yes`, `o`, `oui`, `ن`,
    /// `نعم`); anything else, an empty line included, is no.
    public static func isYes(_ answer: String?) -> Bool {
        guard let answer else { return false }
        let word = answer.trimmingSpacesAndNewlines.lowercased()
        return ["y", "yes", "o", "oui", "ن", "نعم"].contains(word)
    }

    /// The result, as counts.
    public static func outcome(_ outcome: DossierEraser.Outcome, _ language: Language) -> String {
        if outcome.deleted == 0 && outcome.failed == 0 {
            return tr("cli.forget.none", language) + "\n"
        }
        var text = tr("cli.forget.deleted", language, ["count": String(outcome.deleted)]) + "\n"
        if outcome.failed > 0 {
            text += tr("cli.forget.failed", language, ["count": String(outcome.failed)]) + "\n"
        }
        return text
    }
}
