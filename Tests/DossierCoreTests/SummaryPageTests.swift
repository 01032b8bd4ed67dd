import Foundation
import Testing
@testable import DossierCore

@Suite("The printed page: 80 columns, empty boxes to tick while packing, the sheet line follows the stamps")
struct SummaryPageTests {
    let today = StoreFixtures.today

    /// Long values and many problems: every kind of line the page can fold.
    static func crowded() -> Dossier {
        var d = StoreFixtures.everyField()
        d.student.fullName = "Fatima-Zahra Benabdellah El Alaoui El Idrissi Ouazzani Chraibi Bennani Tazi Fassi"
        d.student.address = "Résidence universitaire Souissi II, pavillon B, chambre 214, avenue Mohammed Ben Abdellah Regragui, Rabat"
        d.pharmacies[0].stampedAndSigned = false
        d.pharmacies[0].inpe = ""
        d.practitioners.append(Practitioner(name: "Dr Abdelhak Benkirane Lahlou Sqalli Houssaini",
                                            specialty: "Oto-rhino-laryngologie et chirurgie cervico-faciale",
                                            inpe: "12", date: StoreFixtures.day("2026-01-15"), fee: StoreFixtures.dh("400")))
        d.originals = Originals()
        return d
    }

    @Test("no line is wider than 80 columns, and a folded line goes on indented", arguments: Language.allCases)
    func eightyColumns(language: Language) {
        let text = EnvelopeSummary.text(for: Self.crowded(), language: language, context: builtIn(today))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            #expect(DisplayWidth.of(line) <= EnvelopeSummary.pageWidth, "\(language): \(DisplayWidth.of(line)) columns: \(line)")
        }
        // The long name was folded, not cut: all of it is on the page.
        #expect(SummaryReading.flat(text).contains("Ouazzani Chraibi Bennani Tazi Fassi"))
        #expect(lines.count > SummaryReading.unfolded(text).split(separator: "\n", omittingEmptySubsequences: false).count,
                "\(language): some lines were folded")
    }

    @Test("every box is empty on paper, whatever was ticked on screen, under the words that say to tick while packing",
          arguments: Language.allCases)
    func emptyBoxes(language: Language) {
        let ticked = StoreFixtures.complete()
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: ticked, language: language, context: builtIn(today)))
        let words = builtIn(today).words(language, for: ticked)
        #expect(!text.contains("[x]"), "\(language)")
        let boxes = text.components(separatedBy: "\n").filter { $0.replacingOccurrences(of: "\u{200F}", with: "").hasPrefix("[ ] ") }
        #expect(boxes.count == 1 + RequiredOriginals.documents(for: ticked).count)
        let tick = try! #require(text.components(separatedBy: "\n").firstIndex { $0.hasSuffix(words("summary.envelope.tickWhilePacking")) })
        let firstBox = try! #require(text.components(separatedBy: "\n").firstIndex { $0.contains("[ ] ") })
        #expect(tick < firstBox, "said before the boxes")
    }

    @Test("the sheet's line says which entries still lack a stamp, and says nothing when none does",
          arguments: Language.allCases)
    func sheetFollowsStamps(language: Language) {
        let context = builtIn(today)
        var dossier = StoreFixtures.complete()
        let words = context.words(language, for: dossier)
        let stamped = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, context: context))
        let note = words("summary.envelope.stampsMissing", ["count": "1", "entries": words("wizard.entry.pharmacies", ["n": "1"])])
        #expect(!stamped.contains(note))
        dossier.pharmacies[0].stampedAndSigned = false
        let page = SummaryReading.flat(EnvelopeSummary.text(for: dossier, language: language, context: context))
        let sheet = "[ ] " + words("summary.envelope.sheet",
                                   ["sheet": EnvelopeSummary.sheetName(.ordinary, language, context.careRules(for: dossier))])
        #expect(page.contains(SummaryReading.flat(sheet + " " + note + " [ ] ")), "\(language): right under the sheet's line")
        dossier.practitioners[0].stampedAndSigned = false
        let two = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, context: context))
        let both = [words("wizard.entry.practitioners", ["n": "1"]), words("wizard.entry.pharmacies", ["n": "1"])]
        #expect(two.contains(words("summary.envelope.stampsMissing", ["count": "2", "entries": both.joined(separator: ", ")])))
    }

    @Test("a quoted value is never broken at the end of a line; a path breaks only after a /")
    func wrapping() {
        let quoted = TextWrap.lines("Code de maladie « M1300 42 » saisi : un numéro de 1 à 42 est attendu.", width: 20)
        for line in quoted {
            #expect(!line.hasSuffix("«") && !line.hasPrefix("»"), "\(quoted)")
        }
        #expect(quoted.contains { $0.contains("« M1300 42 »") })
        // A quotation wider than the line is broken as words are.
        #expect(TextWrap.lines("« un deux trois quatre cinq six »", width: 10).allSatisfy { DisplayWidth.of($0) <= 10 })
        let path = TextWrap.lines("Enregistré : /home/sara/amo-dossier/dossiers/2026-12-01-AB123456.json", width: 28)
        #expect(path == ["Enregistré :", "/home/sara/amo-dossier/", "dossiers/", "2026-12-01-AB123456.json"])
    }

    @Test("the print command quotes a file name a shell would split")
    func printCommand() {
        #expect(ShellWord.quoted("/home/sara/amo-dossier/AB123456.txt") == "/home/sara/amo-dossier/AB123456.txt")
        #expect(ShellWord.quoted("/home/sara/Mes dossiers/a.txt") == "'/home/sara/Mes dossiers/a.txt'")
        #expect(ShellWord.quoted("/tmp/l'été;rm.txt") == "'/tmp/l'\\''été;rm.txt'")
    }
}
