import DossierCore

/// F2: the language and who reorders Arabic. Every way of choosing a
/// language ends in `setLanguage`.
enum Settings {
    /// The first time Arabic is chosen with no bidi mode known, the check
    /// screen comes up.
    static func setLanguage(_ language: Language, _ s: inout WizardState) {
        s.language = language
        if language.isRightToLeft && !s.bidiKnown && s.overlay == nil {
            s.overlay = .bidiCheck(choice: BidiCheckOverlay.askAgain)
        }
    }

    static func cycled(_ language: Language, by step: Int) -> Language {
        let all = Language.allCases
        let index = all.firstIndex(of: language)!
        return all[(index + step + all.count) % all.count]
    }

    /// The last row: leave the full screen for the plain mode.
    static let plainModeRow = 2

    static func handle(row: Int, _ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect]) {
        switch key {
        case .enter where row == plainModeRow:
            s.overlay = nil
            effects.append(.switchToPlain)
        case .escape, .enter, .function(2), Wizard.settingsControlKey:
            s.overlay = nil
            setLanguage(s.language, &s)
        case .up, .backTab:
            s.overlay = .settings(row: max(0, row - 1))
        case .down, .tab:
            s.overlay = .settings(row: min(plainModeRow, row + 1))
        case .left, .right, .character(" "):
            if row == 0 {
                s.language = cycled(s.language, by: key == .left ? -1 : 1)
            } else if row == 1 {
                s.bidi = s.bidi == .app ? .terminal : .app
                s.bidiKnown = true
                effects.append(.saveSettings)
            }
        case .character(let c) where row == 0 && ("1"..."3").contains(c):
            s.language = Language.allCases[Int(String(c))! - 1]
        default:
            break
        }
    }

    /// A setting and its value, wrapped: a narrow box shows all of it.
    static func row(_ text: String, selected: Bool, _ writer: ScreenWriter) -> [Line] {
        ScreenWriter.wrap(text, width: max(1, writer.width - 2 * writer.margin - 2)).enumerated().map { i, part in
            Line([Segment(SelectionMark.mark(selected && i == 0) + part, selected ? .selection : .label, .bold)],
                 fill: selected ? .selection : nil)
        }
    }

    static func content(row: Int, _ state: WizardState, _ inner: ScreenWriter, _ words: Words) -> [Line] {
        var content = Settings.row(words("wizard.settings.language"), selected: row == 0, inner)
        // One language a line: a line mixing French and Arabic names
        // with their marks cannot be reordered into a readable whole.
        for (i, l) in Language.allCases.enumerated() {
            let inUse = l == state.language
            let name = inner.isolatedLTR(words("wizard.language.\(l.rawValue)"))
            content.append(Line([Segment("    "), Segment((inUse ? "(x) " : "( ) ") + "\(i + 1) " + name,
                                                        row == 0 && inUse ? .selection : .normal, inUse ? .bold : [])]))
        }
        content.append(.blank)
        content += Settings.row(words("wizard.settings.bidi") + " " + words("wizard.settings.bidi.\(state.bidi.rawValue)"),
                                selected: row == 1, inner)
        content += inner.paragraph(words("wizard.settings.bidi.help"), .hint, indent: 2)
        content.append(.blank)
        content += Settings.row(words("wizard.settings.plain"), selected: row == plainModeRow, inner)
        content.append(.blank)
        content += inner.paragraph(inner.isolatedKeyNames(words("wizard.settings.keys")), .hint)
        return content
    }
}
