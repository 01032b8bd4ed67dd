import Foundation
@testable import DossierCore

// The rule tests of one edition: the built-in rules and words on a given
// day, under the short names these tests used before rules came by edition
// and reached the code through a `DossierContext`. Tests of editions build
// their own contexts (EditionTests).

/// The built-in rules on one day.
func builtIn(_ today: CalendarDate) -> DossierContext { .builtIn(today: today) }

/// The edition every built-in rule test reads (the current CNOPS one).
enum ReferenceData {
    static var shared: Rules { RuleBook.builtIn.rules(on: Fixtures.today) }
}

extension Problem {
    /// The message in the built-in words, with the standing arguments of
    /// the built-in edition (`{fund}`, `{days}`).
    func message(_ language: Language) -> String {
        DossierContext.builtIn(today: Fixtures.today).words(language).message(self)
    }
}

extension DossierValidator {
    static func problems(in dossier: Dossier, today: CalendarDate) -> [Problem] {
        problems(in: dossier, context: builtIn(today))
    }

    static func isComplete(_ dossier: Dossier, today: CalendarDate) -> Bool {
        isComplete(dossier, context: builtIn(today))
    }
}

extension Dossier {
    /// The last mailing day under the built-in editions.
    var lastMailingDay: CalendarDate? { RuleBook.builtIn.mailingDeadline(of: treatment)?.lastMailingDay }
}

extension MailingDeadline {
    static let builtInDays = 60

    init(firstAct: CalendarDate, treatmentEnd: CalendarDate? = nil) {
        self.init(firstAct: firstAct, treatmentEnd: treatmentEnd, days: Self.builtInDays)
    }

    init?(treatment: Treatment) {
        self.init(treatment: treatment, days: Self.builtInDays)
    }
}

extension Eligibility {
    static func problems(answers: EligibilityAnswers, birthDate: CalendarDate?, firstAct: CalendarDate?) -> [Problem] {
        problems(answers: answers, birthDate: birthDate, firstAct: firstAct, maximumAge: ReferenceData.shared.maximumAge)
    }

    static func problems(of dossier: Dossier) -> [Problem] { problems(of: dossier, rules: ReferenceData.shared) }

    static func isEligible(_ dossier: Dossier) -> Bool { problems(of: dossier).isEmpty }
}

extension EnvelopeSummary {
    static func text(for dossier: Dossier, language: Language, today: CalendarDate) -> String {
        text(for: dossier, language: language, context: builtIn(today))
    }

    static func daysLeftText(_ days: Int, _ language: Language) -> String {
        daysLeftText(days, builtIn(Fixtures.today).words(language))
    }

    static func sheetName(_ kind: CareSheetKind, _ language: Language) -> String {
        sheetName(kind, language, ReferenceData.shared)
    }
}

extension DossierStore {
    func save(_ dossier: Dossier, language: Language, now: Date) throws -> SavedDossier {
        try save(dossier, language: language, now: now, context: builtIn(CalendarDate.localDay(of: now)))
    }
}

extension CheckReport {
    init(files: [String], today: CalendarDate) { self.init(files: files, context: builtIn(today)) }
}

extension DeadlineReport {
    init(firstAct: CalendarDate, treatmentEnd: CalendarDate?, today: CalendarDate) throws(CommandLineError) {
        try self.init(firstAct: firstAct, treatmentEnd: treatmentEnd, context: builtIn(today))
    }
}

extension DossierListReport {
    init(listings: [DossierListing], today: CalendarDate, sheet: CareSheetKind? = nil) {
        self.init(listings: listings, context: builtIn(today), filter: RegisterFilter(sheet: sheet))
    }
}

extension AddressBlock {
    static func text(_ language: Language) -> String { text(language, context: builtIn(Fixtures.today)) }
}
