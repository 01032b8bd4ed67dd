import DossierCore
import Foundation

/// How a person fills the wizard in a real terminal: read the screen, see
/// which field has the focus (the `›` before its label, mapped to the field
/// through the translation tables), type that field's answer, check it is
/// on screen, press Enter. Fields are named by identity, as the wizard's
/// own tests name them (`student.cnie`, `practitioners[0].inpe` or
/// `practitioners.inpe` for every doctor), never by counting Enter
/// presses: a field added to a screen is passed with Enter and breaks no
/// test that does not answer it. Waiting for a settled screen between
/// steps is what keeps keys from sharing one read with the next command
/// (see `TmuxSession.pressAndWaitForChange`), never a fixed sleep.
extension TmuxSession {
    /// The settled screen, read.
    func read(language: Language = .en) throws -> WizardScreen {
        WizardScreen(try waitUntil("a screen") { !$0.isEmpty }, language: language)
    }

    /// Waits until the field at `path` (or of that id, in any entry) has
    /// the focus, pressing nothing.
    @discardableResult
    func waitForFocus(on path: String, language: Language = .en) throws -> WizardScreen {
        try waitForFocus("the focus on \(path)", language: language) { Self.names($0, path) }
    }

    /// Waits until a field other than the one at `path` has the focus.
    @discardableResult
    func waitForFocus(leaving path: String, language: Language = .en) throws -> WizardScreen {
        try waitForFocus("the focus to leave \(path)", language: language) { !Self.names($0, path) }
    }

    private func waitForFocus(_ what: String, language: Language,
                              _ condition: ((field: Field, path: String)) -> Bool) throws -> WizardScreen {
        // A label that is no field is worth more than a timeout: it is kept
        // and thrown if the condition never holds.
        var failure: Error?
        do {
            return WizardScreen(try waitUntil(what) { text in
                do {
                    defer { failure = nil }
                    return try WizardScreen(text, language: language).focusedField().map(condition) ?? false
                } catch {
                    failure = error
                    return false
                }
            }, language: language)
        } catch {
            throw failure ?? error
        }
    }

    /// Moves the focus to the field at `path` on the current screen with
    /// Enter, keeping every field passed on the way as it is.
    @discardableResult
    func focus(_ path: String, language: Language = .en) throws -> WizardScreen {
        try answer([:], until: path, language: language)
    }

    /// Goes through the current form screen (or entry) as a student does:
    /// each field in focus gets its answer from `answers`, by JSON path or
    /// by field id, then Enter; a field without an answer gets Enter alone.
    /// A text is typed over what the field held; a yes/no answer is the key
    /// `y` or `n`; a choice, its number. Returns the screen that follows,
    /// or, with `until`, the screen once that field has the focus (nothing
    /// typed in it yet).
    @discardableResult
    func answer(_ answers: [String: String], until stop: String? = nil,
                language: Language = .en) throws -> WizardScreen {
        var screen = try read(language: language)
        let title = screen.title
        var fields = 0
        while screen.title == title, let (field, path) = try screen.focusedField() {
            if let stop, Self.names((field, path), stop) { return screen }
            fields += 1
            if fields > 100 { throw Self.failure("the screen never ends", screen) }
            if let value = answers[path] ?? answers[field.id] {
                screen = try type(value, into: field, on: screen, language: language)
            }
            screen = try enter(leaving: screen, language: language)
        }
        if let stop { throw Self.failure("the screen ended before \(stop) had the focus", screen) }
        return screen
    }

    /// Types `value` into the focused field and waits for it on screen.
    private func type(_ value: String, into field: Field, on screen: WizardScreen,
                      language: Language) throws -> WizardScreen {
        switch field.kind {
        case .text, .identifier, .date, .amount, .disease:
            // Over the text already there (a resumed draft, a screen seen before).
            if screen.focusedText?.isEmpty == false {
                try pressAndWaitForChange("C-u")
            }
            if value.isEmpty { return try read(language: language) }
            try type(value)
            let tail = String(value.suffix(16))
            return WizardScreen(try waitUntil("\"\(tail)\" in its field") {
                WizardScreen($0, language: language).focusedWidget?.contains(tail) == true
            }, language: language)
        case .yesNo:
            let yes = ["y", "o", "1"].contains(value.lowercased())
            try press(value)
            let chosen = "(x) " + screen.words(yes ? "wizard.yes" : "wizard.no")
            return WizardScreen(try waitUntil("\(chosen) in its field") {
                WizardScreen($0, language: language).focusedWidget?.contains(chosen) == true
            }, language: language)
        case .choice:
            try press(value)
            return WizardScreen(try waitFor("(x) \(value)."), language: language)
        case .checklist:
            throw Self.failure("\(field.id) is a checklist: tick it with tickAllOriginals", screen)
        }
    }

    /// Enter, then the settled screen once the focus has left that field.
    private func enter(leaving screen: WizardScreen, language: Language) throws -> WizardScreen {
        let before = (screen.title, screen.focusedLabel)
        try press("Enter")
        return WizardScreen(try waitUntil("the focus to leave \(before.1 ?? "the field")") {
            let after = WizardScreen($0, language: language)
            return (after.title, after.focusedLabel) != before
        }, language: language)
    }

    /// Whether `path` names this field: its JSON path, or its id for any entry.
    private static func names(_ focused: (field: Field, path: String), _ path: String) -> Bool {
        focused.path == path || focused.field.id == path
    }

    private static func failure(_ what: String, _ screen: WizardScreen) -> Error {
        NSError(domain: "Typist", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(what); screen was:\n\(screen.text)"])
    }

    /// On an entry-list screen titled `title`: adds an entry and waits for
    /// its form.
    func addEntry(on title: String) throws {
        try waitFor("· " + title)
        try waitFor("+ Add (a)")
        try press("a")
        try waitUntil("an entry's form") { WizardScreen($0).entry != nil && WizardScreen($0).focusLine != nil }
    }

    /// Leaves an entry-list screen titled `title` with `n`, waiting for the
    /// next screen's title.
    func continueFromList(_ title: String, to next: String) throws {
        try waitFor("· " + title)
        try press("n")
        try waitFor("· " + next)
    }

    /// Ticks every box on the Originals screen: Space, seen on screen, then
    /// Down (which moves only the highlight; it is one escape sequence that
    /// ncurses decodes whole, so the next Space cannot merge with it).
    /// `count` when the list may be longer than the screen (the view follows
    /// the highlight); else the boxes on screen.
    func tickAllOriginals(count: Int? = nil) throws {
        let screen = try waitFor("· Originals to attach")
        let boxes = count ?? screen.components(separatedBy: "[ ]").count - 1
        for index in 0..<boxes {
            try pressAndWaitForChange("Space")
            if index < boxes - 1 { try press("Down") }
        }
    }
}
