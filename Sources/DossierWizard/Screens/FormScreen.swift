import DossierCore

/// A screen of fields: eligibility, care sheet, student, treatment,
/// originals and the form of one care entry. Its state is the wizard's
/// focus, cursor, texts and lists; its fields come from `FieldRegistry`,
/// each drawn and driven by the widget of its kind. What a particular
/// screen adds (a verdict, a deadline) is that screen's `panel`.
enum FormScreen {
    // MARK: - update

    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        guard let field = s.focusedField, let path = s.focusedPath else {
            switch key {
            case .escape: Wizard.apply(.back, &s, &effects, context)
            case .enter: Wizard.apply(.accept, &s, &effects, context)
            default: break
            }
            return nil
        }
        // PgUp and PgDn read what does not fit (a verdict longer than the
        // window at 40×12); any other key brings the focus back into view.
        if case .line = s.scroll, key != .pageUp, key != .pageDown { s.scroll = .followFocus }
        switch key {
        case .pageUp where !field.kind.isList, .pageDown where !field.kind.isList:
            scroll(by: key == .pageUp ? -1 : 1, &s, context)
            return nil
        case .escape:
            Wizard.apply(.back, &s, &effects, context)
            return nil
        case .enter:
            if case .disease = field.kind { DiseasePicker.pickSelected(&s, context) }
            Wizard.apply(.accept, &s, &effects, context)
            return nil
        case .tab:
            Navigation.nextField(&s, context, screenEnd: false)
            return nil
        case .backTab:
            Navigation.previousField(&s, context)
            return nil
        default:
            break
        }
        switch field.kind {
        case .text, .identifier, .date, .amount:
            return TextFieldWidget.handle(key, field, path: path, &s, context)
        case .yesNo:
            YesNoWidget.handle(key, field, path: path, &s, &effects, context)
        case .choice(let source):
            ChoiceWidget.handle(key, field, source, path: path, &s, context)
        case .disease:
            DiseasePicker.handle(key, field, &s, context)
        case .checklist:
            OriginalsScreen.handle(key, field, &s)
        }
        return nil
    }

    /// A window's height up or down, as far as the body goes.
    static func scroll(by pages: Int, _ s: inout WizardState, _ context: WizardContext) {
        guard let viewport = context.viewport else { return }
        let from: Int
        if case .line(let line) = s.scroll { from = line } else { from = viewport.start }
        s.scroll = .line(min(viewport.maxStart, max(0, from + pages * max(1, viewport.height - 1))))
    }

    /// The text a typed field shows: as typed, else the dossier's value.
    static func text(_ field: Field, path: String, in s: WizardState) -> String {
        s.texts[path] ?? field.text(in: s.dossier, entry: s.entry)
    }

    static func setText(_ field: Field, path: String, _ text: String, _ s: inout WizardState) {
        s.texts[path] = text
        field.commit(text, into: &s.dossier, entry: s.entry)
        // A corrected value clears its message at once; a new one waits for
        // the field to be left, so the student is not scolded mid-typing.
        s.errors[path] = nil
    }

    /// A choice or a disease picked: recorded as chosen by the student.
    static func choose(_ field: Field, _ id: String, _ s: inout WizardState, _ context: WizardContext) {
        guard let path = s.focusedPath else { return }
        switch field.kind {
        case .choice(let source):
            let options = source.options(context.rules(for: s.dossier))
            guard let index = options.firstIndex(where: { $0.id == id }) else { return }
            s.setList(.choice(path), ListState(selected: index))
            // Only the choice moves here: what a new sheet cannot hold is
            // let go when the screen is left (`CareSheetScreen.settle`), so
            // arrowing past "dental" on the way loses nothing.
            if field.choice(in: s.dossier, entry: s.entry) != id { field.setChoice(id, in: &s.dossier, entry: s.entry) }
            s.chosen.insert(path)
        case .disease:
            guard let number = Int(id), context.rules(for: s.dossier).disease(number: number) != nil else { return }
            field.setChoice(id, in: &s.dossier, entry: s.entry)
            s.errors[path] = nil
            s.chosen.insert(path)
        case .text, .identifier, .date, .amount, .yesNo, .checklist:
            break
        }
    }

    // MARK: - view

    /// `kept`: the typed fields out of focus from `textFieldMemo` (false
    /// only in the test that holds the memo to laying everything out).
    static func lines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext,
                      bodyHeight: Int, kept: Bool = true) -> [Line] {
        let words = context.words(state)
        var lines: [Line] = []
        if state.entry == nil {
            lines += writer.paragraph(words(state.step.introKey), .hint)
            lines.append(.blank)
        }
        let fields = state.fields
        for (index, field) in fields.enumerated() {
            let path = field.path(entry: state.entry)
            if kept, let layout = TextFieldLayout(field, path: path, index: index, state, writer, words) {
                lines += textFieldAtIndex.value(for: layout, slot: index) {
                    textFieldMemo.value(for: layout) {
                        fieldLines(field, index: index, state, writer, context, bodyHeight: bodyHeight)
                    }
                }
            } else {
                lines += fieldLines(field, index: index, state, writer, context, bodyHeight: bodyHeight)
            }
        }
        // The panel (eligibility verdict, deadline) answers the last
        // question: it scrolls into view together with it.
        for paragraph in panel(state, context) {
            lines += writer.lines(paragraph, field: fields.count - 1)
        }
        return lines
    }

    /// What a screen says beside its fields, in words both front-ends use.
    static func panel(_ state: WizardState, _ context: WizardContext) -> [Paragraph] {
        switch state.step {
        case .eligibility: EligibilityScreen.verdict(state, context)
        case .treatment: TreatmentScreen.deadline(state, context)
        case .originals: OriginalsScreen.reminder(state, context)
        case .welcome, .careSheet, .student, .care, .review, .done: []
        }
    }

    /// The lines of the typed fields out of focus, kept by what they are
    /// made from (`TextFieldLayout`).
    static let textFieldMemo = BoundedMemo<TextFieldLayout, [Line]>(capacity: 256)
    /// The field last laid out at each place of the form, checked first:
    /// a key changes one field, and the others are found without hashing
    /// their texts.
    static let textFieldAtIndex = SlotMemo<TextFieldLayout, [Line]>(slots: 64)

    /// The label of a field as it is asked: "(optional)" after a text
    /// that may stay empty, and on screen a star after a required one; a
    /// recommended one has neither.
    static func label(_ field: Field, _ words: Words, starred: Bool = true) -> String {
        if field.required { return words(field.labelKey) + (starred ? " *" : "") }
        if field.marksOptional { return words("wizard.field.optional", ["label": words(field.labelKey)]) }
        return words(field.labelKey)
    }

    /// Whether the field at `index` is drawn with the focus (no window over it).
    static func isFocused(_ index: Int, _ state: WizardState) -> Bool {
        index == state.focus && state.overlay == nil
    }

    /// The lines of one field: its label, its input, its messages.
    static func fieldLines(_ field: Field, index: Int, _ state: WizardState, _ writer: ScreenWriter,
                           _ context: WizardContext, bodyHeight: Int) -> [Line] {
        let words = context.words(state)
        let path = field.path(entry: state.entry)
        let focused = isFocused(index, state)
        var lines: [Line] = []
        let usable = writer.width - 2 * writer.margin
        for (i, part) in ScreenWriter.wrap(label(field, words), width: max(1, usable - 2)).enumerated() {
            let prefix = i > 0 ? "  " : (focused ? "› " : "  ")
            lines.append(Line([Segment(prefix + part, .label, focused ? .bold : [])], field: index))
        }
        switch field.kind {
        case .text, .identifier, .date, .amount:
            var input = TextFieldWidget.line(field, path: path, index: index, focused: focused, state, writer, words)
            // The format ("JJ/MM/AAAA") beside the box when it fits, else
            // under it: never cut to "JJ/MM/A".
            if let format = field.kind.formatKey,
               input.segments.reduce(0, { $0 + DisplayWidth.of($1.text) }) > usable {
                input.segments.removeLast()
                lines.append(input)
                lines += writer.paragraph(words(format), .hint, indent: 3, field: index)
            } else {
                lines.append(input)
            }
        case .yesNo:
            lines.append(YesNoWidget.line(field, index: index, focused: focused, state, words))
        case .choice(let source):
            lines += ChoiceWidget.lines(field, source, path: path, index: index, focused: focused, state, writer, context)
        case .disease:
            lines += DiseasePicker.lines(field, index: index, focused: focused, state, writer, context,
                                         bodyHeight: bodyHeight)
        case .checklist:
            lines += OriginalsScreen.lines(index: index, focused: focused, state, writer, words)
        }
        if let problem = state.errors[path] {
            // An empty required field and a warning are said softly: neither
            // keeps the student here.
            let later = problem.isError && Navigation.isMissing(problem)
            let soft = later || !problem.isError
            let text = "⚠ " + words.message(problem) + (later ? " — " + words("wizard.field.missingLater") : "")
            lines += writer.paragraph(text, soft ? .warning : .error, soft ? [] : .bold, indent: 2, field: index)
        }
        if let note = state.inputNote, note.path == path, !field.kind.isList {
            lines += writer.paragraph("⚠ " + words(note.notice.key, note.notice.arguments),
                                      note.notice.kind == .error ? .error : .warning, .bold, indent: 2, field: index)
        }
        if let noteKey = field.noteKey {
            lines += writer.paragraph(words(noteKey), .hint, indent: 4, field: index)
        }
        lines.append(Line([], field: index))
        return lines
    }
}
