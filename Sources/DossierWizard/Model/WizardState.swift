import DossierCore

/// Everything the wizard knows, as one value: it can be compared in tests,
/// kept in the undo history, and written to the draft file so that a
/// student who is interrupted finds the same screen, the same field and the
/// same half-typed text.
public struct WizardState: Codable, Equatable, Sendable {
    public var dossier: Dossier
    public var step: Step
    /// The entry being edited on a care screen; nil while its list is shown.
    public var entry: Int?
    /// Index of the focused field among the screen's fields (`Wizard.fields`).
    public var focus: Int
    /// Insertion point in the focused field's text, in characters.
    public var cursor: Int
    /// The text of every typed field as typed, by JSON path: an invalid or
    /// half-typed value stays here even though the dossier cannot hold it.
    public var texts: [String: String]
    /// The message shown under a field, by JSON path.
    public var errors: [String: Problem]
    /// Choice fields someone chose (arrowed to, or answered): a fresh
    /// dossier's sheet has a value in the model, but nobody picked it.
    public var chosen: Set<String>
    public var language: Language
    public var overlay: Overlay?
    /// Each list's selection and first row, by `ListID.key`.
    public var lists: [String: ListState]
    /// What was typed into the disease list's search.
    public var query: String
    public var scroll: BodyScroll
    /// A draft found at start, offered on the welcome screen.
    public var draftOffer: DraftOffer?
    /// Where the final dossier was written, once it was.
    public var saved: SavedDossier?
    /// A one-line message for the last action ("Brouillon enregistré").
    public var notice: Notice?
    /// True once anything was typed or chosen: only then is there a draft
    /// worth keeping, or a question to ask before quitting.
    public var touched: Bool
    /// Previous states, newest last, for Ctrl-Z. Not written to the draft.
    public var history: [WizardState]
    /// States undone, the last undone last, for Ctrl-Y; any new change
    /// forgets them. Not written to the draft.
    public var future: [WizardState]
    /// The field typed into by the last event: consecutive keystrokes in one
    /// field make one undo step, not one per letter.
    public var lastEdited: String?

    // The settings of this terminal and this run, not of the dossier:
    // never written to the draft, carried over by undo, resume and the
    // kiosk's fresh start.

    /// Who reorders Arabic: this program or the terminal.
    public var bidi: BidiMode
    /// True once the bidi mode is known (config file, `--bidi`, or the check
    /// screen answered): then choosing Arabic does not ask again.
    public var bidiKnown: Bool
    /// `--kiosk`: a shared help-desk terminal.
    public var kiosk: Bool
    /// The language the program started in: a kiosk's next student starts
    /// in it again, whatever the one before chose.
    public var startLanguage: Language
    /// A warning to show on the welcome screen (folders that were readable
    /// by others and were made private at start).
    public var startWarning: Notice?
    /// What became of the draft file, shown on the welcome screen: kept
    /// aside (unreadable), passed over (not the user's), deleted while the
    /// wizard was open.
    public var draftNotice: Notice?
    /// Why the final save failed, until a save succeeds: stays on the
    /// Review with the way out (F10, another folder).
    public var saveFailure: String?
    /// A message next to the field being typed in (control characters
    /// refused, a paste cut at the field's limit).
    public var inputNote: FieldNote?
    /// The one-line text field of a prompt overlay (another folder, a CNIE).
    public var prompt: TextInput
    /// The field the Review sent the student to fix: once it is accepted
    /// with Enter, the student is taken back to the Review.
    public var reviewReturn: String?
    /// The field whose value the last key refused to leave (Enter or Tab on
    /// a wrong INPE). The keys typed after it in the same burst (a fast
    /// typist, a slow link) are dropped: they were meant for the next
    /// field and would be typed after the refused value. Never written to
    /// a draft; cleared by the next event.
    public var refused: String?
    /// The file of the saved dossier being edited (`open`, or the welcome
    /// screen's "open a saved dossier"): saving writes that file again
    /// instead of a new one. Kept in the draft, so a reopened dossier
    /// resumed later still goes back to its own file.
    public var openedFrom: String?
    /// Kiosk: the file of the saved dossier asked for, while its owner's
    /// proof (CNIE, birth date) is asked. Never written to a draft.
    public var openingPath: String?
    /// Kiosk: the CNIE typed to resume a draft, while its birth date is
    /// asked. Never written to a draft.
    public var resumeCNIE: String
    /// A yes/no question answered by the digits just typed (see `DigitAnswers`).
    var digitAnswers: DigitAnswers?

    public static let historyLimit = 100
    /// A folder path or a CNIE: long enough for any real path.
    public static let promptLimit = 4096

    public init(dossier: Dossier = Dossier(), language: Language = .fr, step: Step = .welcome) {
        self.dossier = dossier
        self.step = step
        entry = nil
        focus = 0
        cursor = 0
        texts = [:]
        errors = [:]
        chosen = []
        self.language = language
        overlay = nil
        lists = [:]
        query = ""
        scroll = .top
        draftOffer = nil
        saved = nil
        notice = nil
        touched = false
        history = []
        future = []
        lastEdited = nil
        bidi = .app
        bidiKnown = false
        kiosk = false
        startLanguage = language
        startWarning = nil
        draftNotice = nil
        saveFailure = nil
        inputNote = nil
        prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        reviewReturn = nil
        refused = nil
        openedFrom = nil
        openingPath = nil
        resumeCNIE = ""
    }

    public func list(_ id: ListID) -> ListState { lists[id.key] ?? ListState() }

    public mutating func setList(_ id: ListID, _ state: ListState) { lists[id.key] = state }

    /// This state with the terminal's settings of `other` (language, bidi,
    /// kiosk, the language it started in), which belong to the person at the keyboard, not to a draft.
    public func withSettings(of other: WizardState) -> WizardState {
        var s = self
        s.language = other.language
        s.bidi = other.bidi
        s.bidiKnown = other.bidiKnown
        s.kiosk = other.kiosk
        s.startLanguage = other.startLanguage
        return s
    }

    enum CodingKeys: String, CodingKey {
        case dossier, step, entry, focus, cursor, texts, errors, chosen, language, overlay, lists, query, scroll,
             saved, touched, openedFrom
    }

    /// A draft of an older version keeps its dossier, its screen and its
    /// typed texts; what only arranges the screen starts afresh.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(dossier: try c.decode(Dossier.self, forKey: .dossier),
                  language: try c.decode(Language.self, forKey: .language),
                  step: try c.decode(Step.self, forKey: .step))
        entry = try c.decodeIfPresent(Int.self, forKey: .entry)
        focus = try c.decodeIfPresent(Int.self, forKey: .focus) ?? 0
        cursor = try c.decodeIfPresent(Int.self, forKey: .cursor) ?? 0
        texts = try c.decodeIfPresent([String: String].self, forKey: .texts) ?? [:]
        errors = try c.decodeIfPresent([String: Problem].self, forKey: .errors) ?? [:]
        chosen = try c.decodeIfPresent(Set<String>.self, forKey: .chosen) ?? []
        overlay = try? c.decodeIfPresent(Overlay.self, forKey: .overlay)
        lists = try c.decodeIfPresent([String: ListState].self, forKey: .lists) ?? [:]
        query = try c.decodeIfPresent(String.self, forKey: .query) ?? ""
        scroll = try c.decodeIfPresent(BodyScroll.self, forKey: .scroll) ?? .followFocus
        saved = try c.decodeIfPresent(SavedDossier.self, forKey: .saved)
        touched = try c.decodeIfPresent(Bool.self, forKey: .touched) ?? true
        openedFrom = try c.decodeIfPresent(String.self, forKey: .openedFrom)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dossier, forKey: .dossier)
        try c.encode(step, forKey: .step)
        try c.encodeIfPresent(entry, forKey: .entry)
        try c.encode(focus, forKey: .focus)
        try c.encode(cursor, forKey: .cursor)
        try c.encode(texts, forKey: .texts)
        try c.encode(errors, forKey: .errors)
        try c.encode(chosen, forKey: .chosen)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(overlay, forKey: .overlay)
        try c.encode(lists, forKey: .lists)
        try c.encode(query, forKey: .query)
        try c.encode(scroll, forKey: .scroll)
        try c.encodeIfPresent(saved, forKey: .saved)
        try c.encode(touched, forKey: .touched)
        try c.encodeIfPresent(openedFrom, forKey: .openedFrom)
    }
}
