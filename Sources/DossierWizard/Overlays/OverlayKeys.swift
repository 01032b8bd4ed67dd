import DossierCore

/// The keys of the window that is open over the screen.
enum OverlayKeys {
    static func handle(_ overlay: Overlay, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) {
        switch overlay {
        case .help:
            // A help longer than its room scrolls; any other key closes it.
            var list = s.list(.help)
            switch key {
            case .down where context.viewport?.helpContinues == true:
                list.offset += 1
                s.setList(.help, list)
            case .up where list.offset > 0:
                list.offset -= 1
                s.setList(.help, list)
            case .down where list.offset > 0:
                break // the end of a help read with ↓: one more ↓ does not close it unread
            default:
                s.overlay = nil
                s.lists[ListID.help.key] = nil
            }
        case .quit:
            switch key {
            case .character("1"):
                s.overlay = nil
                effects += [.saveDraft, .quit]
            case .character("2"):
                s.overlay = nil
                effects += [.deleteDraft, .quit]
            case .escape, .character("3"):
                s.overlay = nil
            default:
                break
            }
        case .startOverDraft, .removeEntry, .emptyList, .saveIncomplete:
            confirm(overlay, isYes(key), &s, &effects, context)
        case .chooseRemoval(let selected):
            CareListScreen.chooseRemoval(selected, key, &s)
        case .settings(let row):
            Settings.handle(row: row, key, &s, &effects)
        case .bidiCheck(let choice):
            BidiCheckOverlay.handle(choice: choice, key, &s, &effects)
        case .saveElsewhere, .resumeByCNIE, .resumeBirthDate, .openSaved:
            PromptOverlay.handle(overlay, key, &s, &effects)
        case .followUp(let question):
            FollowUpOverlay.handle(question, key, &s, &effects, context)
        }
    }

    /// The answer to a window that asks yes or no; any other window closes.
    static func confirm(_ overlay: Overlay, _ yes: Bool, _ s: inout WizardState, _ effects: inout [WizardEffect],
                        _ context: WizardContext) {
        s.overlay = nil
        switch overlay {
        case .startOverDraft:
            if yes { Wizard.startNew(&s, context) }
        case .removeEntry(let index):
            if yes, case .care(let kind) = s.step { CareListScreen.removeEntry(kind, index, &s) }
        case .emptyList:
            // No: back on the list, on "add", where Enter opens a line.
            if yes { Wizard.apply(.finishList, &s, &effects, context) } else if case .care(let kind) = s.step {
                s.setList(.entries(kind), ListState(selected: 0))
            }
        case .saveIncomplete:
            if yes { effects.append(.saveDossier) }
        case .help, .quit, .chooseRemoval, .settings, .bidiCheck, .saveElsewhere, .resumeByCNIE, .resumeBirthDate, .openSaved, .followUp:
            break
        }
    }

    /// The key that confirms: o, y, 1 or the Arabic ن.
    static func isYes(_ key: Key) -> Bool {
        switch key {
        case .character(let c): "oOyY1ن".contains(c)
        default: false
        }
    }
}
