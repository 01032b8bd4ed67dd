import DossierCore

/// What a shared help-desk terminal (kiosk mode: `--kiosk`, or the help
/// desk's config file) adds: drafts put aside per student under their CNIE
/// and given back only with their birth date too, a growing wait after
/// wrong tries, and an idle timeout that puts the draft aside and clears
/// the screen for the next person.
public struct KioskOptions: Sendable {
    public let vault: DraftVault
    public let idleLimit: Duration
    /// The wrong tries at resuming a draft, kept beside the drafts.
    public let throttle: ResumeThrottle

    /// A saved dossier's Done screen is left after this long without a key
    /// (or `idleLimit` if shorter): the student has what they need (the
    /// summary file, the date, the address) and nothing there is lost,
    /// while the next person at the desk must not find it.
    public static let doneIdleLimit: Duration = .seconds(60)

    public init(vault: DraftVault, idleLimit: Duration = .seconds(10 * 60)) {
        self.vault = vault
        self.idleLimit = idleLimit
        throttle = ResumeThrottle(folder: vault.folder)
    }

    /// How long the screen at `step` may stay without a key.
    func idleLimit(on step: Step) -> Duration {
        step == .done ? min(idleLimit, Self.doneIdleLimit) : idleLimit
    }
}
