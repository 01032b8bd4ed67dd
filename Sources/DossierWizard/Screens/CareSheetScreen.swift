import DossierCore

/// Screen 3: which sheet, and on the chronic sheet which disease and which
/// exemption agreement. Its fields are the registry's; what it adds is what
/// happens when it is left.
enum CareSheetScreen {
    /// On leaving the screen, the dossier keeps only what the chosen sheet
    /// holds: the disease and the exemption agreement's number belong to
    /// the chronic sheet, and entries of a kind the sheet takes no care of
    /// (a pharmacy purchase on a dental sheet) could be neither seen nor
    /// removed, yet the Review would count them. They leave the dossier
    /// with their texts and messages, the student is told, and one Ctrl-Z
    /// brings everything back.
    /// Returns how many entries went.
    @discardableResult
    static func settle(_ s: inout WizardState, _ context: WizardContext) -> Int {
        let sheet = s.dossier.sheet
        let rules = context.rules(for: s.dossier)
        if sheet != .chronic {
            s.dossier.chronicDisease = nil
            s.dossier.chronicExemptionNumber = nil
            s.texts["chronicExemptionNumber"] = nil
            s.errors["chronicExemptionNumber"] = nil
        }
        var removed = 0
        for kind in CareKind.allCases where !rules.takes(kind, on: sheet) {
            removed += s.dossier.entryCount(kind)
            s.dossier.removeEntries(kind)
            let prefix = "\(kind.rawValue)["
            s.texts = s.texts.filter { !$0.key.hasPrefix(prefix) }
            s.errors = s.errors.filter { !$0.key.hasPrefix(prefix) }
            s.chosen = s.chosen.filter { !$0.hasPrefix(prefix) }
        }
        if removed > 0 {
            s.notice = Notice("wizard.sheet.entriesRemoved",
                              ["count": String(removed), "sheet": context.words(s)("wizard.sheet.\(sheet.rawValue).name")],
                              kind: .error)
        }
        return removed
    }
}
