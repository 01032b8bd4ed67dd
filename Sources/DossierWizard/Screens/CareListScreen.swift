import DossierCore

/// Screens 6–9: the entries of one care kind (doctors, pharmacy purchases,
/// lab tests and imaging, dentists), a row to add one and a row to go on.
/// Its state is the list's `ListState`; an opened entry is a `FormScreen`
/// of the kind's fields.
enum CareListScreen {
    static func handle(_ key: Key, _ kind: CareKind, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        let count = s.dossier.entryCount(kind)
        let actions = actions(count)
        let rowCount = actions.count
        var list = s.list(.entries(kind))
        let letter = ArabicLayout.letter(key)
        switch key {
        case .escape:
            Wizard.apply(.back, &s, &effects, context)
        case .up, .backTab:
            list.move(-1, count: rowCount)
            s.setList(.entries(kind), list)
        case .down, .tab:
            list.move(1, count: rowCount)
            s.setList(.entries(kind), list)
        case .home, .pageUp:
            s.setList(.entries(kind), ListState(selected: 0))
        case .end, .pageDown:
            s.setList(.entries(kind), ListState(selected: actions.firstIndex(of: .next) ?? 0))
        case .insert, .character("+"),
             _ where letter == "a":
            Wizard.apply(.addEntry, &s, &effects, context)
        case _ where letter == "c" && count > 0:
            Wizard.apply(.copyLastEntry, &s, &effects, context)
        case _ where letter == "n":
            Wizard.apply(.finishList, &s, &effects, context)
        case .delete,
             _ where letter == "d":
            if list.selected < count { s.overlay = .removeEntry(index: list.selected) }
        case .character("?"), .character("؟"):
            s.overlay = .help(key: "wizard.help.screen.\(kind.rawValue)")
        case .enter:
            switch actions[min(max(0, list.selected), rowCount - 1)] {
            case .entry(let index): Wizard.apply(.openEntry(index), &s, &effects, context)
            case .add: Wizard.apply(.addEntry, &s, &effects, context)
            case .copyLast: Wizard.apply(.copyLastEntry, &s, &effects, context)
            case .next where count == 0: s.overlay = .emptyList
            case .next: Wizard.apply(.finishList, &s, &effects, context)
            case .remove: s.overlay = .chooseRemoval(selected: 0)
            }
        default:
            break
        }
        return nil
    }

    /// A row of the list.
    enum Row: Equatable {
        case entry(Int), add, copyLast, next, remove
    }

    /// The rows of a list of `count` entries: each entry, "add", once there
    /// is an entry "add a copy of the last one", "continue", and once there
    /// is an entry "remove a line": every action of the letter keys is a
    /// row reached with the arrows and Enter (a phone's keyboard, an
    /// Arabic layout).
    static func actions(_ count: Int) -> [Row] {
        (0..<count).map(Row.entry) + [.add] + (count > 0 ? [.copyLast] : []) + [.next] + (count > 0 ? [.remove] : [])
    }

    static func rows(_ count: Int) -> Int { actions(count).count }

    /// The keys of the "which line to remove?" window.
    static func chooseRemoval(_ selected: Int, _ key: Key, _ s: inout WizardState) {
        guard case .care(let kind) = s.step else {
            s.overlay = nil
            return
        }
        let count = s.dossier.entryCount(kind)
        switch key {
        case .escape:
            s.overlay = nil
        case .up, .backTab, .left:
            s.overlay = .chooseRemoval(selected: max(0, selected - 1))
        case .down, .tab, .right:
            s.overlay = .chooseRemoval(selected: min(max(0, count - 1), selected + 1))
        case .enter where selected < count:
            s.overlay = .removeEntry(index: selected)
        case .character(let c) where c.isASCII && c.isNumber:
            let n = Int(String(c))!
            if (1...count).contains(n) { s.overlay = .removeEntry(index: n - 1) }
        default:
            break
        }
    }

    static func removalLines(_ selected: Int, _ state: WizardState, _ inner: ScreenWriter, _ context: WizardContext,
                             height: Int) -> [Line] {
        let words = context.words(state)
        var lines = inner.paragraph(words("wizard.removeChoice.question"))
        if case .care(let kind) = state.step {
            let summaries = summaries(kind, state.dossier, words, context.rules(for: state.dossier))
            // On a small screen the rows around the selected one.
            let room = max(1, height - 2 - lines.count - 1)
            let first = min(max(0, selected - room + 1), max(0, summaries.count - room))
            let width = inner.width - 2 * inner.margin
            for (i, summary) in summaries.enumerated().dropFirst(first).prefix(room) {
                let isSelected = i == selected
                var text = SelectionMark.mark(isSelected) + "\(i + 1). " + summary
                if DisplayWidth.of(text) > width { text = DisplayWidth.prefix(text, fitting: width - 1) + "…" }
                lines.append(Line([Segment(text, isSelected ? .selection : .normal, isSelected ? .bold : [])],
                                  cursor: isSelected ? (0, 0) : nil, fill: isSelected ? .selection : nil))
            }
        }
        lines += inner.paragraph(inner.isolatedKeyNames(words("wizard.removeChoice.keys")), .hint)
        return lines
    }

    static func addEntry(_ kind: CareKind, _ s: inout WizardState, _ context: WizardContext) {
        s.entry = s.dossier.appendEntry(kind)
        Navigation.focusField(0, &s, context)
    }

    /// A new entry that starts as a copy of the last one (the monthly
    /// purchase at the same pharmacy): who gave the care is kept
    /// (`Field.keptInCopy`), the rest is empty, and the focus is on the
    /// first field left to type (the date).
    static func copyLastEntry(_ kind: CareKind, _ s: inout WizardState, _ context: WizardContext) {
        let count = s.dossier.entryCount(kind)
        guard count > 0 else { return }
        let source = count - 1
        let copy = s.dossier.appendEntry(kind)
        for field in kind.fields where field.keptInCopy {
            field.copyValue(in: &s.dossier, from: source, to: copy)
            let from = field.path(entry: source)
            let to = field.path(entry: copy)
            if let text = s.texts[from] { s.texts[to] = text }
            if s.chosen.contains(from) { s.chosen.insert(to) }
        }
        s.entry = copy
        Navigation.focusField(kind.fields.firstIndex { !$0.keptInCopy } ?? 0, &s, context)
        s.scroll = .followFocus
        let name = entryParts(kind, s.dossier, context.words(s), context.rules(for: s.dossier))[source].name
        s.notice = Notice("wizard.entries.copied", ["entry": name])
    }

    /// An entry opened from its list: on the first field that keeps it "to
    /// complete", each such field marked under it and the notice naming the
    /// first; else on its first field.
    static func openEntry(_ kind: CareKind, _ index: Int, _ s: inout WizardState, _ context: WizardContext) {
        s.entry = index
        let missing = incompleteFields(kind, index, s.dossier, context.rules(for: s.dossier), today: context.today)
        guard let first = missing.first, let focus = s.fields.firstIndex(where: { $0.id == first.field.id }) else {
            Navigation.focusField(0, &s, context)
            return
        }
        Navigation.focusField(focus, &s, context)
        s.scroll = .followFocus
        for (field, problem) in missing {
            let path = field.path(entry: index)
            s.errors[path] = s.errors[path] ?? problem
        }
        // The first one named, the others counted: one line of notice.
        let field = context.words(s)(first.field.labelKey)
        s.notice = missing.count == 1 ? Notice("wizard.entries.toComplete", ["field": field], kind: .error)
            : Notice("wizard.entries.toCompleteMore", ["field": field, "count": String(missing.count - 1)], kind: .error)
    }

    /// The fields of an entry whose value still has an error (a warning
    /// does not count), with the first one, in the order they are asked.
    static func incompleteFields(_ kind: CareKind, _ index: Int, _ dossier: Dossier, _ rules: Rules,
                                 today: CalendarDate) -> [(field: Field, problem: Problem)] {
        kind.fields.compactMap { field in
            let problem = field.problems(in: dossier, entry: index, rules: rules, today: today).errors.first
                ?? TextFieldCheck.problem(field.storedText(in: dossier, entry: index), path: field.path(entry: index))
            return problem.map { (field, $0) }
        }
    }

    /// Back from an entry form to its list. An entry left entirely blank
    /// (added by mistake) is dropped: nothing typed is lost by that.
    static func closeEntry(_ kind: CareKind, _ index: Int, _ s: inout WizardState) {
        let prefix = "\(kind.rawValue)[\(index)]."
        let typedSomething = s.texts.contains { $0.key.hasPrefix(prefix) && !$0.value.isEmpty }
        let blank = s.dossier.isBlankEntry(kind, at: index)
        s.entry = nil
        s.focus = 0
        if blank && !typedSomething {
            removeEntry(kind, index, &s)
        } else {
            s.setList(.entries(kind), ListState(selected: index))
        }
    }

    static func removeEntry(_ kind: CareKind, _ index: Int, _ s: inout WizardState) {
        guard index < s.dossier.entryCount(kind) else { return }
        s.dossier.removeEntry(kind, at: index)
        s.texts = reindex(s.texts, kind: kind, removed: index)
        s.errors = reindex(s.errors, kind: kind, removed: index)
        s.chosen = Set(reindex(Dictionary(uniqueKeysWithValues: s.chosen.map { ($0, true) }), kind: kind,
                               removed: index).keys)
        let count = s.dossier.entryCount(kind)
        s.setList(.entries(kind), ListState(selected: count == 0 ? count + 1 : min(index, count - 1)))
    }

    /// After removing entry `removed`, the texts and messages of the entries
    /// after it move down by one, so each stays with its entry.
    static func reindex<V>(_ values: [String: V], kind: CareKind, removed: Int) -> [String: V] {
        var result: [String: V] = [:]
        for (path, value) in values {
            guard let (field, entry) = FieldRegistry.field(atPath: path), let index = entry,
                  field.careKind == kind else {
                result[path] = value
                continue
            }
            if index == removed { continue }
            result[field.path(entry: index > removed ? index - 1 : index)] = value
        }
        return result
    }

    // MARK: - view

    /// An entry in words: its name (what a narrow line cuts first) and its
    /// date and amount (kept whole: "1 200,50 DH" without its unit is no
    /// amount). The parts are the fields the review shows, in order.
    static func entryParts(_ kind: CareKind, _ dossier: Dossier, _ words: Words,
                           _ rules: Rules) -> [(name: String, details: [String])] {
        (0..<dossier.entryCount(kind)).map { index in
            var names: [String] = []
            var details: [String] = []
            for field in kind.fields where field.presentation.review != .hidden {
                let value = field.displayValue(in: dossier, entry: index, words: words, rules: rules,
                                               masked: field.presentation.review == .masked)
                switch field.kind {
                case .date, .amount: if let value { details.append(value) }
                case .text, .identifier, .choice, .yesNo, .disease, .checklist:
                    names.append(value ?? (field.id == "\(kind.rawValue).name" ? words("wizard.entry.unnamed") : "—"))
                }
            }
            return (names.joined(separator: " · "), details)
        }
    }

    static func summaries(_ kind: CareKind, _ dossier: Dossier, _ words: Words, _ rules: Rules) -> [String] {
        entryParts(kind, dossier, words, rules).map { ([$0.name] + $0.details).joined(separator: " · ") }
    }

    /// The rows of the list: each entry's parts, with "to complete" after
    /// an entry whose own fields still have an error (a warning does not
    /// count). Both front-ends list entries with these.
    static func rows(_ kind: CareKind, _ dossier: Dossier, _ words: Words, _ rules: Rules,
                     today: CalendarDate) -> [(name: String, details: [String])] {
        entryParts(kind, dossier, words, rules).enumerated().map { i, entry in
            let incomplete = !incompleteFields(kind, i, dossier, rules, today: today).isEmpty
            return (entry.name, entry.details + (incomplete ? [words("wizard.entries.incomplete")] : []))
        }
    }

    /// One row of an entry list: the name is cut (with "…") before the date,
    /// the amount or the "to complete" mark; when even those do not fit they
    /// go on the next line, under the name.
    static func entryRow(number: Int, name: String, details: [String], width: Int) -> [String] {
        let head = "\(number). "
        let tail = details.map { " · " + $0 }.joined()
        let room = width - DisplayWidth.of(head) - DisplayWidth.of(tail)
        if DisplayWidth.of(name) <= room { return [head + name + tail] }
        if room >= 8 { return [head + DisplayWidth.prefix(name, fitting: room - 1) + "…" + tail] }
        let indent = String(repeating: " ", count: DisplayWidth.of(head))
        let nameLines = ScreenWriter.wrap(name, width: max(1, width - indent.count))
        let detailLines = ScreenWriter.wrap(details.map { $0.replacingEvery(" ", with: "\u{00A0}") }
                                                .joined(separator: " · "), width: max(1, width - indent.count))
            .map { $0.replacingEvery("\u{00A0}", with: " ") }
        return nameLines.enumerated().map { ($0.offset == 0 ? head : indent) + $0.element }
            + detailLines.map { indent + $0 }
    }

    /// The screen's lines; `kept: false` makes every row afresh, which is
    /// what a test compares the memo's rows with.
    static func lines(_ kind: CareKind, _ state: WizardState, _ writer: ScreenWriter,
                      _ context: WizardContext, kept: Bool = true) -> [Line] {
        let words = context.words(state)
        let rules = context.rules(for: state.dossier)
        var lines = writer.paragraph(words(state.step.introKey), .hint)
        lines.append(.blank)
        if state.dossier.entryCount(kind) == 0 {
            lines += writer.paragraph(words("wizard.entries.empty"), .normal)
            lines.append(.blank)
        }
        let rowWidth = writer.width - 2 * writer.margin - 2
        let request = EntryListRequest(kind: kind, dossier: state.dossier, language: state.language, rules: rules,
                                       today: context.today, rowWidth: rowWidth)
        let shown = kept ? shownRowsMemo.value(for: request) { shownRows(request, words) } : shownRows(request, words)
        let selectedRow = state.list(.entries(kind)).selected
        for (i, row) in shown.enumerated() {
            let selected = i == selectedRow
            for (j, part) in row.enumerated() {
                lines.append(Line([Segment(SelectionMark.mark(selected && j == 0) + part,
                                           selected ? .selection : .normal, selected ? .bold : [])],
                                  anchor: selected && j == row.count - 1, fill: selected ? .selection : nil))
            }
        }
        return lines
    }

    /// The rows of an entry list already made (see `RecentMemo`): moving in
    /// the list changes only which row is selected, and making every row
    /// again checked every entry on each key.
    static let shownRowsMemo = RecentMemo<EntryListRequest, [[String]]>(capacity: 4)

    /// The text of each row of the list, an entry's possibly on two lines,
    /// then the action rows.
    static func shownRows(_ request: EntryListRequest, _ words: Words) -> [[String]] {
        let kind = request.kind
        let rowWidth = request.rowWidth
        let entries = rows(kind, request.dossier, words, request.rules, today: request.today)
        var shown: [[String]] = entries.enumerated().map { i, entry in
            entryRow(number: i + 1, name: entry.name, details: entry.details, width: rowWidth)
        }
        shown.append([words("wizard.entries.add")])
        if let last = entries.last {
            // The name cut to the row, so the row stays one line.
            let room = rowWidth - DisplayWidth.of(words("wizard.entries.copy", ["entry": ""]))
            let name = DisplayWidth.of(last.name) <= room ? last.name
                : DisplayWidth.prefix(last.name, fitting: max(1, room - 1)) + "…"
            shown.append([words("wizard.entries.copy", ["entry": name])])
        }
        shown.append([words("wizard.entries.continue")])
        if !entries.isEmpty { shown.append([words("wizard.entries.remove")]) }
        return shown
    }
}
