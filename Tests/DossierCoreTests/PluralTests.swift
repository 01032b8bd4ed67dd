import Testing
@testable import DossierCore

/// Counted nouns follow each language's CLDR plural rules (issue 13):
/// Arabic zero/one/two/few/many/other, French one for 0 and 1, English
/// one for 1; no "(s)", "(أيام)" or "ملف(ات)" in any table.
@Suite struct PluralTests {
    @Test func categoriesFollowCLDR() {
        let arabic: [Int: PluralCategory] = [0: .zero, 1: .one, 2: .two, 3: .few, 10: .few, 11: .many, 60: .many,
                                             99: .many, 100: .other, 101: .other, 102: .other, 103: .few, 111: .many]
        for (n, category) in arabic { #expect(PluralCategory.of(n, in: .ar) == category, "ar \(n)") }
        let french: [Int: PluralCategory] = [0: .one, 1: .one, 2: .other, 60: .other, 1_000_000: .many]
        for (n, category) in french { #expect(PluralCategory.of(n, in: .fr) == category, "fr \(n)") }
        let english: [Int: PluralCategory] = [0: .other, 1: .one, 2: .other, 21: .other]
        for (n, category) in english { #expect(PluralCategory.of(n, in: .en) == category, "en \(n)") }
    }

    @Test func daysLeftInEveryLanguage() {
        let expected: [(Language, Int, String)] = [
            (.ar, 1, "بقي يوم واحد"), (.ar, 2, "بقي يومان"), (.ar, 3, "بقيت 3 أيام"), (.ar, 11, "بقي 11 يومًا"),
            (.ar, 100, "بقي 100 يوم"),
            (.fr, 1, "1 jour restant"), (.fr, 2, "2 jours restants"),
            (.en, 1, "1 day left"), (.en, 2, "2 days left"),
        ]
        for (language, days, text) in expected {
            #expect(tr("wizard.deadline.daysLeft", language, ["days": String(days)]) == text)
        }
        #expect(tr("deadline.daysLeft", .ar, ["days": "2"]) == "بقي يومان.")
        #expect(tr("deadline.late", .fr, ["days": "1"]) == "Délai dépassé de 1 jour.")
        #expect(tr("deadline.late", .fr, ["days": "0"]) == "Délai dépassé de 0 jour.")
        #expect(tr("deadline.late", .en, ["days": "0"]) == "Deadline passed 0 days ago.")
        #expect(tr("cli.forget.deleted", .ar, ["count": "3"]) == "حُذفت 3 ملفات.")
        #expect(tr("cli.forget.deleted", .ar, ["count": "1"]) == "حُذف ملف واحد.")
        #expect(tr("cli.check.incomplete", .en, ["file": "a.json", "count": "1"]) == "a.json: 1 problem")
        #expect(tr("cli.check.incomplete", .fr, ["file": "a.json", "count": "2"]) == "a.json : 2 problèmes")
        // The rules' own number of days, for every text that counts them.
        #expect(tr("summary.deadline.fromFirstAct", .ar, ["days": "60", "date": "x"]).hasPrefix("60 يومًا"))
    }

    @Test func aPluralBlockFallsBackToOtherAndLeavesTheRestAlone() {
        #expect(L10n.fill("{n|one:# file|other:# files} in {dir}", ["n": "1", "dir": "/tmp"], language: .en) == "1 file in /tmp")
        #expect(L10n.fill("{n|other:# ملف}", ["n": "2"], language: .ar) == "2 ملف")
        #expect(L10n.fill("{n|one:# file|other:# files}", ["n": "many"], language: .en) == "many files")
        #expect(L10n.placeholders(in: "{n|one:# a|other:# b} {x}") == ["n", "x"])
    }

    /// Issue 12: a dossier mailed today was "envoyé il y a 0 j".
    @Test func anExactNumberHasItsOwnForm() {
        let template = "{days|=0:aujourd'hui|one:il y a # jour|other:il y a # jours}"
        #expect(L10n.fill(template, ["days": "0"], language: .fr) == "aujourd'hui")
        #expect(L10n.fill(template, ["days": "1"], language: .fr) == "il y a 1 jour")
        #expect(L10n.fill(template, ["days": "10"], language: .fr) == "il y a 10 jours")
        let words = L10n.shared
        #expect(words.text("register.daysSinceMailing", .fr, ["days": "0"]) == "aujourd'hui")
        #expect(words.text("register.daysSinceMailing", .en, ["days": "3"]) == "3 d ago")
        #expect(words.text("wizard.done.mailedSince", .en, ["date": "03/12/2026", "days": "0"]) == "Mailed on 03/12/2026, today.")
        #expect(words.text("summary.mailed", .fr, ["date": "03/12/2026", "days": "2"]) == "Envoyé le 03/12/2026, il y a 2 jours.")
    }

    /// Categories a language has, integers only (CLDR).
    static let categories: [Language: Set<String>] = [
        .ar: ["zero", "one", "two", "few", "many", "other"], .fr: ["one", "many", "other"], .en: ["one", "other"],
    ]

    @Test func noTableWritesPluralsWithBracketsAndEveryBlockIsComplete() {
        let banned = ["(s)", "(es)", "(أيام)", "(ات)", "(ين)", "(مشاكل)", "(نقاط)", "(سطور)"]
        for (key, entry) in L10n.shared.table {
            for language in Language.allCases {
                guard let text = entry[language.rawValue] else { continue }
                for mark in banned { #expect(!text.contains(mark), "\(key) \(language): \(text)") }
                var rest = text[...]
                while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                    let inside = rest[rest.index(after: open)..<close]
                    rest = rest[rest.index(after: close)...]
                    guard inside.contains("|") else { continue }
                    let forms = L10n.pluralForms(inside)
                    #expect(forms["other"] != nil, "\(key) \(language) has no 'other' form")
                    let categories = forms.keys.filter { !($0.hasPrefix("=") && Int($0.dropFirst()) != nil) }
                    #expect(Set(categories).isSubset(of: Self.categories[language]!), "\(key) \(language): \(forms.keys)")
                }
            }
        }
    }
}
