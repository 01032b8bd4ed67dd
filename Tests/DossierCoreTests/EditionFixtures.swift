import Foundation
@testable import DossierCore

/// Editions for the edition tests. The successor is fictional and lives
/// here only: another fund, another address and contacts, 90 days, from
/// 2027-07-01. Like a help desk's file it states only what changes; the
/// rest (age limit, sheets, diseases) comes from the built-in edition.
enum EditionFixtures {
    static let builtInFile = "Resources/reference/editions/2026-01-01-cnops.json"
    static let successorFile = "successor.json"
    static let successorDay = Fixtures.date("2027-07-01")
    static let successorFund = "CFAE"
    static let successorAddress: [Language: [String]] = [
        .fr: ["CFAE — Caisse fictive de l'assurance des étudiants", "1, avenue de l'Exemple — B.P. 4242", "Fès"],
        .ar: ["الصندوق الوهمي لتأمين الطلبة", "1 شارع المثال، ص.ب 4242", "فاس"],
        .en: ["CFAE — Fictional Student Insurance Fund", "1, avenue de l'Exemple — P.O. Box 4242", "Fez"],
    ]
    static let successorCallCentre = "05 22 00 00 90"
    static let successorEmail = "appel@cfae.example"

    static var successor: [String: Any] { [
        "validFrom": "2027-07-01",
        "fund": [
            "short": ["fr": "CFAE", "ar": "CFAE", "en": "CFAE"],
            "name": ["fr": "Caisse fictive de l'assurance des étudiants", "ar": "الصندوق الوهمي لتأمين الطلبة",
                     "en": "Fictional Student Insurance Fund"],
        ],
        "mailingDeadlineDays": 90,
        "mailingAddress": Dictionary(uniqueKeysWithValues: successorAddress.map { ($0.key.rawValue, $0.value) }),
        "contacts": [
            "followUpWeb": "www.cfae.example/suivi", "followUpApp": "CFAE Mobile",
            "account": "https://www.cfae.example/compte", "callCentre": successorCallCentre,
            "callCentreEmail": successorEmail, "complaints": "plaintes.cfae.example",
            "ibnZohrCoverageOffice": "amoe@uiz.ac.ma",
        ],
    ] }

    /// An edition file's bytes from its JSON object.
    static func source(_ object: [String: Any], file: String) -> RuleBook.Source {
        RuleBook.Source(file: file, data: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// The built-in editions and the successor (and any other given).
    static func rulebook(_ more: [RuleBook.Source] = []) throws -> RuleBook {
        try RuleBook(sources: RuleBook.builtInSources + [source(successor, file: successorFile)] + more)
    }

    static func context(today: CalendarDate) throws -> DossierContext {
        DossierContext(today: today, rulebook: try rulebook(), words: .shared)
    }

    /// The built-in edition as a JSON object, to break one part of it.
    static func builtInObject() -> [String: Any] {
        let data = RuleBook.builtInSources.first { $0.file == builtInFile }!.data
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A complete dossier whose care starts on `firstAct`, all entries that
    /// day; continuous until `end` when given.
    static func dossier(firstAct: CalendarDate, end: CalendarDate? = nil) -> Dossier {
        var d = Fixtures.completeOrdinary()
        d.treatment = Treatment(firstActDate: firstAct, continuous: end != nil, endDate: end)
        for i in d.practitioners.indices { d.practitioners[i].date = firstAct }
        for i in d.pharmacies.indices { d.pharmacies[i].date = firstAct }
        for i in d.labs.indices { d.labs[i].date = firstAct }
        return d
    }
}
