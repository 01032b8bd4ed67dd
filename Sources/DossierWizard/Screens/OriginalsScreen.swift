import DossierCore

/// Screen 10: the originals the dossier needs, each ticked (Space) once it
/// is in the envelope. Its state is the checklist's `ListState`.
enum OriginalsScreen {
    static func handle(_ key: Key, _ field: Field, _ s: inout WizardState) {
        let documents = RequiredOriginals.documents(for: s.dossier)
        var list = s.list(.originals)
        switch key {
        case .up: list.move(-1, count: documents.count)
        case .down: list.move(1, count: documents.count)
        case .home, .pageUp: list.select(0, count: documents.count)
        case .end, .pageDown: list.select(documents.count - 1, count: documents.count)
        case .character(" "):
            if documents.indices.contains(list.selected) { s.dossier.originals[documents[list.selected]].toggle() }
        case .character("?"), .character("؟"):
            s.overlay = .help(key: field.helpKey)
        default:
            break
        }
        s.setList(.originals, list)
    }

    /// The selected document is, or is not, in the envelope.
    static func setChecked(_ value: Bool, _ s: inout WizardState) {
        let documents = RequiredOriginals.documents(for: s.dossier)
        let selected = s.list(.originals).selected
        if documents.indices.contains(selected) { s.dossier.originals[documents[selected]] = value }
    }

    /// The words of a document, as the checklist and the plain mode say them.
    static func documentText(_ document: Originals.Document, _ words: Words) -> String {
        words("wizard.original.\(document.rawValue)")
    }

    /// The dental sheet's own papers are the sheet itself: said under the list.
    static func reminder(_ state: WizardState, _ context: WizardContext) -> [Paragraph] {
        guard state.dossier.sheet == .dental else { return [] }
        return [Paragraph(context.words(state)("wizard.originals.dentalReminder"), .warning)]
    }

    static func lines(index: Int, focused: Bool, _ state: WizardState, _ writer: ScreenWriter,
                      _ words: Words) -> [Line] {
        let documents = RequiredOriginals.documents(for: state.dossier)
        let usable = writer.width - 2 * writer.margin
        var lines: [Line] = []
        if documents.isEmpty {
            lines += writer.paragraph(words("wizard.originals.none"), .hint, indent: 2, field: index)
        }
        let selected = state.list(.originals).selected
        for (i, document) in documents.enumerated() {
            let ticked = state.dossier.originals[document]
            let highlighted = focused && i == selected
            let wrapped = ScreenWriter.wrap(documentText(document, words), width: max(1, usable - 6))
            for (j, part) in wrapped.enumerated() {
                let prefix = j == 0 ? (ticked ? "  [x] " : "  [ ] ") : "      "
                lines.append(Line([Segment(prefix + part, highlighted ? .selection : (ticked ? .success : .normal),
                                           j == 0 && highlighted ? .bold : [])],
                                  field: index, anchor: highlighted && j == 0, fill: highlighted ? .selection : nil))
            }
        }
        return lines
    }
}
