import Testing
import DossierCore
@testable import DossierWizard

/// What a test drives: the pure wizard (`WizardDriver`) or a whole session
/// (`SessionDriver`). Both paint after each event, as the terminal loop
/// does, so the keys, the answers by field and the dossier scripts are
/// written once and played on either.
protocol WizardDriving {
    var state: WizardState { get }
    mutating func send(_ event: Event)
}

extension WizardDriving {
    var focusedPath: String? { state.focusedPath }

    /// What a person means, sent as the plain mode sends it.
    mutating func intend(_ intent: Intent) {
        send(.intent(intent))
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

    /// Moves to a field of the current screen (or entry) with Tab or
    /// Shift-Tab, as a person at the keyboard does, stopping on the field
    /// named: for a session, which has no shortcut to a field.
    mutating func tab(to path: String) {
        guard let target = state.fields.firstIndex(where: { $0.path(entry: state.entry) == path }) else {
            Issue.record("no field \(path) on \(state.step.rawValue)")
            return
        }
        for _ in 0..<state.fields.count where state.focus != target {
            press(state.focus < target ? .tab : .backTab)
        }
        if focusedPath != path { Issue.record("Tab never reached \(path): \(focusedPath ?? "nothing")") }
    }

    /// Tabs to a field and types into it, without accepting it.
    mutating func type(_ text: String, into path: String) {
        tab(to: path)
        type(text)
    }

    /// From the welcome screen to the student screen of an eligible
    /// student's ordinary dossier.
    mutating func startOnStudentScreen() {
        intend(.startNew)
        answer(DossierScript.eligible)
        answer(["sheet": "1"])
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
                case .yesNo, .choice, .disease:
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
}
