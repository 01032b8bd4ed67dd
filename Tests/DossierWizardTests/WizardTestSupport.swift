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
struct WizardDriver: WizardDriving {
    var state: WizardState
    var effects: [WizardEffect] = []

    init(_ state: WizardState = WizardState()) {
        self.state = state
    }

    /// A driver on a terminal of this size, its first frame painted, so
    /// the first key is read as the session reads it (what is in view).
    init(_ state: WizardState = WizardState(), width: Int, height: Int) {
        self.state = state
        self.width = width
        self.height = height
        paint()
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
        paint()
    }

    /// Paints a frame as the session does after each event, keeping what
    /// it reported for the next `update`.
    mutating func paint() {
        viewport = Wizard.view(state, width: width, height: height, context: context).viewport
    }

    /// Moves the focus to a field by its JSON path (`student.phone`,
    /// `practitioners[0].inpe`), the way the Review takes a student there:
    /// a test reaches a field by what it is, not by counting key presses,
    /// so adding a field breaks no unrelated test.
    mutating func focus(_ path: String) {
        Navigation.focus(path: path, &state, context)
        paint()
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
