import DossierCore

/// Everything the lines of a typed field out of focus are made from (its
/// label, its box, its format, its message, its note): the key of
/// `FormScreen.textFieldMemo`. Why: every key lays the whole screen out
/// again, and typing into one field left the eight others of the Student
/// screen as they were, yet paid for their boxes, labels and formats each
/// time (a third of a typed letter, bench/). Not for the field in focus,
/// whose cursor and look follow every key.
struct TextFieldLayout: Hashable, Sendable {
    let field: String
    let path: String
    let index: Int
    let text: String
    let problem: Problem?
    let note: FieldNote?
    let writer: WriterLayout
    /// The values every text may use (`Words.standing`, from the dossier's edition).
    let standing: [String: String]

    init?(_ field: Field, path: String, index: Int, _ state: WizardState, _ writer: ScreenWriter, _ words: Words) {
        guard field.kind.isTyped, !FormScreen.isFocused(index, state) else { return nil }
        self.field = field.id
        self.path = path
        self.index = index
        text = FormScreen.text(field, path: path, in: state)
        problem = state.errors[path]
        note = state.inputNote.flatMap { $0.path == path ? $0 : nil }
        self.writer = WriterLayout(writer)
        standing = words.standing
    }
}
