import DossierCore

/// The one-line prompts: another folder after a failed save; the file of a
/// saved dossier to open; at a kiosk, a CNIE then a birth date (both asked
/// before either is checked, so the answer never tells which one was wrong).
enum PromptOverlay {
    /// The `FieldNote` path of a prompt's field.
    static let path = "prompt"

    static func handle(_ overlay: Overlay, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .enter:
            let text = s.prompt.text.trimmingSpaces
            guard !text.isEmpty else { return }
            if overlay == .openSaved && s.kiosk {
                // At a kiosk the file opens only with its owner's proof:
                // the same CNIE and birth date as a put-aside draft.
                s.openingPath = text
                s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
                s.overlay = .resumeByCNIE
                return
            }
            if overlay == .openSaved {
                // Stays open, the path as typed: a file that cannot be
                // opened is said beside it, and the path can be corrected.
                effects.append(.openSaved(path: text))
                return
            }
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
            case .saveElsewhere, .help, .quit, .startOverDraft, .removeEntry, .chooseRemoval, .emptyList, .saveIncomplete, .settings, .bidiCheck,
                 .openSaved, .followUp:
                effects.append(.saveDossierIn(folder: text))
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
            s.resumeCNIE = ""
            s.openingPath = nil
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

    /// The question a prompt asks.
    static func questionKey(_ overlay: Overlay) -> String {
        switch overlay {
        case .resumeByCNIE: return "wizard.kiosk.cnieQuestion"
        case .resumeBirthDate: return "wizard.kiosk.birthDateQuestion"
        case .openSaved: return "wizard.open.path"
        case .followUp(let question): return question.key
        case .saveElsewhere, .help, .quit, .startOverDraft, .removeEntry, .chooseRemoval, .emptyList, .saveIncomplete, .settings, .bidiCheck:
            return "wizard.saveElsewhere.question"
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
