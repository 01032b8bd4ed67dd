import DossierCore

/// The first time Arabic is chosen: one word shaped by this program and
/// the same in logical order; the student says which one reads correctly.
/// The third choice, "ask me again", is the one selected at first: Enter
/// pressed by someone who cannot see the samples (a screen reader) must not
/// answer for them. For that reader the question and the choices are also
/// written in logical order (the shaped lines are noise to a screen reader).
enum BidiCheckOverlay {
    /// The choice selected when the check opens.
    static let askAgain = 2
    static func handle(choice: Int, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        func answer(_ mode: BidiMode) {
            s.bidi = mode
            s.bidiKnown = true
            s.overlay = nil
            effects.append(.saveSettings)
        }
        switch key {
        case .character("1"): answer(.app)
        case .character("2"): answer(.terminal)
        case .enter where choice == 0: answer(.app)
        case .enter where choice == 1: answer(.terminal)
        case .down, .right, .tab: s.overlay = .bidiCheck(choice: (choice + 1) % 3)
        case .up, .left, .backTab: s.overlay = .bidiCheck(choice: (choice + 2) % 3)
        // Not answered: asked again the next time Arabic is chosen.
        case .escape, .enter, .character("3"): s.overlay = nil
        default: break
        }
    }

    static func content(choice: Int, _ inner: ScreenWriter, _ words: Words) -> [Line] {
        var content = inner.paragraph(words("wizard.bidiCheck.question"))
        content.append(.blank)
        // The sample is sent both ways whatever the current mode: these
        // two lines are never reordered again.
        let sample = words.table.text("wizard.bidiCheck.sample", .ar)
        for (i, shown) in [BidiText.visual(sample, rightToLeft: true), sample].enumerated() {
            let selected = i == choice
            var line = Line([Segment(SelectionMark.mark(selected) + "\(i + 1)    ", selected ? .selection : .normal, .bold),
                             Segment(shown, selected ? .selection : .normal, .bold)],
                            fill: selected ? .selection : nil)
            line.preordered = true
            content.append(line)
        }
        let later = choice == askAgain
        // Wrapped under its number, so a narrow box cuts no word.
        let parts = ScreenWriter.wrap(words("wizard.bidiCheck.later"), width: max(1, inner.width - 2 * inner.margin - 7))
        for (j, part) in parts.enumerated() {
            let head = j > 0 ? "       " : SelectionMark.mark(later) + "3    "
            content.append(Line([Segment(head + part, later ? .selection : .normal, .bold)],
                                anchor: later && j == 0, fill: later ? .selection : nil))
        }
        if inner.mirrored {
            // The same question and choices, in logical order.
            content.append(.blank)
            let logical = words("wizard.bidiCheck.question") + " 3: " + words("wizard.bidiCheck.later")
            for var line in inner.paragraph(logical, .hint) {
                line.preordered = true
                content.append(line)
            }
        }
        content.append(.blank)
        content += inner.paragraph(inner.isolatedKeyNames(words("wizard.bidiCheck.keys")), .hint)
        return content
    }
}
