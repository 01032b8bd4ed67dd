import DossierCore

/// One question of the plain mode. The full-screen wizard shows a screen of
/// fields; the plain mode asks them one at a time, plus the questions a
/// screen answers by its layout (add another entry? is this original in the
/// envelope? save?).
enum PlainQuestion: Equatable {
    /// One field of `Screens.fields(for: step, entry: entry, …)`, by path so
    /// that it is found again when fields come and go (the end date of a
    /// continuous treatment, the disease of the ALD sheet).
    case field(step: Step, entry: Int?, path: String)
    /// Before entry `index` of an entry list: add one (index == count), or
    /// go through an existing one again (index < count).
    case entry(step: Step, index: Int)
    /// The `index`-th required original: in the envelope?
    case original(index: Int)
    /// The review and the final save.
    case review

    var step: Step {
        switch self {
        case .field(let step, _, _), .entry(let step, _): step
        case .original: .originals
        case .review: .review
        }
    }
}
