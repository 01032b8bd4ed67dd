import DossierCore

/// The whole screen for a state: a pure function, so tests read screens as
/// text and the backend paints only the cells that changed. The body is
/// the screen's own (`FormScreen.lines`, `ReviewScreen.lines`, …); this
/// adds the title, the scrolling, the status and key lines, the overlay.
public enum WizardView {
    public static func frame(_ state: WizardState, width: Int, height: Int, context: WizardContext) -> Frame {
        var frame = laidOut(state, width: width, height: height, context: context)
        frame.reordering = state.bidi
        frame.declareRows(state.language.isRightToLeft && state.bidi == .terminal ? .rightToLeft : .leftToRight)
        return frame
    }

    static func laidOut(_ state: WizardState, width: Int, height: Int, context: WizardContext) -> Frame {
        var frame = Frame(width: width, height: height)
        let words = context.words(state)
        guard width >= Wizard.minimumWidth, height >= Wizard.minimumHeight else {
            // One clear line; the state is untouched and comes back on resize.
            let writer = ScreenWriter(language: state.language, width: width, margin: 0, bidi: state.bidi)
            let lines = ScreenWriter.wrap(words("wizard.tooSmall"), width: max(1, width))
            for (row, line) in lines.prefix(height).enumerated() {
                frame.put(writer.visualOrder(line), row: row, column: 0, role: .warning, attributes: .bold)
            }
            return frame
        }
        let writer = ScreenWriter(language: state.language, width: width, bidi: state.bidi)

        frame.fill(row: 0, from: 0, count: width, role: .title)
        writer.draw(Line("amo-dossier · " + title(state, words), .title, .bold), row: 0, into: &frame)

        let bodyTop = 1
        let bodyHeight = height - 4
        let lines = body(state, writer, context, bodyHeight: bodyHeight)
        var start = windowStart(lines, height: bodyHeight, focus: state.focus, scroll: state.scroll)
        // F1's help with too little room on either side of its field (a
        // small screen): the field goes to the top, the help below it.
        if case .help(let key)? = state.overlay, state.focusedField != nil,
           let first = lines.firstIndex(where: { $0.field == state.focus }),
           let last = lines.lastIndex(where: { $0.field == state.focus }) {
            let room = max(bodyTop + first - start, height - 1 - (bodyTop + last - start))
            if room < OverlayBox.helpRows(key, state, writer, context) { start = min(first, max(0, lines.count - bodyHeight)) }
        }
        let shown = Array(lines.dropFirst(start).prefix(bodyHeight))
        for (offset, line) in shown.enumerated() {
            if let column = writer.draw(line, row: bodyTop + offset, into: &frame), state.overlay == nil {
                frame.cursor = (bodyTop + offset, column)
            }
        }
        if frame.cursor == nil, state.overlay == nil, let anchor = shown.firstIndex(where: \.anchor) {
            frame.cursor = focusCursor(frame, shown, anchor: anchor, top: bodyTop, mirrored: writer.mirrored)
        }
        let listRows: Int? = if case .disease = state.focusedField?.kind { DiseasePicker.visibleRows(bodyHeight: bodyHeight) } else { nil }
        frame.viewport = Viewport(lines: lines.count, height: bodyHeight, start: start,
                                  focusHidden: focusHidden(lines, height: bodyHeight, start: start, focus: state.focus),
                                  listRows: listRows)
        // The scroll marks go in the margin away from the text's edge.
        let markColumn = writer.mirrored ? 0 : width - 1
        if start > 0 { frame.put("▲", row: bodyTop, column: markColumn, role: .muted) }
        if start + bodyHeight < lines.count { frame.put("▼", row: bodyTop + bodyHeight - 1, column: markColumn, role: .muted) }

        if let notice = state.notice {
            let role: ColorRole = switch notice.kind {
            case .info: .hint
            case .success: .success
            case .error: .error
            }
            writer.draw(Line(words(notice.key, notice.arguments), role, .bold), row: height - 3, into: &frame)
        }
        frame.fill(row: height - 2, from: 0, count: width, role: .statusBar)
        writer.draw(Line(statusSegments(state, context)), row: height - 2, into: &frame)
        let keys = ScreenWriter.fittingKeys(words(keysKey(state, context)), width: width - 2 * writer.margin)
        writer.draw(Line(writer.isolatedKeyNames(keys), .hint), row: height - 1, into: &frame)

        if let overlay = state.overlay {
            frame.cursor = nil
            // The rows of the field (its label down to its input) or of the
            // row in focus, which F1's help leaves in view: as drawn with
            // no window open, which marks the focus.
            var bare = state
            bare.overlay = nil
            let unmarked = Array(body(bare, writer, context, bodyHeight: bodyHeight).dropFirst(start).prefix(bodyHeight))
            let focused = unmarked.indices.filter {
                unmarked[$0].anchor || (state.focusedField != nil && unmarked[$0].field == state.focus)
            }
            let input = unmarked.lastIndex(where: \.anchor)
            let focusRows = focused.first.map { first in
                (bodyTop + first)...(bodyTop + max(first, input ?? focused.last!))
            }
            let more = OverlayBox.draw(overlay, state, writer, context, &frame, top: bodyTop, height: bodyHeight,
                                       focusRows: focusRows)
            frame.viewport?.helpContinues = more
        }
        return frame
    }

    static func title(_ state: WizardState, _ words: Words) -> String {
        if case .care(let kind) = state.step, let entry = state.entry {
            return ProblemWording.entryName(kind, entry, words)
        }
        return words(state.step.titleKey)
    }

    static func body(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext,
                     bodyHeight: Int) -> [Line] {
        switch state.step {
        case .welcome: WelcomeScreen.lines(state, writer, context)
        case .review: ReviewScreen.lines(state, writer, context)
        case .done: DoneScreen.lines(state, writer, context)
        case .care(let kind) where state.entry == nil: CareListScreen.lines(kind, state, writer, context)
        case .eligibility, .careSheet, .student, .treatment, .care, .originals:
            FormScreen.lines(state, writer, context, bodyHeight: bodyHeight)
        }
    }

    /// Where the terminal cursor goes when the focus is not a text (a menu
    /// item, a yes/no answer, a checkbox, a list row, a button): on it,
    /// visible, so a screen reader that follows the cursor reads what has
    /// the focus. A selected item wrapped over several rows (one fill)
    /// gets it on its first row; a yes/no answer on the chosen "(x)";
    /// otherwise the first cell of text (the last one, in a mirrored row).
    static func focusCursor(_ frame: Frame, _ shown: [Line], anchor: Int, top: Int,
                            mirrored: Bool) -> (row: Int, column: Int)? {
        var first = anchor
        if let fill = shown[anchor].fill {
            while first > 0, shown[first - 1].fill == fill { first -= 1 }
        }
        let row = top + first
        let cells = (0..<frame.width).map { frame[row, $0].text }
        if let chosen = (1..<max(1, frame.width - 1)).first(where: { cells[$0 - 1] == "(" && cells[$0] == "x" && cells[$0 + 1] == ")" }) {
            return (row, chosen)
        }
        let text = cells.indices.filter { index in
            cells[index].unicodeScalars.contains { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }
        }
        guard let column = mirrored ? text.last : text.first else { return nil }
        return (row, column)
    }

    /// The first body line to show: the scroll asked for, or else whatever
    /// keeps the focused field and its cursor in view.
    static func windowStart(_ lines: [Line], height: Int, focus: Int, scroll: BodyScroll) -> Int {
        let maxStart = max(0, lines.count - height)
        switch scroll {
        case .top: return 0
        case .line(let line): return min(max(0, line), maxStart)
        case .followFocus: break
        }
        var start = 0
        let block = lines.indices.filter { lines[$0].field == focus }
        if let first = block.first, let last = block.last {
            if last >= start + height { start = last - height + 1 }
            if first < start { start = first }
        }
        if let anchor = lines.firstIndex(where: \.anchor) {
            if anchor >= start + height { start = anchor - height + 1 }
            if anchor < start { start = anchor }
        }
        return min(max(0, start), maxStart)
    }

    /// Whether following the focus would scroll: the focus is below the
    /// lines shown from `start`.
    static func focusHidden(_ lines: [Line], height: Int, start: Int, focus: Int) -> Bool {
        windowStart(lines, height: height, focus: focus, scroll: .followFocus) > start
    }

    // MARK: - Status and keys

    /// "Étape 5 sur 12 · 42 jours restants · Feuille de soins": the days
    /// left come before the sheet's long official name, so that a narrow
    /// screen cuts the name, never the deadline.
    static func statusSegments(_ state: WizardState, _ context: WizardContext) -> [Segment] {
        let words = context.words(state)
        var parts = [state.step.counter(on: state.dossier.sheet, rules: context.rules(for: state.dossier), words)]
        if let mailing = state.dossier.mailing {
            parts.append(words("wizard.status.mailed", ["days": String(mailing.daysSince(today: context.today))]))
        } else if let deadline = context.core.mailingDeadline(of: state.dossier) {
            parts.append(deadlineWords(deadline.daysLeft(today: context.today), words).0)
        }
        if state.step > .careSheet || state.touched {
            parts.append(context.rules(for: state.dossier).sheet(state.dossier.sheet).name(state.language))
        }
        // One run of text, so a right-to-left line keeps its parts in order.
        return [Segment(parts.joined(separator: " · "), .statusBar, .bold)]
    }

    /// Urgency in words and in colour: never colour alone.
    public static func deadlineWords(_ daysLeft: Int, _ words: Words) -> (String, ColorRole) {
        if daysLeft < 0 {
            let late = -daysLeft
            return (words("wizard.deadline.late", ["days": String(late)]), .error)
        }
        if daysLeft == 0 { return (words("wizard.deadline.today"), .error) }
        let text = words("wizard.deadline.daysLeft", ["days": String(daysLeft)])
        return (text, daysLeft <= 14 ? .warning : .success)
    }

    /// The key line says what Enter does on the row in focus: in the review,
    /// fix a problem, save, or open a screen to change (on Save, it points
    /// down to those screens, which at 80×24 sit below the last row shown).
    static func keysKey(_ state: WizardState, _ context: WizardContext) -> String {
        switch state.step {
        case .welcome: return "wizard.keys.welcome"
        case .review:
            if state.saveFailure != nil { return "wizard.keys.reviewSaveFailed" }
            let saveRow = ReviewScreen.problems(state, context).count
            let selected = state.list(.review).selected
            if selected < saveRow { return "wizard.keys.review" }
            return selected == saveRow ? "wizard.keys.reviewOnSave" : "wizard.keys.reviewOnSection"
        case .done: return state.kiosk ? "wizard.keys.doneKiosk" : "wizard.keys.done"
        case .care where state.entry == nil: return "wizard.keys.entries"
        case .eligibility, .careSheet, .student, .treatment, .care, .originals: break
        }
        switch state.focusedField?.kind {
        case .yesNo: return "wizard.keys.yesNo"
        case .choice: return "wizard.keys.choice"
        case .disease: return "wizard.keys.disease"
        case .checklist: return "wizard.keys.checklist"
        case .text, .identifier, .date, .amount, nil: return "wizard.keys.form"
        }
    }
}

extension Wizard {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public static func view(_ state: WizardState, width: Int, height: Int, context: WizardContext) -> Frame {
        WizardView.frame(state, width: width, height: height, context: context)
    }
}
