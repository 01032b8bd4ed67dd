import DossierCore

/// The first time Arabic is chosen: one word shaped by this program and
/// the same in logical order; the student says which one reads correctly.
enum BidiCheckOverlay {
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
        case .enter: answer(choice == 0 ? .app : .terminal)
        case .up, .down, .left, .right, .tab, .backTab: s.overlay = .bidiCheck(choice: 1 - choice)
        // Not answered: asked again the next time Arabic is chosen.
        case .escape: s.overlay = nil
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
            var line = Line([Segment((selected ? "▸ " : "  ") + "\(i + 1)    ", selected ? .selection : .normal, .bold),
                             Segment(shown, selected ? .selection : .normal, .bold)],
                            fill: selected ? .selection : nil)
            line.preordered = true
            content.append(line)
        }
        content.append(.blank)
        content += inner.paragraph(inner.isolatedKeyNames(words("wizard.bidiCheck.keys")), .hint)
        return content
    }
}
