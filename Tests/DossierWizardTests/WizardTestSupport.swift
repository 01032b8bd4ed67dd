import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// A fixed day, so deadlines and ages in the assertions never move.
let testToday = CalendarDate(year: 2026, month: 3, day: 1)!
let testContext = WizardContext(today: testToday)

/// The built-in words of a language on the test day.
func words(_ language: Language, for dossier: Dossier? = nil) -> Words {
    testContext.core.words(language, for: dossier)
}

/// A string typed key by key, as a person at the keyboard would.
func typing(_ text: String) -> [Event] {
    text.map { Event.key(.character($0)) }
}

/// Drives the pure wizard the way the session does, keeping every effect
/// asked for, so tests read as key sequences.
struct WizardDriver {
    var state: WizardState
    var effects: [WizardEffect] = []

    init(_ state: WizardState = WizardState()) {
        self.state = state
    }

    /// The terminal size the driver paints at after each event, as the
    /// session does: the next `update` reads what the frame reported.
    var width = 80
    var height = 24
    var viewport: Viewport?

    var context: WizardContext {
        WizardContext(core: testContext.core, screenWidth: width, screenHeight: height, viewport: viewport)
    }

    mutating func send(_ event: Event) {
        if case .resize(let w, let h) = event {
            width = w
            height = h
        }
        let (next, newEffects) = Wizard.update(state, event, context: context)
        state = next
        effects += newEffects
        viewport = Wizard.view(state, width: width, height: height, context: context).viewport
    }

    /// What a person means, sent as the plain mode sends it.
    mutating func intend(_ intent: Intent) {
        send(.intent(intent))
    }

    /// Moves the focus to a field by its JSON path (`student.phone`,
    /// `practitioners[0].inpe`), the way the Review takes a student there:
    /// a test reaches a field by what it is, not by counting key presses,
    /// so adding a field breaks no unrelated test.
    mutating func focus(_ path: String) {
        Navigation.focus(path: path, &state, context)
        viewport = Wizard.view(state, width: width, height: height, context: context).viewport
        if state.focusedPath != path {
            Issue.record("no field \(path) to focus (the focus is on \(state.focusedPath ?? "nothing"))")
        }
    }

    /// Replaces the text of the field at `path` (focused first) with `text`,
    /// typed key by key, and accepts it with Enter.
    mutating func fill(_ path: String, _ text: String) {
        focus(path)
        press(.control("u"))
        type(text)
        press(.enter)
    }

    /// Goes through the current screen as a student does: each field, in
    /// order, gets its answer from `answers` (by JSON path) if it has one,
    /// and Enter; a field without an answer is passed with Enter alone. A
    /// yes/no answer is "o" or "n", a choice its number. Stops when the
    /// screen (or the entry) is left.
    mutating func answer(_ answers: [String: String]) {
        let step = state.step
        let entry = state.entry
        var guardCount = 0
        while state.step == step && state.entry == entry, let field = state.focusedField, let path = state.focusedPath {
            guardCount += 1
            if guardCount > 100 {
                Issue.record("the screen \(step.rawValue) never ends")
                return
            }
            if let value = answers[path] {
                switch field.kind {
                case .text, .identifier, .date, .amount:
                    press(.control("u"))
                    type(value)
                case .yesNo, .choice:
                    type(value)
                case .disease:
                    type(value)
                case .checklist:
                    break
                }
            }
            let before = (state.step, state.entry, state.focus)
            press(.enter)
            if (state.step, state.entry, state.focus) == before {
                // The field refused its value: the test must see why.
                Issue.record("\(path) refused “\(answers[path] ?? "")”: \(state.errors[path]?.code ?? "?")")
                return
            }
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func press(_ key: Key, times: Int) {
        for _ in 0..<times { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for event in typing(text) { send(event) }
    }

    /// Types a field's text and accepts it with Enter.
    mutating func fill(_ text: String) {
        type(text)
        press(.enter)
    }

    mutating func receive(_ outcome: WizardOutcome) {
        let (next, newEffects) = Wizard.receive(state, outcome, context: context)
        state = next
        effects += newEffects
    }

    func screen(_ width: Int = 80, _ height: Int = 24) -> String {
        Wizard.view(state, width: width, height: height,
                    context: WizardContext(core: testContext.core, screenWidth: width, screenHeight: height)).text
    }

    var focusedPath: String? { state.focusedPath }
}

/// A private folder (0700) for a test that writes files; removed after.
func withPrivateFolder<T>(_ body: (String) throws -> T) throws -> T {
    var template = Array((NSTemporaryDirectory() + "/wizard-test-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard let made else { throw CocoaError(.fileWriteUnknown) }
    let path = String(cString: made)
    chmod(path, 0o700)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// A valid ICE (15 digits, ≡ 0 mod 97) built from 13 digits.
func validICE(_ first13: String) -> String {
    let key = (97 - Identifiers.mod97(first13 + "00")) % 97
    return first13 + (key < 10 ? "0\(key)" : "\(key)")
}

/// A valid RIB (24 digits, ≡ 0 mod 97) built from 22 digits.
func validRIB(_ first22: String) -> String {
    let key = Identifiers.ribKey(forFirst22: first22)
    return first22 + (key < 10 ? "0\(key)" : "\(key)")
}
