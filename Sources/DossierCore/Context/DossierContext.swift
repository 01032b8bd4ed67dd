/// What the world supplies to the rules, the reports and the wizard: the
/// day, the editions of the insurer's rules and the translation tables. It
/// is passed as a value, never read from a global, so that a test can set
/// any day and any edition.
public struct DossierContext: Sendable {
    /// The user's day: ages, deadlines, "not in the future".
    public let today: CalendarDate
    public let rulebook: RuleBook
    public let words: L10n

    public init(today: CalendarDate, rulebook: RuleBook, words: L10n) {
        self.today = today
        self.rulebook = rulebook
        self.words = words
    }

    /// The built-in editions and translations, on a given day.
    public static func builtIn(today: CalendarDate) -> DossierContext {
        DossierContext(today: today, rulebook: .builtIn, words: .shared)
    }

    /// The same rules and words on another day.
    public func on(_ day: CalendarDate) -> DossierContext {
        DossierContext(today: day, rulebook: rulebook, words: words)
    }

    /// The edition in force on the first act decides the deadline's days,
    /// the age limit, the sheets and the diseases of a dossier; before any
    /// care date is known, today's.
    public func careRules(for dossier: Dossier) -> Rules {
        rulebook.rules(on: dossier.treatment.firstActDate ?? today)
    }

    /// The edition in force on the day of mailing (today unless said)
    /// decides the fund, the address and the contacts.
    public func mailingRules(on day: CalendarDate? = nil) -> Rules {
        rulebook.rules(on: day ?? today)
    }

    /// The last day to mail the dossier, once the dates it depends on are known.
    public func mailingDeadline(of dossier: Dossier) -> MailingDeadline? {
        rulebook.mailingDeadline(of: dossier.treatment)
    }

    /// The words of one language, with the standing arguments of the rules
    /// that apply (`{days}` and `{ageLimit}` of the dossier's care, `{fund}` of
    /// the mailing day).
    public func words(_ language: Language, for dossier: Dossier? = nil) -> Words {
        let care = dossier.map(careRules(for:)) ?? mailingRules()
        var standing = care.standingArguments(language)
        standing["fund"] = mailingRules().fund.short.text(language)
        return Words(table: words, language: language, standing: standing)
    }
}

/// The translations of one language, ready to fill: `words("key", [...])`.
public struct Words: Sendable {
    public let table: L10n
    public let language: Language
    /// Values every text may use without being given them (`{days}`).
    public let standing: [String: String]

    public init(table: L10n, language: Language, standing: [String: String] = [:]) {
        self.table = table
        self.language = language
        self.standing = standing
    }

    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        // Merged only when both have values: most texts take none.
        let all = arguments.isEmpty ? standing
            : standing.isEmpty ? arguments : standing.merging(arguments) { _, given in given }
        return table.text(key, language, all)
    }

    /// Whether the tables have this key (a field's optional summary label).
    public func has(_ key: String) -> Bool { table.has(key) }

    /// A problem's message. Its values are what was typed or read from a
    /// file (a Massar code holding `ESC [2K` erased the lines above it):
    /// made visible and bounded before they reach any screen.
    public func message(_ problem: Problem) -> String {
        self("problem.\(problem.code)", TerminalText.visible(problem.arguments))
    }
}
