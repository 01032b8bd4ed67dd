import DossierCore

/// The one-line prompts: another folder after a failed save, a CNIE at the kiosk.
enum PromptOverlay {
    /// The `FieldNote` path of a prompt's field.
    static let path = "prompt"

    static func handle(_ overlay: Overlay, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .escape:
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        case .enter:
            let text = s.prompt.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            s.overlay = nil
            s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
            effects.append(overlay == .saveElsewhere ? .saveDossierIn(folder: text) : .resumeByCNIE(text))
        case .character(let c) where TextInput.isRefused(c):
            s.inputNote = FieldNote(path: path, notice: Notice("wizard.input.refused", ["count": "1"], kind: .error))
        default:
            _ = s.prompt.handle(key)
        }
    }

    static func content(_ overlay: Overlay, _ state: WizardState, _ inner: ScreenWriter, _ words: Words) -> [Line] {
        let elsewhere = overlay == .saveElsewhere
        var content = inner.paragraph(words(elsewhere ? "wizard.saveElsewhere.question" : "wizard.kiosk.cnieQuestion"))
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
