import DossierCore

/// One of a few options (the sheet, a lab's kind): the arrows or a digit
/// choose, each option with a line that explains it.
enum ChoiceWidget {
    static func handle(_ key: Key, _ field: Field, _ source: ChoiceSource, path: String, _ s: inout WizardState,
                       _ context: WizardContext) {
        let options = source.options(context.rules(for: s.dossier))
        var list = s.list(.choice(path))
        switch key {
        case .up, .left: list.move(-1, count: options.count)
        case .down, .right: list.move(1, count: options.count)
        case .home: list.select(0, count: options.count)
        case .end: list.select(options.count - 1, count: options.count)
        case .character(let c) where c.isASCII && c.isNumber:
            let n = Int(String(c))!
            if (1...options.count).contains(n) { list.select(n - 1, count: options.count) }
        case .character("?"), .character("؟"):
            s.overlay = .help(key: field.helpKey)
            return
        default:
            return
        }
        FormScreen.choose(field, options[list.selected].id, &s, context)
    }

    static func lines(_ field: Field, _ source: ChoiceSource, path: String, index: Int, focused: Bool,
                      _ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let words = context.words(state)
        let options = source.options(context.rules(for: state.dossier))
        let current = field.choice(in: state.dossier, entry: state.entry)
        let usable = writer.width - 2 * writer.margin
        var lines: [Line] = []
        for (i, option) in options.enumerated() {
            let chosen = option.id == current
            let highlighted = focused && i == state.list(.choice(path)).selected
            // A long label wraps under itself, after the mark and number.
            let head = "  " + (chosen ? "(x) " : "( ) ") + "\(i + 1). "
            let hanging = String(repeating: " ", count: DisplayWidth.of(head))
            let parts = ScreenWriter.wrap(words(option.labelKey), width: max(1, usable - DisplayWidth.of(head)))
            for (j, part) in parts.enumerated() {
                lines.append(Line([Segment((j == 0 ? head : hanging) + part,
                                           highlighted ? .selection : .normal, chosen ? .bold : [])],
                                  field: index, anchor: highlighted && j == parts.count - 1,
                                  fill: highlighted ? .selection : nil))
            }
            // What the choice just did (entries removed) goes right under it.
            if chosen, let note = state.inputNote, note.path == path {
                lines += writer.paragraph("⚠ " + words(note.notice.key, note.notice.arguments),
                                          .error, .bold, indent: 4, field: index)
            }
            if let explanation = option.explanationKey {
                lines += writer.paragraph(words(explanation), .hint, indent: DisplayWidth.of(head), field: index)
            }
        }
        return lines
    }
}
