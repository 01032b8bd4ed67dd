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

    func spec(_ step: Step, _ path: String, entry: Int? = nil, dossier: Dossier = Dossier()) -> FieldSpec {
        Screens.fields(for: step, entry: entry, dossier: dossier).first { $0.path == path }!
    }

    @Test("a complete ordinary dossier typed in each language is saved, with the summary and the address",
          arguments: Language.allCases)
    func completeDossier(language: Language) throws {
        defer { sandbox.remove() }
        let (outcome, transcript, _) = sandbox.run(PlainScript.ordinary(language), language: language)
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
        #expect(dossier.treatment.firstActDate == CalendarDate(iso: "2026-02-20"))
        #expect(dossier.practitioners.map(\.inpe) == ["204518"])
        #expect(dossier.practitioners.first?.fee == Money(centimes: 25_000))
        #expect(dossier.practitioners.first?.stampedAndSigned == true)
        #expect(dossier.pharmacies.first?.total == Money(centimes: 8_960))
        #expect(dossier.labs.isEmpty)
        #expect(dossier.originals == Originals(prescription: true, doctorInvoice: true))
        #expect(DossierValidator.problems(in: dossier, today: testToday).isEmpty)
        // The draft is gone once the dossier is saved.
        #expect(!FileManager.default.fileExists(atPath: sandbox.drafts.path))
        // The summary and the address, as plain lines, and nothing else.
        #expect(transcript.contains(tr("summary.title", language)))
        for line in ReferenceData.shared.addressLines(.fr) + ReferenceData.shared.addressLines(.ar) {
            #expect(lines(transcript).contains(line))
        }
        expectOnlyTranslatedText(transcript)
        #expect(!transcript.contains("\u{1B}"))
        #expect(!transcript.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("each question is one line with what is expected and the current value; Enter keeps it")
    func promptsAndDefaults() {
        defer { sandbox.remove() }
        // Name, CNIE, then back to the name: Enter keeps it.
        let script = PlainScript.eligibility(.en) + ["1", "Youssef Amrani", "<", "", "JB45678"]
        let (_, transcript, wizard) = sandbox.run(script)
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
    func wrongAnswers() {
        defer { sandbox.remove() }
        let script = [PlainScript.yes[.en]!, "", "31/02/2004", "14/03/2004", "", "1", "Youssef Amrani", "12", "JB45678"]
        let (_, transcript, wizard) = sandbox.run(script)
        let all = lines(transcript)
        let dateProblem = FieldValues.problem(spec(.eligibility, "student.birthDate"), text: "31/02/2004",
                                              dossier: Dossier(), today: testToday)!
        #expect(dateProblem.code == "date.impossible")
        let wrongDate = all.firstIndex { $0.hasSuffix(": 31/02/2004") }!
        #expect(all[wrongDate + 1] == dateProblem.message(.en))
        #expect(all[wrongDate + 2].hasPrefix("Birth date (DD/MM/YYYY): 14/03/2004"), "a refused value is never offered back")
        let cnieProblem = FieldValues.problem(spec(.student, "student.cnie"), text: "12", dossier: Dossier(),
                                              today: testToday)!
        let wrongCNIE = all.firstIndex { $0 == "CNIE number: 12" }!
        #expect(all[wrongCNIE + 1] == cnieProblem.message(.en))
        #expect(all[wrongCNIE + 2].hasPrefix("CNIE number: JB45678"))
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.dossier.student.cnie == "JB45678")
    }

    @Test("? prints the field's help (the wizard's text) and asks again")
    func help() throws {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.fr) + ["1", "?", "Youssef Amrani", "?"]
        let (_, transcript, _) = sandbox.run(script, language: .fr)
        let all = lines(transcript)
        let name = tr("wizard.field.student.fullName", .fr)
        let first = try #require(all.firstIndex { $0 == name + " : ?" })
        #expect(all[first + 1] == tr("wizard.help.student.fullName", .fr))
        #expect(all[first + 2] == name + " : Youssef Amrani")
        let second = try #require(all.firstIndex { $0 == tr("wizard.field.student.cnie", .fr) + " : ?" })
        #expect(all[second + 1] == tr("wizard.help.student.cnie", .fr))
    }

    @Test("< goes back one question, across screens, losing nothing")
    func backAcrossScreens() {
        defer { sandbox.remove() }
        // Name → sheet (Enter keeps it) → name → sheet → traditional
        // education → birth date (Enter keeps it) → forward again to the name.
        let script = PlainScript.eligibility(.en) + ["1", "<", "", "<", "<", "<", "", "", "", "Youssef Amrani"]
        let (_, transcript, wizard) = sandbox.run(script)
        let all = lines(transcript)
        // Back from the student's name to the sheet, whose value is now shown.
        #expect(all.contains("Care sheet (1 to 3, or a word) [1. Ordinary care sheet (Feuille de soins)]: "))
        #expect(all.contains("Birth date (DD/MM/YYYY) [14/03/2004]: "))
        #expect(wizard.state.dossier.student.birthDate == CalendarDate(iso: "2004-03-14"))
        #expect(wizard.state.dossier.student.fullName == "Youssef Amrani")
        #expect(all.filter { $0.hasPrefix("Step 2 of 12") }.count == 2)
    }

    @Test("< on the very first question says so and asks it again")
    func backAtFirstQuestion() {
        defer { sandbox.remove() }
        let (_, transcript, _) = sandbox.run(["<"])
        #expect(lines(transcript).contains(tr("plain.back.first", .en)))
    }

    @Test("Enter on a choice nobody made asks again: the first line is never taken silently")
    func emptyChoice() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.en) + ["", "3"]
        let (_, transcript, wizard) = sandbox.run(script)
        let all = lines(transcript)
        let empty = all.firstIndex { $0 == "Care sheet (1 to 3, or a word): " }!
        #expect(all[empty + 1] == tr("plain.choice.required", .en))
        #expect(all[empty + 2] == "Care sheet (1 to 3, or a word): 3")
        #expect(wizard.state.dossier.sheet == .dental)
    }

    @Test("a word filters the 42 diseases: several matches are listed, a number picks")
    func diseaseFilter() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.fr) + ["2", "diab", "9"]
        let (_, transcript, wizard) = sandbox.run(script, language: .fr)
        let all = lines(transcript)
        let typed = all.firstIndex { $0.hasSuffix(": diab") }!
        #expect(all[typed + 1] == tr("plain.choice.several", .fr, ["count": "2"]))
        #expect(all[typed + 2] == "9. Diabète insulino-dépendant et diabète non insulino-dépendant")
        #expect(all[typed + 3] == "29. Rétinopathie diabétique")
        #expect(wizard.state.dossier.chronicDisease == 9)
    }

    @Test("one match is confirmed; the search is accent- and case-insensitive, in Arabic too")
    func diseaseOneMatch() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.ar) + ["2", "باركنسون", ""]
        let (_, transcript, wizard) = sandbox.run(script, language: .ar)
        #expect(transcript.contains(tr("plain.choice.confirm", .ar, ["choice": "22. داء باركنسون — Maladie de Parkinson"])))
        #expect(wizard.state.dossier.chronicDisease == 22)
        expectOnlyTranslatedText(transcript)
        let sandbox2 = PlainSandbox()
        defer { sandbox2.remove() }
        let (_, _, french) = sandbox2.run(PlainScript.eligibility(.fr) + ["2", "DIABETE INSULINO", "oui"], language: .fr)
        #expect(french.state.dossier.chronicDisease == 9)
    }

    @Test("yes/no answers in three languages and as digits", arguments: [
        ("o", true), ("oui", true), ("Y", true), ("yes", true), ("نعم", true), ("1", true),
        ("n", false), ("non", false), ("No", false), ("لا", false), ("0", false),
    ])
    func yesNo(answer: String, value: Bool) {
        #expect(PlainInput.yesNo(answer) == value)
        defer { sandbox.remove() }
        let (_, _, wizard) = sandbox.run([answer, answer == "0" || !value ? "1" : "0"])
        #expect(wizard.state.dossier.eligibility.enrolled == value)
        #expect(wizard.state.dossier.eligibility.otherCoverage == !value)
    }

    @Test("a yes/no question refuses anything else with one line")
    func yesNoRefused() {
        defer { sandbox.remove() }
        #expect(PlainInput.yesNo("peut-être") == nil)
        let (_, transcript, _) = sandbox.run(["peut-être", "y"])
        let all = lines(transcript)
        let wrong = all.firstIndex { $0.hasSuffix(": peut-être") }!
        #expect(all[wrong + 1] == tr("plain.error.yesNo", .en))
        #expect(all[wrong + 2].hasPrefix("Enrolled at an institution this year? (y/n) [Yes]: y"))
    }

    @Test("the dental sheet skips doctors, pharmacies and labs, as Step.applies(to:) says")
    func dentalSkips() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.en) + ["3"] + PlainScript.student() + ["20/02/2026", "", "y", "Dr Salma Idrissi"]
        let (_, transcript, wizard) = sandbox.run(script)
        #expect(!transcript.contains("Step 6 of 12") && !transcript.contains("Step 7 of 12")
                && !transcript.contains("Step 8 of 12"))
        #expect(transcript.contains("Step 9 of 12 — Dentists"))
        #expect(lines(transcript).contains("Add a dentist? (y/n): y"))
        #expect(wizard.state.dossier.dentists.map(\.name) == ["Dr Salma Idrissi"])
        expectOnlyTranslatedText(transcript)
    }

    @Test("Enter alone does not decide whether to add an entry; an entry left blank by < is dropped")
    func entries() {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.en) + ["1"] + PlainScript.student() + ["20/02/2026", "", "", "y", "<"]
        let (_, transcript, wizard) = sandbox.run(script)
        let all = lines(transcript)
        let empty = all.firstIndex { $0 == "Add a doctor? (y/n): " }!
        #expect(all[empty + 1] == tr("plain.entries.required", .en))
        #expect(all.filter { $0.hasPrefix("Add a doctor? (y/n): ") }.count == 3)
        #expect(wizard.state.dossier.practitioners.isEmpty)
    }

    @Test("end of input keeps the draft where the full-screen wizard resumes it")
    func endOfInputKeepsDraft() throws {
        defer { sandbox.remove() }
        let script = PlainScript.eligibility(.en) + ["1", "Youssef Amrani", "JB45"]
        let (outcome, transcript, _) = sandbox.run(script)
        #expect(outcome == .endOfInput(draftKept: true))
        #expect(outcome.exitCode == 1)
        #expect(lines(transcript).dropLast().last == tr("plain.eof.saved", .en, ["path": sandbox.drafts.path]))
        let draft = try #require(sandbox.drafts.load())
        #expect(draft.step == .student)
        #expect(draft.focusedField?.path == "student.cnie")
        // The half-typed, wrong CNIE is kept as typed, as the wizard keeps it.
        #expect(draft.texts["student.cnie"] == "JB45")
        #expect(draft.dossier.student.fullName == "Youssef Amrani")
        let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.drafts.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let session = WizardSession(language: .en, drafts: sandbox.drafts, saveDossier: { _, _, _ in
            SavedDossier(jsonPath: "", summaryPath: "")
        }, today: { testToday })
        #expect(session.state.draftOffer == DraftOffer(step: .student, sheet: .ordinary))
    }

    @Test("! keeps the draft and quits with success; nothing typed leaves no draft")
    func quit() {
        defer { sandbox.remove() }
        let (outcome, _, _) = sandbox.run([PlainScript.no[.en]!, "!"])
        #expect(outcome == .quit(draftKept: true))
        #expect(outcome.exitCode == 0)
        #expect(sandbox.drafts.load()?.dossier.eligibility.enrolled == false)
        let empty = PlainSandbox()
        defer { empty.remove() }
        let (nothing, _, _) = empty.run([])
        #expect(nothing == .endOfInput(draftKept: false))
        #expect(!FileManager.default.fileExists(atPath: empty.drafts.path))
    }

    @Test("a draft is offered, resumed at its question, and the dossier finished")
    func resume() throws {
        defer { sandbox.remove() }
        let full = PlainScript.ordinary(.en)
        let cut = PlainScript.eligibility(.en).count + 1 + 3   // name, CNIE, Massar
        _ = sandbox.run(Array(full.prefix(cut)))
        let (outcome, transcript, _) = sandbox.run(["y"] + Array(full.dropFirst(cut)))
        #expect(transcript.contains("A draft was found (step 4: Student). Resume it?"))
        guard case .saved(let paths) = outcome else {
            Issue.record("not saved: \(outcome)\n\(transcript)")
            return
        }
        let dossier = try sandbox.store.load(path: paths.jsonPath)
        #expect(dossier.student.cnie == "JB45678")
        #expect(dossier.student.address == "3, derb Sidi Bouloukat, Marrakech")
    }

    @Test("the review lists the problems; a number goes to the field, then on to the save")
    func reviewJumps() throws {
        defer { sandbox.remove() }
        var script = PlainScript.ordinary(.en)
        let inpe = script.firstIndex(of: "204518")!
        script[inpe] = ""
        script.removeLast()   // the final "yes"
        // Point 1 is the INPE; then Enter through the rest back to the review.
        script += ["1", "204518", "", "", "", "n", "", "n", "n", "", "", "y"]
        let (outcome, transcript, _) = sandbox.run(script)
        expectOnlyTranslatedText(transcript)
        let problem = Problem(code: "inpe.missing", path: "practitioners[0].inpe")
        #expect(lines(transcript).contains("1. " + Wizard.problemText(problem, .en)))
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
