import DossierCore

/// A yes/no question: o/y/1/ن and n/2/ل answer it (ن and ل sit where n and
/// l are on an Arabic keyboard, the first letters of نعم and لا), Space and the arrows toggle.
enum YesNoWidget {
    static func handle(_ key: Key, _ field: Field, path: String, _ s: inout WizardState,
                       _ effects: inout [WizardEffect], _ context: WizardContext) {
        let value = field.flag(in: s.dossier, entry: s.entry)
        switch key {
        case .down: Navigation.nextField(&s, context, screenEnd: false)
        case .up: Navigation.previousField(&s, context)
        case .left, .right, .character(" "): Wizard.apply(.setFlag(!value), &s, &effects, context)
        case .character(let c) where "oOyY1ن".contains(c):
            Wizard.apply(.setFlag(true), &s, &effects, context)
            if c == "1" { s.digitAnswers = DigitAnswers.run(s.digitAnswers, path: path, before: value) }
        case .character(let c) where "nN2ل".contains(c):
            Wizard.apply(.setFlag(false), &s, &effects, context)
            if c == "2" { s.digitAnswers = DigitAnswers.run(s.digitAnswers, path: path, before: value) }
        case .character("?"), .character("؟"): s.overlay = .help(key: field.helpKey)
        case .character:
            // A date typed here by mistake must not answer the question:
            // any other key changes nothing and says which ones do.
            s.inputNote = FieldNote(path: path, notice: Notice("wizard.yesNo.hint", kind: .error))
        default: break
        }
    }

    /// The yes/no question with the focus says which keys answer it.
    static func hintShown(_ s: WizardState) -> Bool {
        guard s.overlay == nil, let field = s.focusedField, case .yesNo = field.kind,
              let note = s.inputNote else { return false }
        return note.path == s.focusedPath && note.notice.key == "wizard.yesNo.hint"
    }

    static func line(_ field: Field, index: Int, focused: Bool, _ state: WizardState, _ words: Words) -> Line {
        let value = field.flag(in: state.dossier, entry: state.entry)
        // Numbered, since 1 and 2 answer too.
        let yes = (value ? "(x) " : "( ) ") + words("wizard.yes") + " (1)"
        let no = (value ? "( ) " : "(x) ") + words("wizard.no") + " (2)"
        let role: ColorRole = focused ? .inputFocused : .input
        return Line([Segment("    "), Segment(yes, role, value ? .bold : []), Segment("   "),
                     Segment(no, role, value ? [] : .bold)], field: index, anchor: focused)
    }
}
