import DossierCore
import Foundation
import Testing
@testable import DossierWizard

@Suite("Plain mode: the wizard as line prompts, driven by scripted answers")
struct PlainWizardTests {
    let sandbox = PlainSandbox()

    /// The lines of a transcript, prompts included (each answer is echoed
    /// after its prompt, so a prompt and its answer make one line).
    func lines(_ transcript: String) -> [String] {
        transcript.components(separatedBy: "\n")
    }

    /// A translation key or an unfilled placeholder in the output means a
    /// word missing from the tables (tr shows the key rather than crash).
    func expectOnlyTranslatedText(_ transcript: String) {
        for prefix in ["plain.", "wizard.", "summary.", "problem.", "deadline."] {
            #expect(!transcript.contains(prefix), "untranslated key \(prefix)… in:\n\(transcript)")
        }
        #expect(transcript.range(of: #"\{[a-zA-Z]+\}"#, options: .regularExpression) == nil)
    }

    /// A field of the registry by its id (`student.cnie`).
    func field(_ id: String) -> Field { FieldRegistry.field(id: id)! }

    /// What the wizard says about `text` typed into a field of a fresh dossier.
    func problem(_ id: String, typing text: String) -> Problem? {
        let dossier = Dossier()
        return field(id).problem(typing: text, in: dossier, entry: nil, rules: testContext.rules(for: dossier),
                                 today: testToday)
    }

    @Test("a complete ordinary dossier typed in each language is saved, with the summary and the address",
          arguments: Language.allCases)
    func completeDossier(language: Language) throws {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(answers: PlainScript.answers(language), language: language)
        guard case .saved(let paths) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        #expect(outcome.exitCode == 0)
        let dossier = try sandbox.store.load(path: paths.jsonPath)
        #expect(dossier.sheet == .ordinary)
        #expect(dossier.student.fullName == "Youssef Amrani")
        #expect(dossier.student.cnie == "JB45678")
        #expect(dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(dossier.student.massar == nil && dossier.student.rib == nil)
        #expect(dossier.treatment.firstActDate == CalendarDate(iso: "2026-02-10"))
        #expect(dossier.practitioners.map(\.inpe) == ["123456789"])
        #expect(dossier.practitioners.first?.fee == Money(centimes: 25_000))
        #expect(dossier.practitioners.first?.stampedAndSigned == true)
        #expect(dossier.pharmacies.first?.total == Money(centimes: 13_460))
        #expect(dossier.labs.isEmpty)
        #expect(dossier.originals == Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true))
        #expect(DossierValidator.problems(in: dossier, context: testContext.core).isEmpty)
        // The draft is gone once the dossier is saved.
        #expect(!FileManager.default.fileExists(atPath: sandbox.drafts.path))
        // The summary and the address, as plain lines, and nothing else.
        #expect(transcript.contains(words(language)("summary.title")))
        let mailing = testContext.core.mailingRules()
        // The summary's Arabic lines open with a right-to-left mark.
        let shown = lines(transcript).map { $0.replacingOccurrences(of: "\u{200F}", with: "") }
        for line in mailing.addressLines(.fr) + mailing.addressLines(.ar) {
            #expect(shown.contains(line))
        }
        // The edition's notice, in the summary and on the Done lines.
        let notice = try #require(mailing.notice).text(language)
        // (The summary folds it at 80 columns, going on indented.)
        let unfolded = transcript.replacing(/\n\u{200F}? {2,}/, with: " ")
        #expect(unfolded.components(separatedBy: notice).count - 1 == 2, "\(transcript)")
        expectOnlyTranslatedText(transcript)
        #expect(!transcript.contains("\u{1B}"))
        #expect(!transcript.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("each question is one line with what is expected and the current value; Enter keeps it")
    func promptsAndDefaults() {
        defer { sandbox.remove() }
        // The name, then back to it from the question after it: Enter keeps it.
        var answers = PlainScript.answers()
        answers["eligibility.traditionalEducationFinalStage"] = [""]
        answers["student.fullName"] = ["Youssef Amrani", ""]
        let console = ScriptedConsole(answers: answers, endAt: "student.massar")
        var wentBack = false
        console.beforeEachRead = { [unowned console] question in
            guard !wentBack, console.asked.last == "student.fullName" else { return }
            wentBack = true
            console.answers[question, default: []].insert("<", at: 0)
        }
        let (_, transcript, wizard) = sandbox.run(console)
        let all = lines(transcript)
        #expect(all.contains("Birth date (DD/MM/YYYY): 14/03/2004"))
        #expect(all.contains("Other health coverage (CNSS, a parent's CNOPS, private insurance)? (y/n) [No]: no"))
        // Enter on a yes/no question keeps its value.
        #expect(all.contains("Student of traditional education (التعليم العتيق), final stage? (y/n) [No]: "))
        #expect(all.contains("Full name [Youssef Amrani]: "))
        #expect(wizard.state.dossier.student.fullName == "Youssef Amrani")
        #expect(wizard.state.dossier.student.cnie == "JB45678")
        #expect(wizard.state.dossier.eligibility.traditionalEducationFinalStage == false)
    }

    @Test("a wrong answer gets one line saying what is wrong, then the same question")
    func wrongAnswers() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.birthDate"] = ["31/02/2004", "14/03/2004"]
        answers["student.cnie"] = ["12", "JB45678"]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.massar")
        let all = lines(transcript)
        let dateProblem = try #require(problem("student.birthDate", typing: "31/02/2004"))
        #expect(dateProblem.code == "date.impossible")
        let wrongDate = try #require(all.firstIndex { $0.hasSuffix(": 31/02/2004") })
        #expect(all[wrongDate + 1] == words(.en).message(dateProblem))
        #expect(all[wrongDate + 2].hasPrefix("Birth date (DD/MM/YYYY): 14/03/2004"), "a refused value is never offered back")
        let cnieProblem = try #require(problem("student.cnie", typing: "12"))
        let wrongCNIE = try #require(all.firstIndex { $0 == "CNIE number: 12" })
        #expect(all[wrongCNIE + 1] == words(.en).message(cnieProblem))
        #expect(all[wrongCNIE + 2].hasPrefix("CNIE number: JB45678"))
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.dossier.student.cnie == "JB45678")
    }

    @Test("? prints the field's help (the wizard's text) and asks again")
    func help() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.fr)
        answers["student.fullName"] = ["?", "Youssef Amrani"]
        answers["student.cnie"] = ["?"]
        let (_, transcript, _) = sandbox.run(answers: answers, endAt: "student.cnie", language: .fr)
        let all = lines(transcript)
        let fr = words(.fr)
        let name = fr("wizard.field.student.fullName")
        let first = try #require(all.firstIndex { $0 == name + " : ?" })
        #expect(all[first + 1] == fr("wizard.help.student.fullName"))
        #expect(all[first + 2] == name + " : Youssef Amrani")
        let second = try #require(all.firstIndex { $0 == fr("wizard.field.student.cnie") + " : ?" })
        #expect(all[second + 1] == fr("wizard.help.student.cnie"))
    }

    @Test("< goes back one question, across screens, losing nothing")
    func backAcrossScreens() {
        defer { sandbox.remove() }
        // Name → sheet (Enter keeps it) → name → sheet → the exception to
        // the age limit, the eligibility's last question → the birth date
        // before it (Enter keeps it) → sheet → the name.
        var answers = PlainScript.answers()
        answers["student.fullName"] = ["<", "<", "Youssef Amrani"]
        answers["sheet"] = ["1", "", "<", ""]
        answers["student.birthDate"] = ["14/03/2004", ""]
        answers["eligibility.traditionalEducationFinalStage"] = ["", "<", ""]
        let console = ScriptedConsole(answers: answers, endAt: "student.cnie")
        let (_, transcript, wizard) = sandbox.run(console)
        let all = lines(transcript)
        // Back from the student's name to the sheet, whose value is now shown.
        #expect(all.contains("Care sheet (1 to 3, or a word) [1. Ordinary care sheet (Feuille de soins)]: "))
        #expect(all.contains("Birth date (DD/MM/YYYY) [14/03/2004]: "))
        let fromSheet = console.asked.indices.dropLast().filter { console.asked[$0] == "sheet" }
            .map { console.asked[$0 + 1] }
        #expect(fromSheet.contains("eligibility.traditionalEducationFinalStage"), "\(console.asked)")
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.dossier.student.fullName == "Youssef Amrani")
        #expect(all.filter { $0.hasPrefix("Step 2 of 12") }.count == 2)
    }

    @Test("< on the very first question says so and asks it again")
    func backAtFirstQuestion() {
        defer { sandbox.remove() }
        let console = ScriptedConsole(answers: [:], fallback: "<")
        let (_, transcript, _) = sandbox.run(console)
        #expect(lines(transcript).contains(words(.en)("plain.back.first")))
        #expect(Set(console.asked).count == 1)
    }

    @Test("Enter on a choice nobody made asks again: the first line is never taken silently")
    func emptyChoice() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["sheet"] = ["", "3"]
        answers["student.fullName"] = []
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.fullName")
        let all = lines(transcript)
        let empty = try #require(all.firstIndex { $0 == "Care sheet (1 to 3, or a word): " })
        #expect(all[empty + 1] == words(.en)("plain.choice.required"))
        #expect(all[empty + 2] == "Care sheet (1 to 3, or a word): 3")
        #expect(wizard.state.dossier.sheet == .dental)
    }

    @Test("a word filters the 42 diseases: several matches are listed, a number picks")
    func diseaseFilter() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.fr)
        answers["sheet"] = ["2"]
        answers["chronicDisease"] = ["diab", "9"]
        answers["student.fullName"] = []
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.fullName", language: .fr)
        let all = lines(transcript)
        let typed = try #require(all.firstIndex { $0.hasSuffix(": diab") })
        #expect(all[typed + 1] == words(.fr)("plain.choice.several", ["count": "2"]))
        #expect(all[typed + 2] == "9. Diabète insulino-dépendant et diabète non insulino-dépendant")
        #expect(all[typed + 3] == "29. Rétinopathie diabétique")
        #expect(wizard.state.dossier.chronicDisease == 9)
    }

    @Test("one match is confirmed; the search is accent- and case-insensitive, in Arabic too")
    func diseaseOneMatch() {
        defer { sandbox.remove() }
        var answers = PlainScript.answers(.ar)
        answers["sheet"] = ["2"]
        answers["chronicDisease"] = ["باركنسون", ""]
        answers["student.fullName"] = []
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "student.fullName", language: .ar)
        #expect(transcript.contains(words(.ar)("plain.choice.confirm", ["choice": "22. داء باركنسون — Maladie de Parkinson"])))
        #expect(wizard.state.dossier.chronicDisease == 22)
        expectOnlyTranslatedText(transcript)
        let sandbox2 = PlainSandbox()
        defer { sandbox2.remove() }
        var french = PlainScript.answers(.fr)
        french["sheet"] = ["2"]
        french["chronicDisease"] = ["DIABETE INSULINO", "oui"]
        french["student.fullName"] = []
        let (_, _, wizard2) = sandbox2.run(answers: french, endAt: "student.fullName", language: .fr)
        #expect(wizard2.state.dossier.chronicDisease == 9)
    }

    @Test("yes/no answers in three languages and as digits", arguments: [
        ("o", true), ("oui", true), ("Y", true), ("yes", true), ("نعم", true), ("1", true),
        ("n", false), ("non", false), ("No", false), ("لا", false), ("0", false),
    ])
    func yesNo(answer: String, value: Bool) {
        #expect(PlainInput.yesNo(answer) == value)
        defer { sandbox.remove() }
        let (_, _, wizard) = sandbox.run(answers: ["eligibility.enrolled": [answer],
                                                   "eligibility.otherCoverage": [value ? "0" : "1"]],
                                         endAt: "eligibility.traditionalEducationFinalStage")
        #expect(wizard.state.dossier.eligibility.enrolled == value)
        #expect(wizard.state.dossier.eligibility.otherCoverage == !value)
    }

    @Test("a yes/no question refuses anything else with one line")
    func yesNoRefused() throws {
        defer { sandbox.remove() }
        #expect(PlainInput.yesNo("peut-être") == nil)
        let (_, transcript, _) = sandbox.run(answers: ["eligibility.enrolled": ["peut-être", "y"]],
                                             endAt: "eligibility.otherCoverage")
        let all = lines(transcript)
        let wrong = try #require(all.firstIndex { $0.hasSuffix(": peut-être") })
        #expect(all[wrong + 1] == words(.en)("plain.error.yesNo"))
        #expect(all[wrong + 2].hasPrefix("Enrolled at an institution this year? (y/n) [Yes]: y"))
    }

    @Test("the dental sheet skips doctors, pharmacies and labs, as the edition's sheets say")
    func dentalSkips() {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["sheet"] = ["3"]
        answers["entries.dentists"] = ["y"]
        answers["dentists[0].name"] = ["Dr Salma Idrissi"]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "dentists[0].inpe")
        for kind in [CareKind.practitioners, .pharmacies, .labs] {
            #expect(!transcript.contains(" — " + words(.en)(Step.care(kind).titleKey)))
        }
        // The counter counts the dental sheet's screens only: treatment is 5, the dentists 6, of 9.
        #expect(transcript.contains("Step 5 of 9 — Treatment"))
        #expect(transcript.contains("Step 6 of 9 — Dentists"))
        #expect(lines(transcript).contains("Add a dentist? (y/n): y"))
        #expect(wizard.state.dossier.dentists.map(\.name) == ["Dr Salma Idrissi"])
        expectOnlyTranslatedText(transcript)
    }

    @Test("Enter alone does not decide whether to add an entry; an entry left blank by < is dropped")
    func entries() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["entries.practitioners"] = ["", "y"]
        answers["practitioners[0].name"] = ["<"]
        let (_, transcript, wizard) = sandbox.run(answers: answers, endAt: "entries.practitioners")
        let all = lines(transcript)
        let empty = try #require(all.firstIndex { $0 == "Add a doctor? (y/n): " })
        #expect(all[empty + 1] == words(.en)("plain.entries.required"))
        #expect(all.filter { $0.hasPrefix("Add a doctor? (y/n): ") }.count == 3)
        #expect(wizard.state.dossier.practitioners.isEmpty)
    }

    @Test("end of input keeps the draft where the full-screen wizard resumes it")
    func endOfInputKeepsDraft() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["student.cnie"] = ["JB45"]
        let (outcome, transcript, _) = sandbox.run(answers: answers, endAt: "student.cnie")
        #expect(outcome == .endOfInput(draftKept: true))
        #expect(outcome.exitCode == 1)
        #expect(lines(transcript).dropLast().last == words(.en)("plain.eof.saved", ["path": sandbox.drafts.path]))
        let draft = try #require(sandbox.drafts.load())
        #expect(draft.step == .student)
        #expect(draft.focusedPath == "student.cnie")
        // The half-typed, wrong CNIE is kept as typed, as the wizard keeps it.
        #expect(draft.texts["student.cnie"] == "JB45")
        #expect(draft.dossier.student.fullName == "Youssef Amrani")
        let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.drafts.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let session = WizardSession(language: .en, drafts: sandbox.drafts, saveDossier: { _, _, _, _ in
            SavedDossier(jsonPath: "", summaryPath: "")
        }, today: { testToday })
        #expect(session.state.draftOffer == DraftOffer(step: .student, sheet: .ordinary))
    }

    @Test("! keeps the draft and quits with success; nothing typed leaves no draft")
    func quit() {
        defer { sandbox.remove() }
        let (outcome, _, _) = sandbox.run(answers: ["eligibility.enrolled": [PlainScript.no[.en]!],
                                                    "eligibility.otherCoverage": ["!"]])
        #expect(outcome == .quit(draftKept: true))
        #expect(outcome.exitCode == 0)
        #expect(sandbox.drafts.load()?.dossier.eligibility.enrolled == false)
        let empty = PlainSandbox()
        defer { empty.remove() }
        let (nothing, _, _) = empty.run(ScriptedConsole(answers: [:], fallback: nil))
        #expect(nothing == .endOfInput(draftKept: false))
        #expect(!FileManager.default.fileExists(atPath: empty.drafts.path))
    }

    @Test("a draft is offered, resumed at its question, and the dossier finished")
    func resume() throws {
        defer { sandbox.remove() }
        var cut = PlainScript.answers()
        cut["student.address"] = []
        _ = sandbox.run(answers: cut, endAt: "student.address")
        var answers = PlainScript.answers()
        answers["resume"] = ["y"]
        let console = ScriptedConsole(answers: answers)
        let (outcome, transcript, _) = sandbox.run(console)
        #expect(transcript.contains("A draft was found (step 4: Student). Resume it?"))
        #expect(console.asked.dropFirst().first == "student.address")
        guard case .saved(let paths) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        let dossier = try sandbox.store.load(path: paths.jsonPath)
        #expect(dossier.student.cnie == "JB45678")
        #expect(dossier.student.address == "3, derb Sidi Bouloukat, Marrakech")
    }

    @Test("the review lists the problems; a number goes to the field, then back to the review and the save")
    func reviewJumps() throws {
        defer { sandbox.remove() }
        var answers = PlainScript.answers()
        answers["practitioners[0].inpe"] = ["", "204518"]
        answers["review"] = ["1", "y"]
        let (outcome, transcript, _) = sandbox.run(answers: answers)
        expectOnlyTranslatedText(transcript)
        let problem = Problem(code: "inpe.missing", path: "practitioners[0].inpe")
        #expect(lines(transcript).contains("1. " + ReviewScreen.problemText(problem, words(.en))))
        guard case .saved(let paths) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        #expect(try sandbox.store.load(path: paths.jsonPath).practitioners.first?.inpe == "204518")
    }

    @Test("terminal noise is not text: escape sequences and carriage returns are dropped")
    func cleaning() {
        #expect(PlainInput.clean("\u{1B}[AJB45678\r") == "JB45678")
        #expect(PlainInput.clean("\u{1B}OBYoussef\u{7F}") == "Youssef")
        #expect(PlainInput.clean("يوسف") == "يوسف")
        #expect(PlainInput.reply(" < ") == .back)
        #expect(PlainInput.reply("?") == .help)
        #expect(PlainInput.reply("!") == .quit)
        #expect(PlainInput.reply("<3") == .answer("<3"))
    }
}
