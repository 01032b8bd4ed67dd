import Foundation
import DossierCore
@testable import DossierWizard

/// A `WizardSession` driven as the terminal loop drives it: each event
/// handled, then a frame painted (the next `update` reads what it
/// reported). Tests of the draft file, the final save and the kiosk play
/// the same answers and scripts on it as on the pure wizard.
struct SessionDriver: WizardDriving {
    var session: WizardSession
    /// What the last event returned: false once the session wants to end.
    var running = true
    let width: Int
    let height: Int

    init(_ session: WizardSession, width: Int = 80, height: Int = 24) {
        self.session = session
        self.width = width
        self.height = height
    }

    var state: WizardState { session.state }

    mutating func send(_ event: Event) {
        running = session.handle(event)
        _ = session.view(width: width, height: height)
    }

    func screen() -> String { session.view(width: width, height: height).text }
}
