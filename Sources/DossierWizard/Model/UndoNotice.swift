import DossierCore

/// What an undo (or a redo) changed, in words: "Annulé — Pharmacie 1,
/// Cachet et signature remis à « Oui »". An undo may reach back to a
/// change made on another screen and take the student there; a bare
/// "Annulé" left them guessing what was lost (a stamp answer reset, then
/// a phone number erased one press later).
enum UndoNotice {
    enum Direction { case undo, redo }

    /// The notice for going from `current` to `restored`.
    static func notice(_ direction: Direction, from current: WizardState, to restored: WizardState,
                       _ context: WizardContext) -> Notice {
        let prefix = direction == .undo ? "wizard.undo." : "wizard.redo."
        let words = context.words(restored)
        switch change(from: current, to: restored, words, context.rules(for: restored.dossier)) {
        case .value(let field, let value)?:
            return Notice(prefix + "value", ["field": field, "value": value])
        case .emptied(let field)?:
            return Notice(prefix + "empty", ["field": field])
        case .entryBack(let entry)?:
            return Notice(prefix + "entryBack", ["entry": entry])
        case .entryGone(let entry)?:
            return Notice(prefix + "entryGone", ["entry": entry])
        case nil:
            return Notice(prefix + "other")
        }
    }

    enum Change: Equatable {
        /// The field now holds this value again.
        case value(field: String, value: String)
        case emptied(field: String)
        /// An entry is in the list again (its removal undone, or its addition redone).
        case entryBack(entry: String)
        /// An entry left the list (its addition undone, or its removal redone).
        case entryGone(entry: String)
    }

    /// The first field, in the order the wizard asks them, whose value
    /// differs between the two states; or the entry that came or went.
    static func change(from a: WizardState, to b: WizardState, _ words: Words, _ rules: Rules) -> Change? {
        for field in FieldRegistry.dossierFields {
            if let change = compare(field, entry: nil, a, b, words, rules, name: words(field.noticeLabelKey)) { return change }
        }
        for kind in CareKind.allCases {
            let before = a.dossier.entryCount(kind)
            let after = b.dossier.entryCount(kind)
            if after > before { return .entryBack(entry: ProblemWording.entryName(kind, after - 1, words)) }
            if after < before { return .entryGone(entry: ProblemWording.entryName(kind, before - 1, words)) }
            for index in 0..<after {
                for field in kind.fields {
                    let name = ProblemWording.entryName(kind, index, words) + ", " + words(field.noticeLabelKey)
                    if let change = compare(field, entry: index, a, b, words, rules, name: name) { return change }
                }
            }
        }
        return nil
    }

    static func compare(_ field: Field, entry: Int?, _ a: WizardState, _ b: WizardState, _ words: Words,
                        _ rules: Rules, name: String) -> Change? {
        let before = shown(field, entry: entry, in: a, words, rules)
        let after = shown(field, entry: entry, in: b, words, rules)
        guard before != after else { return nil }
        guard let after else { return .emptied(field: name) }
        return .value(field: name, value: after)
    }

    /// What the field shows: the text as typed (even when it is not valid
    /// yet), or the value the dossier holds, masked as on the review; a
    /// long value is cut, the notice is one line.
    static func shown(_ field: Field, entry: Int?, in s: WizardState, _ words: Words, _ rules: Rules) -> String? {
        let masked = field.presentation.summary == .masked
        let typed = masked ? nil : s.texts[field.path(entry: entry)].flatMap { text in
            text.contains { !$0.isWhitespace } ? text : nil
        }
        let value = typed ?? field.displayValue(in: s.dossier, entry: entry, words: words, rules: rules, masked: masked)
        guard let value, !value.isEmpty else { return nil }
        let limit = 40
        let visible = TerminalText.visible(value)
        return visible.count > limit ? String(visible.prefix(limit - 1)) + "…" : visible
    }
}
