import DossierCore

/// How a plain-mode session ended, for the exit status.
public enum PlainOutcome: Equatable, Sendable {
    /// The dossier and its printable summary were written.
    case saved(SavedDossier)
    /// `!` or end of input: the draft was kept (`draftKept`) or there was
    /// nothing typed to keep.
    case quit(draftKept: Bool)
    case endOfInput(draftKept: Bool)
    /// The dossier or the draft could not be written; the words were shown.
    case writeFailed
    /// Ended by a terminating signal, as the full-screen wizard is: the
    /// draft was kept (`draftKept`) or nothing was typed to keep.
    case interrupted(signal: Int32, draftKept: Bool)

    /// 0 when the person got what they asked for (a saved dossier, or a
    /// draft kept on `!`); 1 when input ran out before the end or a file
    /// could not be written, so a script feeding answers can tell; 128 +
    /// the signal's number after a signal, as shells report it.
    public var exitCode: Int32 {
        switch self {
        case .saved, .quit: 0
        case .endOfInput, .writeFailed: 1
        case .interrupted(let signal, _): 128 + signal
        }
    }
}
