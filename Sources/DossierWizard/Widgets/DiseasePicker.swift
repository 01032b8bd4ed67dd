import DossierCore

/// The chronic diseases of the edition in force, searchable by typing: a
/// student types "diab" without the accent and finds "9. Diabète…"; an
/// officer types the number from the paper.
enum DiseasePicker {
    static let pageSize = 8

    /// The diseases as choice items: the French official name, with the
    /// translation before it in another language.
    static func items(_ rules: Rules, _ language: Language) -> [ChoiceItem] {
        rules.chronicDiseases.map { d in
            ChoiceItem(number: d.number, title: d.title(language), searchTexts: [d.fr, d.name(language), d.en])
        }
    }

    static func filtered(_ s: WizardState, _ context: WizardContext) -> [ChoiceItem] {
        ChoiceSearch.filter(items(context.rules(for: s.dossier), s.language), query: s.query)
    }

    static func handle(_ key: Key, _ field: Field, _ s: inout WizardState, _ context: WizardContext) {
        let count = filtered(s, context).count
        var list = s.list(.disease)
        switch key {
        case .up: list.move(-1, count: count)
        case .down: list.move(1, count: count)
        case .pageUp: list.move(-pageSize, count: count)
        case .pageDown: list.move(pageSize, count: count)
        case .home: list.select(0, count: count)
        case .end: list.select(count - 1, count: count)
        case .backspace:
            if !s.query.isEmpty {
                s.query.removeLast()
                list = ListState()
            }
        case .character("?") where s.query.isEmpty, .character("؟") where s.query.isEmpty:
            s.overlay = .help(key: field.helpKey)
        case .character(let c) where !c.isNewline:
            if s.query.count < 40 {
                s.query.append(c)
                list = ListState()
            }
        default:
            break
        }
        // The window's height is what the last frame reported.
        if let rows = context.viewport?.listRows { list.follow(visible: rows, count: count) }
        s.setList(.disease, list)
    }

    /// How many diseases the list shows in a body of this height: less the
    /// chosen line, the search line and a margin.
    static func visibleRows(bodyHeight: Int) -> Int {
        max(3, bodyHeight - 5)
    }

    /// Enter: the selected disease becomes the dossier's.
    static func pickSelected(_ s: inout WizardState, _ context: WizardContext) {
        let items = filtered(s, context)
        let selected = s.list(.disease).selected
        guard items.indices.contains(selected), let field = s.focusedField else { return }
        FormScreen.choose(field, String(items[selected].number), &s, context)
    }

    static func lines(_ field: Field, index: Int, focused: Bool, _ state: WizardState, _ writer: ScreenWriter,
                      _ context: WizardContext, bodyHeight: Int) -> [Line] {
        let words = context.words(state)
        let rules = context.rules(for: state.dossier)
        var lines: [Line] = []
        let chosen = state.dossier.chronicDisease.flatMap { rules.disease(number: $0) }
        let chosenText = chosen.map { "\($0.number). " + $0.title(state.language) } ?? words("wizard.disease.none")
        lines += writer.paragraph(words("wizard.disease.chosen") + " " + chosenText,
                                  chosen == nil ? .warning : .success, indent: 4, field: index)
        guard focused else { return lines }
        let prompt = "    " + words("wizard.disease.search") + " "
        let query = writer.textBox(state.query, cursor: state.query.count, boxWidth: DisplayWidth.of(state.query) + 2)
        lines.append(Line([Segment(prompt, .label), Segment(query.text, .inputFocused, .underline)],
                          field: index, cursor: (1, query.cursorCells)))
        let filtered = filtered(state, context)
        if filtered.isEmpty {
            lines += writer.paragraph(words("wizard.disease.noMatch"), .warning, indent: 4, field: index)
            return lines
        }
        let visible = visibleRows(bodyHeight: bodyHeight)
        var list = state.list(.disease)
        list.select(list.selected, count: filtered.count)
        list.follow(visible: visible, count: filtered.count)
        let selection = list.selected
        for i in list.offset..<min(filtered.count, list.offset + visible) {
            let item = filtered[i]
            let selected = i == selection
            lines.append(Line([Segment("  " + SelectionMark.mark(selected) + "\(item.number). " + item.title,
                                       selected ? .selection : .normal, selected ? .bold : [])],
                              field: index, anchor: selected, fill: selected ? .selection : nil))
        }
        return lines
    }
}
