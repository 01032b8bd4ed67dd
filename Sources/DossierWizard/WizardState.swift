import DossierCore

/// Everything the wizard knows, as one value: it can be compared in tests,
/// kept in the undo history, and written to the draft file so that a
/// student who is interrupted finds the same screen, the same field and the
/// same half-typed text.
public struct WizardState: Codable, Equatable, Sendable {
    public var dossier: Dossier
    public var step: Step
    /// Index of the focused field in `Screens.fields(for:entry:dossier:)`.
    public var focus: Int
    /// Insertion point in the focused field's text, in characters.
    public var cursor: Int
    /// The text of every typed field as typed, by JSON path: an invalid or
    /// half-typed value stays here even though the dossier cannot hold it.
    public var texts: [String: String]
    /// The message shown under a field, by JSON path.
    public var errors: [String: Problem]
    public var language: Language
    public var overlay: Overlay?
    /// The entry being edited on screens 6–9; nil while the list is shown.
    public var entry: Int?
    /// The selected row of whichever list has the focus (entries, choices,
    /// diseases, originals, review items).
    public var listSelection: Int
    /// What was typed into a searchable list.
    public var listQuery: String
    /// First line shown of the Review, which is longer than any screen.
    public var reviewScroll: Int
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
    /// A warning to show on the welcome screen (folders that were readable
    /// by others and were made private at start).
    public var startWarning: Notice?
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

    public static let historyLimit = 100

    public init(dossier: Dossier = Dossier(), language: Language = .fr, step: Step = .welcome) {
        self.dossier = dossier
        self.step = step
        focus = 0
        cursor = 0
        texts = [:]
        errors = [:]
        self.language = language
        overlay = nil
        entry = nil
        listSelection = 0
        listQuery = ""
        reviewScroll = 0
        draftOffer = nil
        saved = nil
        notice = nil
        touched = false
        history = []
        lastEdited = nil
        bidi = .app
        bidiKnown = false
        kiosk = false
        startWarning = nil
        saveFailure = nil
        inputNote = nil
        prompt = TextInput(text: "", maxLength: WizardState.promptLimit)
        reviewReturn = nil
    }

    /// A folder path or a CNIE: long enough for any real path.
    public static let promptLimit = 4096

    /// This state with the terminal's settings of `other` (language, bidi,
    /// kiosk), which belong to the person at the keyboard, not to a draft.
    public func withSettings(of other: WizardState) -> WizardState {
        var s = self
        s.language = other.language
        s.bidi = other.bidi
        s.bidiKnown = other.bidiKnown
        s.kiosk = other.kiosk
        return s
    }

    enum CodingKeys: String, CodingKey {
        case dossier, step, focus, cursor, texts, errors, language, overlay, entry, listSelection, listQuery,
             reviewScroll, saved, touched
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(dossier: try c.decode(Dossier.self, forKey: .dossier),
                  language: try c.decode(Language.self, forKey: .language),
                  step: try c.decode(Step.self, forKey: .step))
        focus = try c.decode(Int.self, forKey: .focus)
        cursor = try c.decode(Int.self, forKey: .cursor)
        texts = try c.decode([String: String].self, forKey: .texts)
        errors = try c.decode([String: Problem].self, forKey: .errors)
        overlay = try c.decodeIfPresent(Overlay.self, forKey: .overlay)
        entry = try c.decodeIfPresent(Int.self, forKey: .entry)
        listSelection = try c.decode(Int.self, forKey: .listSelection)
        listQuery = try c.decode(String.self, forKey: .listQuery)
        reviewScroll = try c.decode(Int.self, forKey: .reviewScroll)
        saved = try c.decodeIfPresent(SavedDossier.self, forKey: .saved)
        touched = try c.decode(Bool.self, forKey: .touched)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dossier, forKey: .dossier)
        try c.encode(step, forKey: .step)
        try c.encode(focus, forKey: .focus)
        try c.encode(cursor, forKey: .cursor)
        try c.encode(texts, forKey: .texts)
        try c.encode(errors, forKey: .errors)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(overlay, forKey: .overlay)
        try c.encodeIfPresent(entry, forKey: .entry)
        try c.encode(listSelection, forKey: .listSelection)
        try c.encode(listQuery, forKey: .listQuery)
        try c.encode(reviewScroll, forKey: .reviewScroll)
        try c.encodeIfPresent(saved, forKey: .saved)
        try c.encode(touched, forKey: .touched)
    }

    /// The fields of the current screen (or entry form).
    public var fields: [FieldSpec] {
        Screens.fields(for: step, entry: entry, dossier: dossier)
    }

    public var focusedField: FieldSpec? {
        let all = fields
        return all.indices.contains(focus) ? all[focus] : nil
    }
}

/// A window over the screen that takes the keys until it is closed.
public enum Overlay: Codable, Equatable, Sendable {
    /// Help for a field (its help key) or for the screen.
    case help(key: String)
    /// Ctrl-Q / Ctrl-C: keep the draft, delete it, or stay.
    case quit
    /// Delete an entry of screens 6–9: one key to confirm.
    case removeEntry(index: Int)
    /// Saving a dossier that still has problems: says what is missing.
    case saveIncomplete(problemCount: Int)
    /// F2: language and bidi mode; `row` is the line in focus.
    case settings(row: Int)
    /// The first time Arabic is chosen: the same word shaped by the program
    /// and in logical order; the student says which one reads correctly.
    case bidiCheck(choice: Int)
    /// After a failed save, F10: the path of another folder (in `prompt`).
    case saveElsewhere
    /// Kiosk: a student finds their put-aside draft by typing their CNIE.
    case resumeByCNIE
}

/// A message about the last input into one field.
public struct FieldNote: Codable, Equatable, Sendable {
    public let path: String
    public let notice: Notice

    public init(path: String, notice: Notice) {
        self.path = path
        self.notice = notice
    }
}

/// The draft found at start, as the welcome screen describes it.
public struct DraftOffer: Codable, Equatable, Sendable {
    public let step: Step
    public let sheet: CareSheetKind

    public init(step: Step, sheet: CareSheetKind) {
        self.step = step
        self.sheet = sheet
    }
}

/// A message for the status area: a translation key and its values.
public struct Notice: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case info, success, error }
    public let key: String
    public let arguments: [String: String]
    public let kind: Kind

    public init(_ key: String, _ arguments: [String: String] = [:], kind: Kind = .info) {
        self.key = key
        self.arguments = arguments
        self.kind = kind
    }
}
