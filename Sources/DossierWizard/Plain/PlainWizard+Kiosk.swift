import DossierCore

/// Kiosk mode in plain prompts: the same rules as the full-screen wizard
/// (no previous student's draft offered; one put aside is given back for
/// the CNIE and the birth date it holds, with the same wait after wrong
/// tries), asked as questions.
extension PlainWizard {
    /// Asks whether to resume a put-aside draft, then its CNIE and birth
    /// date, until one is resumed or the student starts a new dossier.
    mutating func startAtKiosk() -> PlainOutcome? {
        while true {
            switch askAtStart(words("plain.kiosk.resumeQuestion"), answering: "kiosk.resume", byDefault: false) {
            case .ended(let outcome):
                return outcome
            case .no:
                send(.startNew)
                return nil
            case .yes:
                switch askProof() {
                case nil: return interruptedBy.map { stop(signal: $0) } ?? stop(endOfInput: true)
                case true?:
                    say(words("plain.kiosk.resumed"))
                    return nil
                case false?: continue
                }
            }
        }
    }

    enum StartAnswer {
        case yes, no
        case ended(PlainOutcome)
    }

    /// A yes/no question asked before the first screen (resume a draft, at
    /// a kiosk or not): Enter takes `byDefault`, help or back repeat the
    /// welcome screen's help, quitting, end of input or a signal end the
    /// session with the draft as it was.
    mutating func askAtStart(_ question: String, answering id: String? = nil, byDefault: Bool) -> StartAnswer {
        let asked = prompt(question, format: yesNoFormat, current: yesNoWord(byDefault))
        while true {
            switch read(asked, answering: id) {
            case .endOfInput, .quit:
                return .ended(stop(endOfInput: true))
            case .signal(let signo):
                return .ended(stop(signal: signo))
            case .help, .back:
                say(words("wizard.help.screen.welcome"))
            case .answer(let text):
                guard let yes = text.trimmingSpaces.isEmpty ? byDefault : PlainInput.yesNo(text) else {
                    say(words("plain.error.yesNo"))
                    continue
                }
                return yes ? .yes : .no
            }
        }
    }

    /// The CNIE, then the birth date; true once the draft is resumed,
    /// false after a wrong try (its message said), nil when input ended.
    mutating func askProof() -> Bool? {
        var cnie = ""
        while cnie.isEmpty {
            guard case .answer(let text) = read(prompt(words("plain.kiosk.cnie"), format: nil, current: nil),
                                                answering: "kiosk.cnie") else { return nil }
            cnie = text.trimmingSpaces
        }
        var birthDate: CalendarDate?
        while birthDate == nil {
            let question = prompt(words("plain.kiosk.birthDate"), format: words("wizard.format.date"), current: nil)
            guard case .answer(let text) = read(question, answering: "kiosk.birthDate") else { return nil }
            birthDate = CalendarDate(typed: text.trimmingSpaces)
            if birthDate == nil { say(words("wizard.kiosk.birthDateFormat")) }
        }
        send(.resumeKioskDraft(cnie: cnie, birthDate: birthDate!))
        if state.step != .welcome { return true }
        if let note = state.inputNote { say(words(note.notice.key, note.notice.arguments)) }
        return false
    }
}
