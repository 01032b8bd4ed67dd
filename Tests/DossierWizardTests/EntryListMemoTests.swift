import Testing
import DossierCore
@testable import DossierWizard

/// Issue 14: an entry list's rows are made once per dossier and kept
/// (`CareListScreen.shownRowsMemo`), so that a move in a list of 200
/// entries costs about what a move in a list of 20 does. At every step of
/// whole dossiers, and with the dossier, the language and the width
/// changed behind the list's back, the screen must be what making every
/// row afresh gives.
@Suite struct EntryListMemoTests {
    /// The list's lines with and without the memo, on an entry list.
    static func compare(_ d: WizardDriver) -> Int {
        let state = d.state
        guard case .care(let kind) = state.step, state.entry == nil, state.overlay == nil else { return 0 }
        let writer = ScreenWriter(language: state.language, width: d.width, bidi: state.bidi)
        let kept = CareListScreen.lines(kind, state, writer, d.context)
        let fresh = CareListScreen.lines(kind, state, writer, d.context, kept: false)
        #expect(kept == fresh, "\(kind) \(state.language) \(d.width)")
        return 1
    }

    @Test(arguments: [Language.fr, .ar], [80, 40])
    func keptRowsAreTheRowsMade(language: Language, width: Int) {
        for checked in CheckingDriver.everyScript(language: language, width: width, check: Self.compare) {
            #expect(checked > 0)
        }
    }

    /// Behind the list's back: an entry renamed, one added, one removed, its
    /// date made late, the language and the width changed.
    @Test func aChangedDossierIsShownChanged() {
        var state = WizardState(step: .care(.pharmacies))
        let day = CalendarDate(year: 2026, month: 11, day: 20)!
        state.dossier.pharmacies = (1...30).map {
            PharmacyPurchase(name: "Pharmacie \($0)", inpe: "771204", date: day, total: Money(centimes: 8960),
                             stampedAndSigned: true)
        }
        var d = CheckingDriver(inner: WizardDriver(state, width: 80, height: 24), check: Self.compare)
        d.recheck()
        d.press(.down)
        d.inner.state.dossier.pharmacies[0].name = "Pharmacie du Soleil"
        d.recheck()
        let writer = ScreenWriter(language: d.inner.state.language, width: 80, bidi: d.inner.state.bidi)
        let text = CareListScreen.lines(.pharmacies, d.inner.state, writer, d.inner.context)
            .map { $0.segments.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Pharmacie du Soleil"))
        d.inner.state.dossier.pharmacies.append(PharmacyPurchase(name: "Pharmacie 31"))
        d.recheck()
        d.inner.state.dossier.pharmacies.removeFirst()
        d.recheck()
        d.inner.state.dossier.pharmacies[3].date = CalendarDate(year: 2020, month: 1, day: 1)
        d.recheck()
        d.inner.state.language = .ar
        d.recheck()
        d.inner.width = 40
        d.recheck()
        #expect(d.checked == 8)
    }

    /// The memo itself: an equal key is a hit, a different one computes,
    /// and the least recent goes when it is full.
    @Test func recentMemoKeepsTheLastFew() {
        let memo = RecentMemo<Int, String>(capacity: 2)
        var computed = 0
        func value(_ key: Int) -> String { memo.value(for: key) { computed += 1; return "v\(key)" } }
        #expect(value(1) == "v1" && computed == 1)
        #expect(value(1) == "v1" && computed == 1)
        #expect(value(2) == "v2" && computed == 2)
        #expect(value(1) == "v1" && computed == 2)
        #expect(value(3) == "v3" && computed == 3)      // 2 was the least recent: it goes
        #expect(value(1) == "v1" && computed == 3)
        #expect(value(2) == "v2" && computed == 4)
    }
}
