import DossierWizard

/// What the terminal loop drives. The wizard's session conforms to it in the
/// executable; the loop knows nothing of dossiers.
public protocol TerminalProgram {
    /// Handles one event; returns false when the program wants to end.
    mutating func handle(_ event: Event) -> Bool
    /// The screen for this size (pure: called after every handled event and
    /// on resize).
    func view(width: Int, height: Int) -> Frame
    /// A terminating signal (SIGHUP, SIGTERM, SIGINT, SIGQUIT) or a dead
    /// terminal (EIO): save everything now; the loop then restores the
    /// terminal and exits.
    mutating func terminate(reason: TerminationReason)
    /// Called about once a second while no key arrives (idle timeouts,
    /// clock-dependent screens). Returns true when the screen must be redrawn.
    mutating func tick() -> Bool
    /// True once after the program asked for the screen and the terminal's
    /// scrollback to be wiped (a kiosk's next student must not scroll back
    /// into the previous one's dossier). Checked after every event and tick.
    mutating func takeScreenClearRequest() -> Bool
    /// True when the event just handled refused what was typed (a wrong
    /// value kept the focus): the rest of the burst it came in is dropped,
    /// so keys typed ahead for the next field are not typed after the
    /// refused value. Checked after every event of a burst.
    func refusedInput() -> Bool
}

extension TerminalProgram {
    public mutating func takeScreenClearRequest() -> Bool { false }
    public func refusedInput() -> Bool { false }
}

public enum TerminationReason: Equatable, Sendable {
    case signal(Int32)
    case terminalLost
}
