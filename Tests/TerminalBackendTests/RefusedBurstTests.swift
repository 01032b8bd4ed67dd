import DossierCore
import DossierWizard
import Foundation
import Testing
@testable import TerminalBackend

/// The real wizard as the loop's program: what `WizardSession` tells the
/// loop, without its files.
private struct WizardProgram: TerminalProgram {
    var state: WizardState
    let context = WizardContext(today: CalendarDate(iso: "2026-02-20")!)

    mutating func handle(_ event: Event) -> Bool {
        state = Wizard.update(state, event, context: context).0
        return true
    }

    func view(width: Int, height: Int) -> Frame { Frame(width: width, height: height) }
    mutating func terminate(reason: TerminationReason) {}
    mutating func tick() -> Bool { false }
    func refusedInput() -> Bool { state.refused != nil }
}

/// Newcomers typing fast (issue 15): a burst that runs past a refused
/// value stops there; the keys meant for the next field are not typed
/// after the refused value, nor into another field.
@Suite("A burst of keys stops at the field that refused its value")
struct RefusedBurstTests {
    static func keys(_ text: String) -> [DecodedInput] { text.map { .event(.key(.character($0))) } }

    @Test("12a456, Enter, then the date typed ahead: the INPE keeps 12a456 and its message, the date field is untouched")
    func stopsAtTheRefusal() {
        var program = WizardProgram(state: WizardState(language: .en, step: .care(.practitioners)))
        _ = program.handle(.key(.character("a")))
        for _ in 0..<10 where program.state.focusedPath != "practitioners[0].inpe" { _ = program.handle(.key(.tab)) }
        #expect(program.state.focusedPath == "practitioners[0].inpe")

        let burst = Self.keys("12a456") + [.event(.key(.enter))] + Self.keys("10/02/2026") + [.event(.key(.enter))]
        #expect(TerminalLoop.deliver(burst, to: &program, resized: { _ in true }))
        #expect(program.state.focusedPath == "practitioners[0].inpe", "the focus stays on the refused field")
        #expect(program.state.texts["practitioners[0].inpe"] == "12a456", "nothing typed after the refused value")
        #expect(program.state.errors["practitioners[0].inpe"] != nil, "its message is shown")
        #expect(program.state.dossier.practitioners[0].date == nil, "nothing reached the next field")

        // The next burst is typed again: the student corrects the value.
        #expect(TerminalLoop.deliver([.event(.key(.character("7")))], to: &program, resized: { _ in true }))
        #expect(program.state.texts["practitioners[0].inpe"] == "12a4567")
    }

    @Test("A burst without a refusal is delivered whole, and the last resize of a dropped burst is still told")
    func wholeBurstAndResize() {
        var program = WizardProgram(state: WizardState(language: .en, step: .care(.practitioners)))
        _ = program.handle(.key(.character("a")))
        #expect(TerminalLoop.deliver(Self.keys("Dr Amrani"), to: &program, resized: { _ in true }))
        #expect(program.state.texts["practitioners[0].name"] == "Dr Amrani")
        for _ in 0..<10 where program.state.focusedPath != "practitioners[0].inpe" { _ = program.handle(.key(.tab)) }
        var resizes = 0
        _ = TerminalLoop.deliver(Self.keys("1x") + [.event(.key(.enter)), .terminalResized] + Self.keys("99"),
                                 to: &program, resized: { _ in resizes += 1; return true })
        #expect(resizes == 1)
        #expect(program.state.texts["practitioners[0].inpe"] == "1x")
    }
}
