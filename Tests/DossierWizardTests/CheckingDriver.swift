import Testing
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
}
