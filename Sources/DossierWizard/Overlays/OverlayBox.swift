import DossierCore

/// Draws the open overlay as a box over the screen, with its title and
/// its lines; at 40×12 it may cover the status lines too, so that every
/// choice it asks about is on screen.
enum OverlayBox {
    static func content(_ overlay: Overlay, _ state: WizardState, _ inner: ScreenWriter, _ context: WizardContext,
                        height: Int) -> (title: String, lines: [Line]) {
        let words = context.words(state)
        switch overlay {
        case .help(let key):
            var lines = inner.paragraph(words(key))
            lines.append(.blank)
            lines += inner.paragraph(words("wizard.help.close"), .hint)
            return (words("wizard.help.title"), lines)
        case .quit:
            var lines = inner.paragraph(words("wizard.quit.question"))
            // Who can read the draft kept: outside kiosk mode anyone who
            // uses this account next; at a kiosk only who proves it is theirs.
            let note = !state.kiosk ? "wizard.quit.nextUser"
                : state.canBePutAside ? "wizard.quit.kioskNote" : "wizard.kiosk.notPutAside"
            lines += inner.paragraph(words(note), .warning)
            lines.append(.blank)
            lines += inner.paragraph(words("wizard.quit.keep"), .normal, .bold)
            lines += inner.paragraph(words("wizard.quit.discard"), .normal, .bold)
            lines += inner.paragraph(words("wizard.quit.stay"), .hint)
            return (words("wizard.quit.title"), lines)
        case .startOverDraft:
            var lines = inner.paragraph(words("wizard.startOver.question"))
            if let lost = WelcomeScreen.draftReplaced(state, words) { lines += inner.paragraph(lost, .warning) }
            lines += inner.paragraph(words("wizard.confirm.keys"), .hint)
            return (words("wizard.startOver.title"), lines)
        case .removeEntry(let index):
            var name = ""
            if case .care(let kind) = state.step {
                let summaries = CareListScreen.summaries(kind, state.dossier, words, context.rules(for: state.dossier))
                if summaries.indices.contains(index) { name = summaries[index] }
            }
            var lines = inner.paragraph(words("wizard.remove.question", ["entry": name]))
            lines += inner.paragraph(words("wizard.confirm.keys"), .hint)
            return (words("wizard.remove.title"), lines)
        case .chooseRemoval(let selected):
            return (words("wizard.removeChoice.title"), CareListScreen.removalLines(selected, state, inner, context,
                                                                                  height: height))
        case .emptyList:
            var lines: [Line] = []
            if case .care(let kind) = state.step { lines = inner.paragraph(words("wizard.emptyList." + kind.rawValue)) }
            lines += inner.paragraph(words("wizard.emptyList.no"))
            lines += inner.paragraph(words("wizard.confirm.keys"), .hint)
            return (words("wizard.emptyList.title"), lines)
        case .saveIncomplete(let count):
            var lines = inner.paragraph(words("wizard.saveIncomplete.question", ["count": String(count)]))
            for problem in ReviewScreen.problems(state, context).errors.prefix(max(1, height - 6)) {
                lines += inner.paragraph("• " + ReviewScreen.problemText(problem, words), .warning)
            }
            lines += inner.paragraph(words("wizard.confirm.keys"), .hint)
            return (words("wizard.saveIncomplete.title"), lines)
        case .settings(let row):
            return (words("wizard.settings.title"), Settings.content(row: row, state, inner, words))
        case .bidiCheck(let choice):
            return (words("wizard.bidiCheck.title"), BidiCheckOverlay.content(choice: choice, inner, words))
        case .saveElsewhere, .resumeByCNIE, .resumeBirthDate:
            // The kiosk's proof asked to open a saved dossier says so.
            let proofTitle = state.openingPath == nil ? "wizard.kiosk.resumeTitle" : "wizard.open.title"
            let title = words(overlay == .saveElsewhere ? "wizard.saveElsewhere.title" : proofTitle)
            return (title, PromptOverlay.content(overlay, state, inner, words))
        case .openSaved:
            return (words("wizard.open.title"), PromptOverlay.content(overlay, state, inner, words))
        case .followUp:
            return (words("wizard.followUp.title"), PromptOverlay.content(overlay, state, inner, words))
        }
    }

    /// Draws the box; `focusRows`, the rows of the field or row in focus,
    /// which a help box leaves in view. True when a help box has more
    /// lines below those shown.
    @discardableResult
    static func draw(_ overlay: Overlay, _ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext,
                     _ frame: inout Frame, top: Int, height: Int, focusRows: ClosedRange<Int>? = nil) -> Bool {
        let boxWidth = min(writer.width - 2, 64)
        let inner = ScreenWriter(language: state.language, width: boxWidth - 2, margin: 1, bidi: state.bidi)
        if case .help(let key) = overlay, let focusRows {
            return drawHelp(key, state, writer, inner, context, &frame, boxWidth: boxWidth, focusRows: focusRows)
        }
        let (title, all) = content(overlay, state, inner, context, height: height)
        var content = all
        // A small screen (40×12): the blank lines go first, then the box
        // may cover the status lines too, so that every choice it asks
        // about ("press 1 or 2") is on screen.
        var top = top
        var height = height
        if content.count > height - 2 { content.removeAll { $0 == .blank } }
        if content.count > height - 2 {
            top = 0
            height = frame.height
            // Nothing of the screen behind shows round the box (a stray ▲).
            for row in 0..<frame.height { frame.fill(row: row, from: 0, count: frame.width, role: .normal) }
        }
        // Still too long: the lines shown are the ones around the row in
        // focus (the settings' last row at 40×12), not only the first.
        let room = max(1, height - 2)
        let focus = content.lastIndex { $0.fill != nil || $0.cursor != nil || $0.anchor } ?? 0
        let first = min(max(0, focus - room + 2), max(0, content.count - room))
        let shown = Array(content.dropFirst(first).prefix(room))
        box(title, shown, writer, inner, &frame, boxWidth: boxWidth, top: top + max(0, (height - shown.count - 2) / 2))
        return false
    }

    /// F1's help, away from what it explains: above the focus when the
    /// focus is in the lower half of the screen, else below it, over the
    /// status lines if need be. A help longer than that room scrolls
    /// (↓ ↑), the way to close it always in view.
    static func drawHelp(_ key: String, _ state: WizardState, _ writer: ScreenWriter, _ inner: ScreenWriter,
                         _ context: WizardContext, _ frame: inout Frame, boxWidth: Int,
                         focusRows: ClosedRange<Int>) -> Bool {
        let words = context.words(state)
        let lowerHalf = focusRows.lowerBound + focusRows.upperBound >= frame.height
        let top = lowerHalf ? 0 : focusRows.upperBound + 1
        let height = lowerHalf ? focusRows.lowerBound : frame.height - top
        let text = inner.paragraph(words(key))
        let close = inner.paragraph(words("wizard.help.close"), .hint)
        var shown: [Line]
        var more = false
        if text.count + close.count <= height - 2 {
            shown = text + (text.count + close.count + 1 <= height - 2 ? [.blank] : []) + close
        } else {
            // Below, "↓ more" while there is more, "End" once there is not:
            // at 40×12 a newcomer saw "more" on the last lines and kept
            // pressing ↓; Esc is named, not "any other key".
            let hint = inner.paragraph(words("wizard.help.scroll"), .hint)
            let room = max(1, height - 2 - hint.count)
            let first = min(state.list(.help).offset, max(0, text.count - room))
            more = first + room < text.count
            let scroll = more ? hint : inner.paragraph(words("wizard.help.scrollEnd"), .hint)
            shown = Array(text.dropFirst(first).prefix(room)) + scroll
        }
        box(words("wizard.help.title"), shown, writer, inner, &frame, boxWidth: boxWidth,
            top: lowerHalf ? max(0, top + height - shown.count - 2) : top)
        return more
    }

    /// The rows F1's help takes whole: its text, the way to close it, the
    /// box's borders.
    static func helpRows(_ key: String, _ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> Int {
        let inner = ScreenWriter(language: state.language, width: min(writer.width - 2, 64) - 2, margin: 1, bidi: state.bidi)
        let words = context.words(state)
        return inner.paragraph(words(key)).count + inner.paragraph(words("wizard.help.close"), .hint).count + 2
    }

    /// The frame, the title and the lines of a box whose top row is `boxTop`.
    static func box(_ title: String, _ shown: [Line], _ writer: ScreenWriter, _ inner: ScreenWriter,
                    _ frame: inout Frame, boxWidth: Int, top boxTop: Int) {
        var title = title
        let boxHeight = shown.count + 2
        let left = (writer.width - boxWidth) / 2
        let horizontal = String(repeating: "─", count: max(0, boxWidth - 2))
        frame.fill(row: boxTop, from: left, count: boxWidth, role: .title)
        frame.put("┌" + horizontal + "┐", row: boxTop, column: left, role: .title)
        title = inner.visualOrder(" " + title + " ")
        let titleColumn = inner.mirrored ? left + max(2, boxWidth - 2 - DisplayWidth.of(title)) : left + 2
        frame.put(title, row: boxTop, column: titleColumn, role: .title, attributes: .bold, maxWidth: boxWidth - 4)
        for (i, line) in shown.enumerated() {
            let row = boxTop + 1 + i
            guard row < frame.height - 1 else { break }
            frame.fill(row: row, from: left, count: boxWidth, role: .normal)
            frame.put("│", row: row, column: left, role: .title)
            frame.put("│", row: row, column: left + boxWidth - 1, role: .title)
            var sub = Frame(width: boxWidth - 2, height: 1)
            if let column = inner.draw(line, row: 0, into: &sub) {
                frame.cursor = (row, left + 1 + column)
            }
            for column in 0..<(boxWidth - 2) { frame[row, left + 1 + column] = sub[0, column] }
        }
        frame.put("└" + horizontal + "┘", row: min(frame.height - 1, boxTop + boxHeight - 1), column: left, role: .title)
    }
}
