/// How a field's value is shown outside its own input: on the wizard's
/// review and in the printable summary.
public struct Presentation: Sendable {
    public enum Display: Sendable, Equatable {
        /// Not shown (the answer is judged elsewhere, or is not on the sheet).
        case hidden
        case plain
        /// Only the last four characters (the RIB): a shoulder-surfer at a
        /// help desk learns nothing.
        case masked
    }

    public var review: Display
    public var summary: Display
    /// Said instead of an empty value ("no RIB: the money comes by money order").
    public var emptyReviewKey: String?
    public var emptySummaryKey: String?
    /// The summary leaves the line out when the field is empty.
    public var summaryOmitsEmpty: Bool
    /// The summary's label, where it says more than the screen's.
    public var summaryLabelKey: String?
    /// A line the summary adds after the field, whatever its value (where
    /// on the paper sheet to write it).
    public var summaryNoteKey: String?
    /// The field's name in a one-line notice ("Annulé — Pharmacie 1,
    /// cachet et signature remis à « Non »"), where the screen's label is a
    /// whole question: the question filled the line and the value it was
    /// set back to, the one thing the student needs, was cut off.
    public var noticeLabelKey: String?

    public init(review: Display = .plain, summary: Display = .plain, emptyReviewKey: String? = nil,
                emptySummaryKey: String? = nil, summaryOmitsEmpty: Bool = false, summaryLabelKey: String? = nil,
                summaryNoteKey: String? = nil, noticeLabelKey: String? = nil) {
        self.review = review
        self.summary = summary
        self.emptyReviewKey = emptyReviewKey
        self.emptySummaryKey = emptySummaryKey
        self.summaryOmitsEmpty = summaryOmitsEmpty
        self.summaryLabelKey = summaryLabelKey
        self.summaryNoteKey = summaryNoteKey
        self.noticeLabelKey = noticeLabelKey
    }

    /// Shown nowhere but named in notices by `noticeLabelKey`.
    public static func nowhere(noticeLabelKey: String) -> Presentation {
        Presentation(review: .hidden, summary: .hidden, noticeLabelKey: noticeLabelKey)
    }

    public static let everywhere = Presentation()
    public static let reviewOnly = Presentation(summary: .hidden)
    public static let summaryOnly = Presentation(review: .hidden)
    public static let nowhere = Presentation(review: .hidden, summary: .hidden)
}

/// Where a field is asked, and so which screen the review sends the student
/// back to.
public enum FieldPage: Hashable, Sendable {
    case eligibility
    case careSheet
    case student
    case treatment
    case entry(CareKind)
    case originals
}

/// The part of the dossier a field belongs to: the review and the summary
/// group fields by it.
public enum FieldSection: Hashable, Sendable {
    case eligibility
    case sheet
    case student
    case treatment
    case entry(CareKind)
    case originals
}
