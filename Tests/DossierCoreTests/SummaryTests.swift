import Foundation
import Testing
@testable import DossierCore

@Suite("Envelope summary: what goes in the envelope, by when, where, and what comes after")
struct SummaryTests {
    let today = StoreFixtures.today

    @Test("Student, care entries, total, deadline, registered mail and contacts, in every language",
          arguments: Language.allCases)
    func everySection(language: Language) {
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: StoreFixtures.complete(), language: language, today: today))
        for expected in ["Amina El Idrissi", "AB123456", "R123456789", "14/05/2003", "Université Ibn Zohr",
                         "Dr Karim Benali", "123456", "Pharmacie Al Amal", "Laboratoire Souss", "Centre Radiologie Atlas",
                         "11/03/2026", "10/01/2026", "courrier recommandé",
                         "www.cnops.org.ma/assures", "SMART CNOPS", "https://www.cnops.org.ma/mon_compte",
                         "053 800 20 20", "centre.appel@cnops.org.ma", "cnops.chikaya.ma", "amoe@uiz.ac.ma"] {
            #expect(text.contains(expected), "\(language): missing \(expected)")
        }
        #expect(text.contains(StoreFixtures.dh("842.90").formatted(language)))
        #expect(text.contains(StoreFixtures.dh("212.40").formatted(language)))
        #expect(text.contains(EnvelopeSummary.daysLeftText(38, language)))
        #expect(text.contains(tr("summary.status.complete", language)))
        // No translation key leaks through as raw text.
        for prefix in ["summary.", "deadline.", "problem.", "cli."] {
            #expect(!text.contains(prefix), "\(language): untranslated \(prefix)")
        }
    }

    @Test("The address block is given in French and in Arabic whatever the language; the old address never",
          arguments: Language.allCases)
    func addressInBothScripts(language: Language) {
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: StoreFixtures.complete(), language: language, today: today))
        #expect(text.contains("8-10, rue Al Khalil — B.P. 912"))
        #expect(text.contains("الصندوق الوطني لمنظمات الاحتياط الاجتماعي"))
        #expect(text.contains("10-8 زنقة الخليل، ص.ب 912"))
        #expect(!text.contains("209"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fr = ReferenceData.shared.addressLines(.fr)
        let start = try! #require(lines.firstIndex(of: fr[0]))
        #expect(Array(lines[start..<start + fr.count]) == fr)
    }

    @Test("The RIB is masked to its last 4 digits")
    func ribMasked() {
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: StoreFixtures.complete(), language: .fr, today: today))
        #expect(!text.contains(StoreFixtures.rib))
        #expect(!text.contains("0077800001"))
        #expect(text.contains("••••••••••••••••••••2396"))
    }

    @Test("Without a RIB the summary says reimbursement comes by postal money order")
    func noRIB() {
        var dossier = StoreFixtures.complete()
        dossier.student.rib = nil
        #expect(SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, today: today)).contains("mandat postal"))
        #expect(SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .en, today: today)).contains("postal money order"))
    }

    @Test("Checklist: the sheet, then exactly the required originals, each an empty box to tick while packing")
    func checklist() {
        var dossier = StoreFixtures.complete()
        dossier.originals.labResults = false
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .en, today: today))
        let boxes = text.split(separator: "\n").filter { $0.hasPrefix("[") }.map(String.init)
        // What was ticked on screen is not what is in this envelope: every box is empty on paper.
        #expect(boxes == [
            "[ ] Care sheet (Feuille de soins), filled in, signed and stamped by each professional",
            "[ ] The treating doctor's original prescription (ordonnance): dated, with the doctor's name, specialty, "
                + "stamp and signature, your name, the doses and the duration; for medicines also the pharmacist's stamp "
                + "and signature",
            "[ ] The medicines' serial numbers: the part of each box where it is printed (or the box itself when it has none)",
            "[ ] The treating doctor's original invoice",
            "[ ] The biology laboratory's original invoice: in your name, dated, numbered, with the laboratory's IF and ICE",
            "[ ] The original results of the lab tests",
            "[ ] The imaging centre's original invoice: in your name, dated, numbered, with the centre's IF and ICE",
            "[ ] The original imaging report",
        ])
        #expect(text.contains("Tick each original as you put it in the envelope."))
        #expect(text.contains("- " + tr("problem.original.missing.labResults", .en)),
                "the original not yet at hand is listed as a problem, in words")
        #expect(!text.contains("originals.labResults"), "no JSON path in the printed page")
    }

    @Test("Only a doctor's visit: the checklist asks for the doctor's invoice and nothing else")
    func checklistFollowsContent() {
        var dossier = StoreFixtures.complete()
        dossier.pharmacies = []
        dossier.labs = []
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, today: today))
        let boxes = text.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(boxes.count == 2)
        #expect(boxes[1] == "[ ] La facture originale du médecin traitant")
        #expect(!text.contains("ordonnance originale"))
    }

    @Test("The sheet's official French name stands beside its translation")
    func sheetNames() {
        var dossier = StoreFixtures.everyField()
        dossier.dentists = []
        #expect(SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, today: today))
            .contains("\nFeuille de soins Affection de longue durée (ALD)\n"))
        #expect(SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .ar, today: today))
            .contains("ورقة الأمراض المزمنة والمكلفة — Feuille de soins Affection de longue durée (ALD)"))
        let en = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .en, today: today))
        #expect(en.contains("Long-term illness (ALD) care sheet — Feuille de soins Affection de longue durée (ALD)"))
        // The disease as the review shows it too (one display per field):
        // its number, the translation, then CNOPS's French name.
        #expect(SummaryReading.flat(en).contains("Disease (list of 42): 9. Insulin-dependent and non-insulin-dependent diabetes — Diabète insulino-dépendant et diabète non insulino-dépendant"))
        #expect(en.contains("58 days left"), "continuous treatment: counted from its end, 2026-01-30 + 60 = 2026-03-31")
        #expect(en.contains("60 days after the end of the continuous treatment on 30/01/2026."))
    }

    @Test("No brackets inside brackets: a French name with its own brackets is set off with a dash",
          arguments: Language.allCases)
    func noNestedBrackets(language: Language) {
        var dossier = StoreFixtures.everyField()
        dossier.dentists = []
        dossier.chronicDisease = 33   // "Syndrome d'immunodéficience acquise (SIDA)"
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, today: today))
        for line in text.split(separator: "\n") {
            var depth = 0
            for c in line {
                if c == "(" { depth += 1; #expect(depth == 1, "\(language): nested in \(line)") }
                if c == ")" { depth -= 1 }
            }
        }
        #expect(EnvelopeSummary.officialBeside("Feuille de soins", "Care sheet", .en) == "Care sheet (Feuille de soins)")
    }

    @Test("The sheet's heading is not the sheet's name: French does not say \"Feuille de soins\" twice in a row")
    func sheetHeadingDistinct() {
        let lines = SummaryReading.unfolded(EnvelopeSummary.text(for: StoreFixtures.complete(), language: .fr, today: today))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let name = EnvelopeSummary.sheetName(.ordinary, .fr)
        let at = try! #require(lines.firstIndex(of: name))
        #expect(lines[at - 2] == "La feuille à remplir", "heading, its underline, then the sheet's name")
        for language in Language.allCases {
            #expect(tr("summary.section.sheet", language) != EnvelopeSummary.sheetName(.ordinary, language))
        }
    }

    @Test("The Ibn Zohr coverage office is listed only for Ibn Zohr students, however the name is written",
          arguments: ["Université Ibn Zohr", "UNIVERSITE IBNOU ZOHR - AGADIR", "Faculté des sciences, UIZ",
                      "ibn-zohr", "Université Ibn Zuhr", "جامعة ابن زهر", "كلية العلوم - جامعة إبن زُهر أكادير",
                      "École nationale de commerce et de gestion d'Agadir (Ibn Zohr)"])
    func ibnZohrStudent(institution: String) {
        var dossier = StoreFixtures.complete()
        dossier.student.institution = institution
        #expect(IbnZohrUniversity.names(institution))
        for language in Language.allCases {
            #expect(SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, today: today)).contains("amoe@uiz.ac.ma"))
        }
    }

    @Test("Other universities do not get the Ibn Zohr office",
          arguments: ["Université Ibn Tofail", "Université Mohammed V de Rabat", "جامعة ابن طفيل", "Université Ibn Zohra",
                      "Fuiz Institute", "Institut Zohr", ""])
    func otherStudent(institution: String) {
        var dossier = StoreFixtures.complete()
        dossier.student.institution = institution
        #expect(!IbnZohrUniversity.names(institution))
        for language in Language.allCases {
            let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, today: today))
            #expect(!text.contains("amoe@uiz.ac.ma"))
            #expect(!text.contains(tr("summary.after.ibnZohr", language, ["email": "amoe@uiz.ac.ma"])))
            #expect(text.contains("centre.appel@cnops.org.ma"), "the other contacts stay")
        }
    }

    @Test("An empty required student field is named as not filled in; an empty Massar code is left out")
    func emptyStudentFields() {
        var dossier = StoreFixtures.complete()
        dossier.student.address = ""
        dossier.student.massar = nil
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, today: today))
        #expect(text.contains("\nAdresse : (non renseigné)\n"))
        #expect(!text.contains("Code Massar"))
        #expect(text.contains("- Adresse : "), "and it is a problem to fix, named by its label")
        #expect(!text.contains("student.address"))
    }

    @Test("Days left: plural, last day, late")
    func daysLeft() {
        #expect(EnvelopeSummary.daysLeftText(2, .en) == "2 days left.")
        #expect(EnvelopeSummary.daysLeftText(1, .en) == "1 day left.")
        #expect(EnvelopeSummary.daysLeftText(0, .fr) == "C'est aujourd'hui le dernier jour.")
        #expect(EnvelopeSummary.daysLeftText(-3, .en) == "Deadline passed 3 days ago.")
    }

    @Test("A dossier past its deadline or without a first act says so, and lists what to fix")
    func incomplete() {
        var late = StoreFixtures.complete()
        late.treatment.firstActDate = StoreFixtures.day("2025-11-01")
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: late, language: .en, today: today))
        #expect(text.contains("Deadline passed 32 days ago."))
        let context = builtIn(today)
        let passed = try! #require(DossierValidator.problems(in: late, context: context).first { $0.code == "deadline.passed" })
        #expect(text.contains("- " + ProblemWording.text(passed, context.words(.en, for: late))))
        #expect(!text.contains("lastMailingDay"), "no JSON path in the printed page")
        var undated = Dossier()
        undated.student.fullName = "X"
        let blank = SummaryReading.unfolded(EnvelopeSummary.text(for: undated, language: .en, today: today))
        #expect(blank.contains("Deadline unknown"))
        #expect(blank.contains("No care entered."))
        #expect(blank.contains("Send it by registered mail (courrier recommandé)."))
    }
}
