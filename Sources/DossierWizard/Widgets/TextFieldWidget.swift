import DossierCore

/// A typed field (text, identifier, date, amount): editing keys, pastes,
/// and its input box.
enum TextFieldWidget {
    static func handle(_ key: Key, _ field: Field, path: String, _ s: inout WizardState,
                       _ context: WizardContext) -> String? {
        let text = FormScreen.text(field, path: path, in: s)
        switch key {
        case .down:
            Navigation.nextField(&s, context, screenEnd: false)
            return nil
        case .up:
            Navigation.previousField(&s, context)
            return nil
        case .character("?") where text.isEmpty:
            s.overlay = .help(key: field.helpKey)
            return nil
        case .character(let c) where TextInput.isRefused(c):
            s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
            return nil
        default:
            var input = TextInput(text: text, cursor: s.cursor, maxLength: field.maxLength, maxBytes: field.maxBytes)
            if case .character = key, text.count >= field.maxLength {
                s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.full", ["limit": String(field.maxLength)]))
                return nil
            }
            if case .character(let c) = key, text.utf8.count + c.utf8.count > field.maxBytes {
                s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.fullOfMarks", kind: .error))
                return nil
            }
            guard input.handle(key) else { return nil }
            s.cursor = input.cursor
            guard input.text != text else { return nil }
            FormScreen.setText(field, path: path, input.text, &s)
            return path
        }
    }

    /// Whether a paste can go straight into a text: a typed field has the
    /// focus, or a prompt is open.
    static func acceptsPaste(_ s: WizardState) -> Bool {
        if s.overlay?.isPrompt == true { return true }
        return s.overlay == nil && s.focusedField?.kind.isTyped == true
    }

    /// A paste goes into the focused field (or an open prompt), cut at the
    /// field's limit; what was cut or refused is said next to the field.
    static func paste(_ text: String, into s: inout WizardState) -> String? {
        if s.overlay?.isPrompt == true {
            let report = s.prompt.insert(text)
            s.inputNote = note(report, path: PromptOverlay.path, limit: s.prompt.maxLength)
            return nil
        }
        guard s.overlay == nil, let field = s.focusedField, field.kind.isTyped, let path = s.focusedPath else { return nil }
        let before = FormScreen.text(field, path: path, in: s)
        var input = TextInput(text: before, cursor: s.cursor, maxLength: field.maxLength, maxBytes: field.maxBytes)
        let report = input.insert(text)
        s.inputNote = note(report, path: path, limit: field.maxLength)
        s.cursor = input.cursor
        guard input.text != before else { return nil }
        FormScreen.setText(field, path: path, input.text, &s)
        return path
    }

    /// Bytes the terminal sent that are not UTF-8: said next to the field
    /// (or the open prompt) being typed into, else as the screen's notice,
    /// so a Latin-1 terminal's `é` does not just vanish.
    static func refuseInvalidText(count: Int, _ s: inout WizardState) {
        let notice = Notice("wizard.input.notUTF8", ["count": String(count)], kind: .error)
        if s.overlay == .saveElsewhere || s.overlay == .resumeByCNIE {
            s.inputNote = FieldNote(path: PromptOverlay.path, notice: notice)
        } else if s.overlay == nil, s.focusedField?.kind.isTyped == true, let path = s.focusedPath {
            s.inputNote = FieldNote(path: path, notice: notice)
        } else {
            s.notice = notice
        }
    }

    static func note(_ report: TextInput.InsertReport, path: String, limit: Int) -> FieldNote? {
        let notice: Notice
        if report.cutByBytes {
            return FieldNote(path: path, notice: Notice("wizard.input.pasteCutMarks", ["kept": String(report.kept)],
                                                        kind: .error))
        }
        switch (report.cut, report.refused > 0) {
        case (true, true):
            notice = Notice("wizard.input.cutAndRefused", ["kept": String(report.kept), "limit": String(limit),
                                                           "count": String(report.refused)], kind: .error)
        case (true, false):
            notice = Notice("wizard.input.pasteCut", ["kept": String(report.kept), "limit": String(limit)], kind: .error)
        case (false, true):
            notice = Notice("wizard.input.refused", ["count": String(report.refused)], kind: .error)
        case (false, false):
            return nil
        }
        return FieldNote(path: path, notice: notice)
    }

    /// The input box, with the format hint beside it.
    static func line(_ field: Field, path: String, index: Int, focused: Bool, _ state: WizardState,
                     _ writer: ScreenWriter, _ words: Words) -> Line {
        let usable = writer.width - 2 * writer.margin
        let boxWidth = min(usable - 4, 48)
        let typed = FormScreen.text(field, path: path, in: state)
        // A control character from a draft file is shown written out, the
        // cursor staying after the same character.
        var text = TerminalText.visible(typed)
        var cursor = focused ? min(state.cursor, typed.count) : 0
        if text != typed { cursor = TerminalText.visible(String(typed.prefix(cursor))).count }
        // A masked value (the RIB) is shown in full only while it is edited.
        if field.presentation.review == .masked && !focused { text = Identifiers.maskedRIB(text) }
        let input = TextInput(text: text, cursor: cursor, maxLength: max(field.maxLength, text.count))
        let textWidth = writer.textWidth(boxWidth: boxWidth)
        let (shown, _) = input.visible(width: textWidth)
        let (padded, column) = writer.textBox(shown, cursor: input.cursor - input.visibleStart(width: textWidth),
                                              boxWidth: boxWidth)
        var segments = [Segment("  [")]
        if focused && !writer.mirrored && padded.hasPrefix(shown) {
            // The typed text in the terminal's plain attributes, the rest
            // of the box highlighted: ncurses ends every refresh in plain
            // attributes, so a typed letter then costs the terminal one
            // byte instead of thirty (slow SSH links; see bench/).
            segments.append(Segment(shown, .normal))
            segments.append(Segment(String(padded.dropFirst(shown.count)), .inputFocused, [.underline]))
        } else {
            segments.append(Segment(padded, focused ? .inputFocused : .input, [.underline]))
        }
        segments.append(Segment("]"))
        if let format = field.kind.formatKey { segments.append(Segment(" " + words(format), .hint)) }
        return Line(segments, field: index, anchor: focused, cursor: focused ? (1, column) : nil)
    }
}
