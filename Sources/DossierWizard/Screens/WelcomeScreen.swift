import DossierCore

/// Screen 1: what the program does, what to have at hand, and where to
/// start (a new dossier, the draft found, the language).
enum WelcomeScreen {
    /// The choices of the welcome screen. At a kiosk the draft of whoever
    /// used the terminal before is never offered: a student finds their own
    /// by typing their CNIE.
    enum Row: Equatable, Sendable {
        case resume, start, resumeByCNIE, openSaved, language
        /// The plain mode of line prompts, for a screen reader.
        case plainMode
    }

    static func rows(_ s: WizardState) -> [Row] {
        var rows: [Row] = []
        if s.draftOffer != nil && !s.kiosk { rows.append(.resume) }
        rows.append(.start)
        if s.kiosk { rows.append(.resumeByCNIE) }
        // At a kiosk it asks its owner's proof after the file (`PromptOverlay`).
        rows.append(.openSaved)
        rows.append(.plainMode)
        rows.append(.language)
        return rows
    }

    static func handle(_ key: Key, _ s: inout WizardState, _ effects: inout [WizardEffect],
                       _ context: WizardContext) -> String? {
        let rows = rows(s)
        var list = s.list(.welcome)
        let row = rows[min(max(0, list.selected), rows.count - 1)]
        switch key {
        case .up, .backTab:
            list.move(-1, count: rows.count)
            s.setList(.welcome, list)
        case .down, .tab:
            list.move(1, count: rows.count)
            s.setList(.welcome, list)
        case _ where ArabicLayout.letter(key) == "r" && rows.contains(.resume):
            Wizard.apply(.resume, &s, &effects, context)
        case _ where ArabicLayout.letter(key) == "n":
            Wizard.apply(.startNew, &s, &effects, context)
        case _ where ArabicLayout.letter(key) == "o" && rows.contains(.openSaved):
            openPrompt(&s)
        case .left where row == .language:
            Settings.setLanguage(Settings.cycled(s.language, by: -1), &s)
        case .right where row == .language, .character(" ") where row == .language:
            Settings.setLanguage(Settings.cycled(s.language, by: 1), &s)
        case .character(let c) where row == .language && ("1"..."3").contains(c):
            Settings.setLanguage(Language.allCases[Int(String(c))! - 1], &s)
        case .enter:
            switch row {
            case .resume: Wizard.apply(.resume, &s, &effects, context)
            case .start: Wizard.apply(.startNew, &s, &effects, context)
            case .resumeByCNIE:
                s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
                s.overlay = .resumeByCNIE
            case .openSaved: openPrompt(&s)
            case .language: Settings.setLanguage(Settings.cycled(s.language, by: 1), &s)
            case .plainMode: effects.append(.switchToPlain)
            }
        default:
            break
        }
        return nil
    }

    /// The file of a saved dossier, asked in a one-line prompt.
    static func openPrompt(_ s: inout WizardState) {
        s.prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        s.overlay = .openSaved
    }

    /// What starting anew would replace: whose draft, stopped at which
    /// screen. Both front-ends ask with these words.
    static func draftReplaced(_ state: WizardState, _ words: Words) -> String? {
        guard let offer = state.draftOffer else { return nil }
        let title = words(offer.step.titleKey)
        let name = offer.studentName.trimmingSpaces
        return name.isEmpty ? words("wizard.startOver.lost", ["title": title])
            : words("wizard.startOver.lostNamed", ["name": name, "title": title])
    }

    /// The words of each row, for both front-ends.
    static func rowText(_ row: Row, _ state: WizardState, _ words: Words, _ rules: Rules) -> String {
        switch row {
        case .resume:
            let offer = state.draftOffer!
            return words("wizard.welcome.resume", ["n": String(offer.step.position(on: offer.sheet, rules: rules).number),
                                                 "title": words(offer.step.titleKey)])
        case .start:
            return words(rows(state).contains(.resume) ? "wizard.welcome.new" : "wizard.welcome.start")
        case .resumeByCNIE:
            return words("wizard.welcome.resumeByCNIE")
        case .openSaved:
            return words("wizard.welcome.open")
        case .language:
            return words("wizard.welcome.language", ["name": words("wizard.language.\(state.language.rawValue)")])
        case .plainMode:
            return words("wizard.welcome.plainMode")
        }
    }

    static func lines(_ state: WizardState, _ writer: ScreenWriter, _ context: WizardContext) -> [Line] {
        let words = context.words(state)
        var lines: [Line] = []
        // First, before anything else is read: the key to the plain mode,
        // for whoever listens to the screen. A screen reader reads the
        // cells as they are sent; an Arabic line the program reorders
        // itself reads backwards to it, so that line comes in logical
        // order too.
        lines += writer.paragraph(words("wizard.welcome.screenReader"), .hint, .bold)
        if writer.mirrored {
            for var line in ScreenWriter.wrap(words("wizard.welcome.screenReader"), width: max(1, writer.width - 2 * writer.margin))
                .map({ Line($0, .hint) }) {
                line.preordered = true
                lines.append(line)
            }
        }
        lines.append(.blank)
        for warning in [state.startWarning, state.draftNotice].compactMap({ $0 }) {
            lines += writer.paragraph("⚠ " + words(warning.key, warning.arguments), .warning, .bold)
            lines.append(.blank)
        }
        lines += writer.paragraph(words("wizard.step.welcome.intro"))
        lines.append(.blank)
        lines += writer.paragraph(words("wizard.welcome.haveAtHand"), .hint)
        lines.append(.blank)
        let selectedRow = state.list(.welcome).selected
        for (i, row) in rows(state).enumerated() {
            let selected = i == selectedRow
            let parts = ScreenWriter.wrap(rowText(row, state, words, context.rules(for: state.dossier)), width: max(1, writer.width - 2 * writer.margin - 2))
            for (j, part) in parts.enumerated() {
                let prefix = j > 0 ? "  " : SelectionMark.mark(selected)
                // The last line is the anchor, so the whole option scrolls into view.
                lines.append(Line([Segment(prefix + part, selected ? .selection : .normal, selected ? .bold : [])],
                                  anchor: selected && j == parts.count - 1, fill: selected ? .selection : nil))
            }
        }
        lines.append(.blank)
        lines += writer.paragraph(words("wizard.welcome.keys"), .hint)
        return lines
    }
}
