import Foundation
import DossierCore
@testable import DossierWizard

/// A fixed day, so deadlines and ages in the assertions never move.
let testToday = CalendarDate(year: 2026, month: 3, day: 1)!
let testContext = WizardContext(today: testToday)

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

    mutating func send(_ event: Event) {
        let (next, newEffects) = Wizard.update(state, event, context: testContext)
        state = next
        effects += newEffects
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
        let (next, newEffects) = Wizard.receive(state, outcome, context: testContext)
        state = next
        effects += newEffects
    }

    func screen(_ width: Int = 80, _ height: Int = 24) -> String {
        Wizard.view(state, width: width, height: height, context: testContext).text
    }

    var focusedPath: String? { state.focusedField?.path }
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
