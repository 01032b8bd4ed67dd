import DossierCore

extension WizardState {
    /// A valid CNIE to file the draft under and a birth date to prove it by:
    /// only then can a kiosk's draft be resumed by its student.
    var canBePutAside: Bool {
        let cnie = dossier.student.cnie
        return Identifiers.checkCNIE(cnie, path: "student.cnie") == nil && dossier.student.birthDate != nil
            && DraftVault.fileName(cnie: cnie) != nil
    }
}

extension WizardSession {
    /// A student's put-aside draft, given back only when the CNIE and the
    /// birth date typed are both the draft's. A wrong try, whichever of the
    /// two was wrong, gets one message and a longer wait before the next
    /// try is even checked (`ResumeThrottle`, kept on disk so that starting
    /// the program again does not reset it). False when the wizard ends.
    mutating func resumeKioskDraft(cnie: String, birthDate: CalendarDate) -> Bool {
        guard let kiosk else { return true }
        let wait = kiosk.throttle.secondsLeft(now: now())
        if wait > 0 { return receive(.resumeTooSoon(seconds: wait)) }
        guard var draft = kiosk.vault.resume(WizardState.self, cnie: cnie, birthDate: birthDate, now: now()) else {
            return receive(.noDraftForCNIE(waitSeconds: kiosk.throttle.recordFailure(now: now())))
        }
        kiosk.throttle.reset()
        let path = kiosk.vault.path(cnie: cnie) ?? ""
        watch.saw(PrivateFiles.identity(of: path), at: path, of: draft.dossier)
        draft = draft.withSettings(of: state)
        draft.startWarning = state.startWarning
        draft.draftOffer = nil
        draft.overlay = nil
        draft.history = []
        state = draft
        return true
    }

    /// At a kiosk: the draft of this state is put aside under the student's
    /// CNIE (so it can be resumed with the CNIE and the birth date), not in
    /// the account's own draft, which nobody is offered at a kiosk.
    public var isPutAsideUnderCNIE: Bool { vaultCNIE(state) != nil }

    public var isKiosk: Bool { kiosk != nil }
}
