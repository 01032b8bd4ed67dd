import DossierCore

/// The one-line prompts: another folder after a failed save; at a kiosk,
/// a CNIE then a birth date (both asked before either is checked, so the
/// answer never tells which one was wrong).
enum PromptOverlay {
    /// The `FieldNote` path of a prompt's field.
    static let path = "prompt"

    static func handle(_ overlay: Overlay, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .escape:
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
            s.resumeCNIE = ""
        case .enter:
            let text = s.prompt.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            var birthDate: CalendarDate?
            if overlay == .resumeBirthDate {
                birthDate = CalendarDate(typed: text)
                guard birthDate != nil else {
                    s.inputNote = FieldNote(path: path, notice: Notice("wizard.kiosk.birthDateFormat", kind: .error))
                    return
                }
            }
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
            switch overlay {
            case .resumeByCNIE:
                s.resumeCNIE = text
                s.overlay = .resumeBirthDate
            case .resumeBirthDate:
                if let birthDate { effects.append(.resumeByCNIE(cnie: s.resumeCNIE, birthDate: birthDate)) }
                s.resumeCNIE = ""
            case .saveElsewhere, .help, .quit, .removeEntry, .saveIncomplete, .settings, .bidiCheck:
                effects.append(.saveDossierIn(folder: text))
            }
        case .character(let c) where TextInput.isRefused(c):
            s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
        default:
            _ = s.prompt.handle(key)
        }
    }

    /// The prompt open again, empty, with why the last answer did not do
    /// (wrapped inside the window, where a status line would cut it at 40 columns).
    static func askAgain(_ overlay: Overlay, _ notice: Notice, _ s: inout WizardState) {
        s.overlay = overlay
        s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        s.resumeCNIE = ""
        s.inputNote = FieldNote(path: path, notice: notice)
    }

    static func content(_ overlay: Overlay, _ state: WizardState, _ inner: ScreenWriter, _ words: Words) -> [Line] {
        let question = switch overlay {
        case .resumeByCNIE: "wizard.kiosk.cnieQuestion"
        case .resumeBirthDate: "wizard.kiosk.birthDateQuestion"
        case .saveElsewhere, .help, .quit, .removeEntry, .saveIncomplete, .settings, .bidiCheck: "wizard.saveElsewhere.question"
        }
        var content = inner.paragraph(words(question))
        let boxWidth = max(4, inner.width - 2 * inner.margin - 2)
        let textWidth = inner.textWidth(boxWidth: boxWidth)
        let (shown, _) = state.prompt.visible(width: textWidth)
        let (padded, cells) = inner.textBox(shown, cursor: state.prompt.cursor - state.prompt.visibleStart(width: textWidth),
                                            boxWidth: boxWidth)
        content.append(Line([Segment("["), Segment(padded, .inputFocused, .underline), Segment("]")], cursor: (1, cells)))
        if let note = state.inputNote, note.path == path {
            content += inner.paragraph("⚠ " + words(note.notice.key, note.notice.arguments), .error)
        }
        content += inner.paragraph(words("wizard.prompt.keys"), .hint)
        return content
    }
}
