import DossierCore

/// The one-line prompts: another folder after a failed save, a CNIE at the kiosk.
enum PromptOverlay {
    /// The `FieldNote` path of a prompt's field.
    static let path = "prompt"

    static func handle(_ overlay: Overlay, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .enter:
            let text = s.prompt.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            if overlay == .openSaved {
                // Stays open, the path as typed: a file that cannot be
                // opened is said beside it, and the path can be corrected.
                effects.append(.openSaved(path: text))
                return
            }
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
            switch overlay {
            case .saveElsewhere: effects.append(.saveDossierIn(folder: text))
            case .openSaved: effects.append(.openSaved(path: text))
            case .resumeByCNIE, .help, .quit, .removeEntry, .saveIncomplete, .settings, .bidiCheck, .followUp:
                effects.append(.resumeByCNIE(text))
            }
        default:
            edit(key, &s)
        }
    }

    /// Every key but Enter, in any prompt: Esc closes it, a control
    /// character is refused with a word, the rest edits the line.
    static func edit(_ key: Key, _ s: inout WizardState) {
        switch key {
        case .escape:
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        case .character(let c) where TextInput.isRefused(c):
            s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
        default:
            _ = s.prompt.handle(key)
        }
    }

    /// The question a prompt asks.
    static func questionKey(_ overlay: Overlay) -> String {
        switch overlay {
        case .saveElsewhere: return "wizard.saveElsewhere.question"
        case .openSaved: return "wizard.open.path"
        case .followUp(let question): return question.key
        case .resumeByCNIE, .help, .quit, .removeEntry, .saveIncomplete, .settings, .bidiCheck:
            return "wizard.kiosk.cnieQuestion"
        }
    }

    static func content(_ overlay: Overlay, _ state: WizardState, _ inner: ScreenWriter, _ words: Words) -> [Line] {
        var content = inner.paragraph(words(questionKey(overlay)))
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
