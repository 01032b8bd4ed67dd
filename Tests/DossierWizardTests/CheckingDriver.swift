import Testing
import DossierCore
@testable import DossierWizard

/// A driver that runs `check` on the pure wizard after every event (the
/// memo tests: what is kept must be what is laid out afresh, at every step
/// of whole dossiers). `check` returns how many things it compared.
struct CheckingDriver: WizardDriving {
    var inner: WizardDriver
    var checked = 0
    let check: (WizardDriver) -> Int
    var state: WizardState { inner.state }

    mutating func send(_ event: Event) {
        inner.send(event)
        recheck()
    }

    /// The check again, after a change made behind the wizard's back.
    mutating func recheck() {
        checked += check(inner)
    }

    /// The ordinary, chronic and dental dossiers typed whole in `language`
    /// at `width` columns (24 rows, 12 at 40 columns), `check` after every
    /// event; how many things each compared.
    static func everyScript(language: Language, width: Int, check: @escaping (WizardDriver) -> Int) -> [Int] {
        [DossierScript.ordinary, .chronic, .dental].map { script in
            var state = WizardState()
            state.language = language
            var d = CheckingDriver(inner: WizardDriver(state, width: width, height: width == 80 ? 24 : 12), check: check)
            script.drive(&d)
            return d.checked
        }
    }
}
