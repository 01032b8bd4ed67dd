import Foundation
import Testing
@testable import DossierCore

/// Two levels of problem: an error leaves the dossier incomplete, a warning
/// is worth fixing and never blocks. `check` gives each its severity,
/// `complete` and the exit code follow the errors alone, and the summary
/// lists the warnings apart.
@Suite("Errors and warnings")
struct SeverityTests {
    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// The complete fixture with one warning only: the pharmacist's INPE left out.
    static func warnedOnly() -> Dossier {
        var d = StoreFixtures.complete()
        d.pharmacies[0].inpe = ""
        return d
    }

    @Test("a warning leaves the dossier complete; an error does not")
    func completeness() {
        let warned = Self.warnedOnly()
        let problems = DossierValidator.problems(in: warned, today: StoreFixtures.today)
        #expect(problems == [Problem(code: "inpe.missingPharmacist", path: "pharmacies[0].inpe", severity: .warning)])
        #expect(DossierValidator.isComplete(warned, today: StoreFixtures.today))
        var failed = warned
        failed.practitioners[0].inpe = ""
        #expect(!DossierValidator.isComplete(failed, today: StoreFixtures.today))
        #expect(DossierValidator.problems(in: failed, today: StoreFixtures.today).errors.map(\.code) == ["inpe.missing"])
    }

    @Test("check --json: each problem has its severity, errors first; complete and exit 0 with warnings only")
    func checkWithWarningsOnly() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        let warned = try store.save(Self.warnedOnly(), language: .fr, now: StoreFixtures.now)
        let report = CheckReport(files: [warned.jsonPath], today: StoreFixtures.today)
        #expect(report.exitCode == 0)
        let file = try #require(try json(report.json(.en)).first)
        #expect(file["complete"] as? Bool == true)
        let problems = try #require(file["problems"] as? [[String: String]])
        #expect(problems.map { $0["severity"] } == ["warning"])
        #expect(problems.first?["code"] == "inpe.missingPharmacist")
        #expect(problems.first?["path"] == "pharmacies[0].inpe")
        let text = report.text(.en)
        #expect(text.contains("\(warned.jsonPath): complete, 1 warning"))
        #expect(text.contains("  pharmacies[0].inpe (warning): Pharmacist's INPE not entered"))

        // One error beside the warning: incomplete, exit 1, the error first.
        var both = Self.warnedOnly()
        both.student.fullName = ""
        let failed = try store.save(both, language: .fr, now: StoreFixtures.now.addingTimeInterval(1))
        let second = CheckReport(files: [warned.jsonPath, failed.jsonPath], today: StoreFixtures.today)
        #expect(second.exitCode == 1)
        let files = try json(second.json(.en))
        #expect(files.map { $0["complete"] as? Bool } == [true, false])
        let severities = (files[1]["problems"] as? [[String: String]])?.map { $0["severity"] ?? "" }
        #expect(severities == ["error", "warning"])
        #expect(second.text(.en).contains("\(failed.jsonPath): 1 problem, 1 warning"))
    }

    @Test("list counts a dossier with warnings only as ready, its warning among its problems")
    func listComplete() throws {
        let folder = StoreFixtures.privateFolder()
        defer { StoreFixtures.remove(folder) }
        let store = DossierStore(folder: folder)
        _ = try store.save(Self.warnedOnly(), language: .fr, now: StoreFixtures.now)
        let report = DossierListReport(listings: store.list(), context: builtIn(StoreFixtures.today))
        #expect(report.rows.map(\.status) == [.ready])
        #expect(report.rows.map(\.problems) == [1])
    }

    @Test("the summary says complete, then lists the warnings apart, in words", arguments: Language.allCases)
    func summary(language: Language) {
        let context = builtIn(StoreFixtures.today)
        let dossier = Self.warnedOnly()
        let words = context.words(language, for: dossier)
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, context: context))
        let problem = Problem(code: "inpe.missingPharmacist", path: "pharmacies[0].inpe", severity: .warning)
        #expect(text.contains(words("summary.status.complete")))
        // An Arabic line of the summary opens with a right-to-left mark.
        let mark = language.isRightToLeft ? "\u{200F}" : ""
        #expect(text.contains(words("summary.status.warnings", ["count": "1"]) + "\n" + mark + "- "
                              + ProblemWording.text(problem, words)))
        #expect(ProblemWording.text(problem, words).hasPrefix(words("wizard.entry.pharmacies", ["n": "1"]) + " — "),
                "the problem names the entry and the field in words, not the JSON path")
        #expect(!text.contains("pharmacies[0]"))
        #expect(!text.contains(words("summary.status.incomplete", ["count": "1"])))
    }

    @Test("a draft written before problems had a severity reads its problems as errors")
    func oldDraftProblem() throws {
        let old = try JSONDecoder().decode(Problem.self, from: Data(#"{"code":"cnie.format","path":"student.cnie","arguments":{"value":"12"}}"#.utf8))
        #expect(old == Problem(code: "cnie.format", path: "student.cnie", arguments: ["value": "12"]))
        #expect(old.isError)
        let warning = Problem(code: "email.format", path: "student.email", severity: .warning)
        #expect(try JSONDecoder().decode(Problem.self, from: JSONEncoder().encode(warning)) == warning)
    }
}
