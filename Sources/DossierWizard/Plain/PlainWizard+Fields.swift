import DossierCore
import FoundationEssentials

/// The questions of the fields: typed, yes/no, a choice, a disease.
extension PlainWizard {
    mutating func askTyped(_ field: Field, _ path: String) -> Move {
        if let note = field.noteKey { say(words(note)) }
        let current = FormScreen.text(field, path: path, in: state)
        // The bracket offers what Enter keeps: only a value that stands. A
        // refused answer offered back would make Enter repeat its error.
        var kept = current
        if let problem = field.problem(typing: current, in: state.dossier, entry: state.entry,
                                       rules: context.rules(for: state.dossier), today: context.today),
           problem.isError, !Navigation.isMissing(problem) {
            kept = standing[path] ?? ""
        }
        let shown = field.presentation.review == .masked && !kept.isEmpty ? Identifiers.maskedRIB(kept) : kept
        let reply = read(prompt(FormScreen.label(field, words, starred: false), format: field.kind.formatKey.map { words($0) }, current: shown))
        if let move = common(reply, help: words(field.helpKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        let trimmed = typed.trimmingSpaces
        let text = trimmed.isEmpty ? kept : (trimmed == "-" ? "" : trimmed)
        if text.count > field.maxLength {
            say(words("plain.error.tooLong", ["label": words(field.labelKey), "expected": words(Self.expectedKey(field.kind)),
                                              "max": String(field.maxLength)]))
            return .next
        }
        if text.utf8.count > field.maxBytes {
            say(words("plain.error.tooManyMarks"))
            return .next
        }
        send(.setText(text))
        guard accept(path) else {
            standing[path] = kept
            return .next
        }
        standing[path] = nil
        if field.required, let problem = state.errors[path], Navigation.isMissing(problem) {
            say(words("plain.field.missing"))
        }
        return .next
    }

    /// What a typed field expects, in words: a too-long answer says it,
    /// not only the limit (a date pasted with the time, a CNIE with its
    /// holder's name).
    static func expectedKey(_ kind: FieldKind) -> String {
        switch kind {
        case .date: "plain.expected.date"
        case .amount: "plain.expected.amount"
        case .identifier(let identifier): "plain.expected.\(identifier.rawValue)"
        case .text, .yesNo, .choice, .disease, .checklist: "plain.expected.text"
        }
    }

    mutating func askYesNo(_ field: Field) -> Move {
        let current = field.flag(in: state.dossier, entry: state.entry)
        let reply = read(prompt(words(field.labelKey), format: yesNoFormat, current: yesNoWord(current)))
        if let move = common(reply, help: words(field.helpKey)) { return move }
        guard case .answer(let typed) = reply else { return .next }
        if !typed.trimmingSpaces.isEmpty {
            guard let value = PlainInput.yesNo(typed) else {
                say(words("plain.error.yesNo"))
                return .next
            }
            send(.setFlag(value))
        }
        send(.accept)
        return .next
    }

    /// The care sheet and a lab's kind: numbered lines, a number picks, a
    /// word filters.
    mutating func askChoice(_ field: Field, _ path: String, _ source: ChoiceSource) -> Move {
        let options = source.options(context.rules(for: state.dossier))
        let items = options.enumerated().map { i, option in
            ChoiceItem(number: i + 1, title: words(option.labelKey),
                       searchTexts: [words(option.labelKey), words.table.text(option.labelKey, .fr)])
        }
        for (i, option) in options.enumerated() {
            let explanation = option.explanationKey.map { " — " + words($0) } ?? ""
            say("\(i + 1). " + words(option.labelKey) + explanation)
        }
        let currentIndex = state.chosen.contains(path)
            ? options.firstIndex { $0.id == field.choice(in: state.dossier, entry: state.entry) } : nil
        return choose(pick(from: items, label: words(field.labelKey), help: words(field.helpKey),
                           current: currentIndex.map { items[$0] })) { options[$0.number - 1].id }
    }

    /// The diseases: a word searches the French official name and its
    /// translation ("diab" → 9 Diabète…), a number picks from the official list.
    mutating func askDisease(_ field: Field) -> Move {
        let items = DiseasePicker.items(context.rules(for: state.dossier), language)
        say(words("plain.disease.hint", ["count": String(items.count)]))
        let current = state.dossier.chronicDisease.flatMap { n in items.first { $0.number == n } }
        return choose(pick(from: items, label: words(field.labelKey), help: words(field.helpKey), current: current)) {
            String($0.number)
        }
    }

    /// What was picked becomes the field's value (its id), and the field is
    /// accepted; a kept value is accepted as it is.
    mutating func choose(_ picked: Picked, id: (ChoiceItem) -> String) -> Move {
        switch picked {
        case .picked(let item):
            send(.choose(id(item)))
            send(.accept)
        case .kept:
            send(.accept)
        case .other(let move):
            return move
        }
        return .next
    }

    enum Picked {
        case picked(ChoiceItem)
        case kept
        case other(Move)
    }

    func line(_ item: ChoiceItem) -> String { "\(item.number). \(item.title)" }

    mutating func pick(from items: [ChoiceItem], label: String, help: String, current: ChoiceItem?) -> Picked {
        let numbers = items.map(\.number)
        let range = ["first": String(numbers.min() ?? 1), "last": String(numbers.max() ?? 1)]
        let format = words("plain.choice.format", range)
        while true {
            let reply = read(prompt(label, format: format, current: current.map(line)))
            if let move = common(reply, help: help) { return .other(move) }
            guard case .answer(let typed) = reply else { continue }
            let trimmed = typed.trimmingSpaces
            if trimmed.isEmpty {
                if current != nil { return .kept }
                // Nothing chosen yet: never take the first line silently.
                say(words("plain.choice.required"))
                if items.count > 5 { items.forEach { say(line($0)) } }
                continue
            }
            if let n = PlainInput.number(trimmed) {
                if let item = items.first(where: { $0.number == n }) {
                    say(words("plain.choice.chosen", ["choice": line(item)]))
                    return .picked(item)
                }
                say(words("plain.choice.outOfRange", range))
                continue
            }
            let matches = ChoiceSearch.filter(items, query: trimmed)
            if matches.isEmpty {
                say(words("plain.choice.noMatch", ["query": trimmed]))
                continue
            }
            if matches.count > 1 {
                say(words("plain.choice.several", ["count": String(matches.count)]))
                matches.forEach { say(line($0)) }
                continue
            }
            switch confirm(words("plain.choice.confirm", ["choice": line(matches[0])]), help: help) {
            case .yes:
                say(words("plain.choice.chosen", ["choice": line(matches[0])]))
                return .picked(matches[0])
            case .no, .other(.next):
                continue
            case .other(let move):
                return .other(move)
            }
        }
    }

    enum Confirmation {
        case yes, no
        case other(Move)
    }

    /// A yes/no question whose Enter means yes (the one match of a search).
    mutating func confirm(_ question: String, help: String) -> Confirmation {
        while true {
            let reply = read(prompt(question, format: yesNoFormat, current: yesNoWord(true)))
            switch reply {
            case .back, .help: return .other(.next)
            case .quit, .endOfInput, .signal:
                if let move = common(reply, help: help) { return .other(move) }
            case .answer(let typed):
                if typed.trimmingSpaces.isEmpty { return .yes }
                guard let value = PlainInput.yesNo(typed) else {
                    say(words("plain.error.yesNo"))
                    continue
                }
                return value ? .yes : .no
            }
        }
    }
}
