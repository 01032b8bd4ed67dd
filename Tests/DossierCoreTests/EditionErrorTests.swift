import Foundation
import Testing
@testable import DossierCore

/// A broken or contradictory edition stops everything with one error that
/// names the file, the place in it and what is wrong: nothing runs on
/// half-read rules.
@Suite("Editions: a broken or contradictory file is an error naming file, place and reason")
struct EditionErrorTests {
    /// The error of the built-in editions plus one more file, or nil.
    func error(adding data: Data, file: String = "broken.json") -> EditionError? {
        do {
            _ = try RuleBook(sources: RuleBook.builtInSources + [RuleBook.Source(file: file, data: data)])
            return nil
        } catch {
            return error
        }
    }

    func error(adding object: [String: Any]) -> EditionError? {
        error(adding: EditionFixtures.source(object, file: "broken.json").data)
    }

    /// The built-in edition on a later day with one part changed: a full
    /// edition whose only fault is that part.
    func later(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var object = EditionFixtures.builtInObject()
        object["validFrom"] = "2027-07-01"
        change(&object)
        return object
    }

    @Test("not JSON, not an object")
    func notJSON() {
        #expect(error(adding: Data(#"{"validFrom": "2027-07-01","#.utf8))
                == EditionError(file: "broken.json", reason: "edition.notJSON"))
        #expect(error(adding: Data("[1, 2]".utf8)) == EditionError(file: "broken.json", reason: "edition.notAnObject"))
    }

    @Test("an unknown top-level key is named (a typing mistake would otherwise be ignored)")
    func unknownKey() {
        #expect(error(adding: ["validFrom": "2027-07-01", "mailingDays": 90])
                == EditionError(file: "broken.json", place: "mailingDays", reason: "edition.unknownKey"))
    }

    @Test("a value of the wrong type: the days as a string")
    func wrongType() {
        #expect(error(adding: ["validFrom": "2027-07-01", "mailingDeadlineDays": "90"])
                == EditionError(file: "broken.json", place: "mailingDeadlineDays", reason: "edition.wrongType"))
    }

    @Test("a number out of range: 0 days, with the bounds")
    func outOfRange() {
        #expect(error(adding: ["validFrom": "2027-07-01", "mailingDeadlineDays": 0])
                == EditionError(file: "broken.json", place: "mailingDeadlineDays", reason: "edition.outOfRange",
                                arguments: ["min": "1", "max": "3650"]))
    }

    @Test("a sheet missing, a care kind no sheet can take, a sheet given twice")
    func sheets() {
        #expect(error(adding: later { o in o["sheets"] = (o["sheets"] as! [[String: Any]]).filter { $0["id"] as? String != "dental" } })
                == EditionError(file: "broken.json", place: "sheets", reason: "edition.sheetMissing",
                                arguments: ["sheet": "dental"]))
        #expect(error(adding: later { o in
            var sheets = o["sheets"] as! [[String: Any]]
            sheets[2]["careKinds"] = ["veterinarians"]
            o["sheets"] = sheets
        }) == EditionError(file: "broken.json", place: "sheets[2].careKinds[0]", reason: "edition.invalidValue"))
        #expect(error(adding: later { o in
            let sheets = o["sheets"] as! [[String: Any]]
            o["sheets"] = sheets + [sheets[0]]
        }) == EditionError(file: "broken.json", place: "sheets[3].id", reason: "edition.duplicate"))
    }

    @Test("diseases numbered with a gap: the place and the number expected there")
    func diseaseGap() {
        #expect(error(adding: later { o in
            var diseases = o["chronicDiseases"] as! [[String: Any]]
            diseases.remove(at: 2)
            o["chronicDiseases"] = diseases
        }) == EditionError(file: "broken.json", place: "chronicDiseases[2].number", reason: "edition.diseaseNumber",
                           arguments: ["expected": "3"]))
    }

    @Test("two editions cannot start the same day: the later-read file is named, with the other")
    func sameDay() {
        #expect(error(adding: ["validFrom": "2026-01-01", "mailingDeadlineDays": 90])
                == EditionError(file: "broken.json", place: "validFrom", reason: "edition.sameDay",
                                arguments: ["other": EditionFixtures.builtInFile, "date": "2026-01-01"]))
    }

    @Test("the oldest edition states every key: one that lacks one is named with the key")
    func firstIncomplete() {
        var object = EditionFixtures.builtInObject()
        object["contacts"] = nil
        #expect(throws: EditionError(file: "first.json", place: "contacts", reason: "edition.firstIncomplete")) {
            try RuleBook(sources: [EditionFixtures.source(object, file: "first.json")])
        }
        // A help desk's edition dated before the built-in one becomes the first.
        #expect(error(adding: ["validFrom": "2020-01-01", "mailingDeadlineDays": 45])
                == EditionError(file: "broken.json", place: "source", reason: "edition.firstIncomplete"))
        #expect(throws: EditionError(file: "", reason: "edition.none")) { try RuleBook(sources: []) }
    }

    @Test("the one line names the file and the place, in every language", arguments: Language.allCases)
    func message(language: Language) {
        let error = EditionError(file: "/etc/xdg/amo-dossier/editions/next.json", place: "mailingDeadlineDays",
                                 reason: "edition.outOfRange", arguments: ["min": "1", "max": "3650"])
        let message = error.message(language)
        #expect(message.contains("/etc/xdg/amo-dossier/editions/next.json"))
        #expect(message.contains("mailingDeadlineDays"))
        #expect(message.contains(tr("edition.outOfRange", language, ["min": "1", "max": "3650"])))
        #expect(message.contains("3650") && !message.contains("{") && !message.contains("edition."))
        #expect(!message.contains("\n"))
        let whole = EditionError(file: "/tmp/x.json", reason: "edition.notJSON").message(language)
        #expect(whole.contains("/tmp/x.json") && whole.contains(tr("edition.notJSON", language)))
        #expect(!whole.contains("{") && !whole.contains("edition."))
        for other in Language.allCases where other != language {
            #expect(error.message(other) != message, "\(language) and \(other) say the same")
        }
        #expect(EditionError.exitCode == 78)
    }

    @Test("a notice needs a text in each language, without control characters")
    func notice() {
        #expect(error(adding: later { $0["notice"] = ["fr": "Avis.", "ar": " ", "en": "Notice."] })
                == EditionError(file: "broken.json", place: "notice.ar", reason: "edition.empty"))
        #expect(error(adding: later { $0["notice"] = ["fr": "Avis\u{1B}[2J", "ar": "إشعار", "en": "Notice."] })
                == EditionError(file: "broken.json", place: "notice.fr", reason: "edition.control"))
        #expect(error(adding: later { $0["notice"] = ["fr": "Avis.", "en": "Notice."] })
                == EditionError(file: "broken.json", place: "notice.ar", reason: "edition.missingKey"))
    }
}
