import Foundation
import Testing
@testable import DossierCore

/// Rules by edition, with the fictional successor of `EditionFixtures`
/// (90 days and another fund from 2027-07-01): the edition in force on the
/// first act decides the days, the one in force on the day of mailing
/// decides the fund, the address and the contacts.
@Suite("Editions: the first act decides the days, the day of mailing the address")
struct EditionTests {
    let on = EditionFixtures.successorDay                  // 2027-07-01
    let before = EditionFixtures.successorDay.adding(days: -1)

    @Test("a first act on the successor's first day gets 90 days; the day before keeps 60")
    func daysFollowTheFirstAct() throws {
        let context = try EditionFixtures.context(today: Fixtures.date("2027-07-15"))
        let after = EditionFixtures.dossier(firstAct: on)
        #expect(context.careRules(for: after).mailingDeadlineDays == 90)
        #expect(context.mailingDeadline(of: after)?.lastMailingDay == Fixtures.date("2027-09-29"))
        let earlier = EditionFixtures.dossier(firstAct: before)
        #expect(context.careRules(for: earlier).mailingDeadlineDays == 60)
        #expect(context.mailingDeadline(of: earlier)?.lastMailingDay == Fixtures.date("2027-08-29"))
        // A treatment begun before and ended after: the first act still decides.
        let across = EditionFixtures.dossier(firstAct: Fixtures.date("2027-06-20"), end: Fixtures.date("2027-07-10"))
        #expect(context.mailingDeadline(of: across)?.lastMailingDay == Fixtures.date("2027-09-08"))
        // The built-in rules alone know nothing of the successor.
        #expect(builtIn(Fixtures.date("2027-07-15")).mailingDeadline(of: after)?.lastMailingDay
                == Fixtures.date("2027-08-30"))
    }

    @Test("deadline: the report, its JSON and its words count the days of the first act's edition")
    func deadlineReport() throws {
        let context = try EditionFixtures.context(today: Fixtures.date("2027-07-15"))
        let report = try DeadlineReport(firstAct: on, treatmentEnd: nil, context: context)
        #expect(report.days == 90)
        #expect(report.deadline.lastMailingDay == Fixtures.date("2027-09-29"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect((object["days"] as? NSNumber)?.intValue == 90)
        #expect(object["lastMailingDay"] as? String == "2027-09-29")
        #expect(report.text(.en).contains("90 days after the first medical act on 2027-07-01."))
        let old = try DeadlineReport(firstAct: before, treatmentEnd: nil, context: context)
        #expect(old.days == 60)
        let oldObject = try #require(try JSONSerialization.jsonObject(with: Data(old.json().utf8)) as? [String: Any])
        #expect((oldObject["days"] as? NSNumber)?.intValue == 60)
        #expect(old.text(.fr).contains("60 jours"))
    }

    @Test("an end in the future names the days of the first act's edition", arguments: Language.allCases)
    func endInFuture(language: Language) throws {
        let today = Fixtures.date("2027-07-20")
        let context = try EditionFixtures.context(today: today)
        for (first, days) in [(on, "90"), (before, "60")] {
            let dossier = EditionFixtures.dossier(firstAct: first, end: Fixtures.date("2027-08-01"))
            let problem = try #require(DossierValidator.problems(in: dossier, context: context)
                .first { $0.code == "date.endInFuture" })
            #expect(problem.arguments["days"] == days)
            let message = context.words(language, for: dossier).message(problem)
            #expect(message.contains(days) && !message.contains("{"), "\(language): \(message)")
        }
    }

    @Test("the summary says 90 days after the successor's date, 60 before")
    func summaryDays() throws {
        let context = try EditionFixtures.context(today: Fixtures.date("2027-07-20"))
        let after = SummaryReading.unfolded(EnvelopeSummary.text(for: EditionFixtures.dossier(firstAct: on), language: .fr, context: context))
        #expect(after.contains("90 jours après le premier acte médical du 01/07/2027."))
        #expect(after.contains("29/09/2027"))
        #expect(!after.contains("60 jours"))
        let earlier = SummaryReading.unfolded(EnvelopeSummary.text(for: EditionFixtures.dossier(firstAct: before), language: .fr, context: context))
        #expect(earlier.contains("60 jours après le premier acte médical du 30/06/2027."))
        #expect(!earlier.contains("90 jours"))
    }

    @Test("fund, address and contacts follow the day of mailing", arguments: Language.allCases)
    func mailingFollowsTheDay(language: Language) throws {
        let context = try EditionFixtures.context(today: before)
        #expect(context.mailingRules().fund.short.text(language) == "CNOPS")
        #expect(context.mailingRules(on: before).fund.short.text(language) == "CNOPS")
        #expect(context.mailingRules(on: on).fund.short.text(language) == EditionFixtures.successorFund)
        #expect(context.mailingRules(on: on).contacts.callCentre == EditionFixtures.successorCallCentre)
        let successor = try #require(EditionFixtures.successorAddress[language])
        #expect(AddressBlock.text(language, context: context, on: on) == successor.joined(separator: "\n") + "\n")
        // The built-in edition's notice is its own: the successor, which
        // states none, has none.
        let notice = try #require(ReferenceData.shared.notice).text(language)
        #expect(AddressBlock.text(language, context: context, on: before)
                == (ReferenceData.shared.addressLines(language) + ["", notice]).joined(separator: "\n") + "\n")
        // Without --on, today decides.
        #expect(AddressBlock.text(language, context: context) == AddressBlock.text(language, context: context, on: before))
        #expect(AddressBlock.text(language, context: context.on(on)) == successor.joined(separator: "\n") + "\n")
    }

    @Test("a dossier of 60 days mailed after the change goes to the new fund, with its contacts")
    func summaryAddressFollowsToday() throws {
        let dossier = EditionFixtures.dossier(firstAct: Fixtures.date("2027-06-20"))
        let context = try EditionFixtures.context(today: Fixtures.date("2027-07-05"))
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, context: context))
        for line in EditionFixtures.successorAddress[.fr]! + EditionFixtures.successorAddress[.ar]! {
            #expect(text.contains(line + "\n"), "missing \(line)")
        }
        #expect(!text.contains("8-10, rue Al Khalil"))
        #expect(text.contains("60 jours après"), "the days stay those of the first act")
        #expect(text.contains(EditionFixtures.successorCallCentre) && text.contains(EditionFixtures.successorEmail))
        #expect(!text.contains("centre.appel@cnops.org.ma"))
        #expect(context.words(.fr, for: dossier)("summary.title").contains("(CFAE)"))
        // Mailed the day before, the same dossier still goes to CNOPS.
        let earlier = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: .fr, context: context.on(before)))
        #expect(earlier.contains("8-10, rue Al Khalil — B.P. 912\n"))
        #expect(!earlier.contains("Fès"))
        #expect(earlier.contains("(CNOPS)"))
    }

    @Test("an edition stating only validFrom takes everything from the edition before it")
    func inheritsEverything() throws {
        let empty = EditionFixtures.source(["validFrom": "2028-01-01"], file: "empty.json")
        let alone = try RuleBook(sources: RuleBook.builtInSources + [empty])
        let (first, second) = (alone.editions[0], alone.editions[1])
        #expect(alone.editions.count == 2)
        #expect(second.validFrom == Fixtures.date("2028-01-01") && second.file == "empty.json")
        #expect(second.source == first.source && second.fund == first.fund)
        #expect(second.mailingDeadlineDays == first.mailingDeadlineDays && second.maximumAge == first.maximumAge)
        #expect(second.mailingAddress == first.mailingAddress && second.contacts == first.contacts)
        #expect(second.sheets == first.sheets && second.chronicDiseases == first.chronicDiseases)
        // The notice alone is not inherited: it speaks of its own edition.
        #expect(first.notice != nil && second.notice == nil)
        // After the successor it inherits the successor's, not the first edition's.
        let chained = try EditionFixtures.rulebook([empty])
        #expect(chained.editions.map(\.file) == [EditionFixtures.builtInFile, EditionFixtures.successorFile, "empty.json"])
        let last = try #require(chained.editions.last)
        #expect(last.mailingDeadlineDays == 90)
        #expect(last.fund.short.fr == EditionFixtures.successorFund)
        #expect(last.maximumAge == 30 && last.chronicDiseases.count == 42, "what neither states comes from the first")
        #expect(chained.rules(on: Fixtures.date("2028-06-01")).file == "empty.json")
    }

    @Test("the built-in edition's notice: the AMO moving from CNOPS to CNSS, check the address on the CNOPS site")
    func builtInNotice() throws {
        let notice = try #require(ReferenceData.shared.notice)
        for language in Language.allCases {
            let text = notice.text(language)
            #expect(text.contains("CNOPS") && text.contains("CNSS") && text.contains("www.cnops.org.ma"), "\(text)")
        }
        #expect(notice.en.contains("check the address"))
    }

    @Test("a notice is shown with the address of its edition: in the summary and by address; a successor replaces it")
    func noticeFollowsTheMailingDay() throws {
        let replacing = EditionFixtures.source(["validFrom": "2028-01-01",
                                                "notice": ["fr": "Nouvel avis.", "ar": "إشعار جديد.", "en": "New notice."]],
                                               file: "notice.json")
        let context = DossierContext(today: Fixtures.date("2026-02-20"), rulebook: try EditionFixtures.rulebook([replacing]),
                                     words: .shared)
        let builtInNotice = try #require(ReferenceData.shared.notice)
        let summary = SummaryReading.unfolded(EnvelopeSummary.text(for: Fixtures.completeOrdinary(), language: .en, context: context))
        let lastLine = try #require(ReferenceData.shared.addressLines(.ar).last)
        #expect(SummaryReading.flat(summary).contains(SummaryReading.flat(lastLine + " " + builtInNotice.en + " ")),
                "after the address, in the reader's language")
        #expect(AddressBlock.text(.en, context: context, on: EditionFixtures.successorDay)
                == EditionFixtures.successorAddress[.en]!.joined(separator: "\n") + "\n", "the successor has none")
        #expect(AddressBlock.text(.ar, context: context, on: Fixtures.date("2028-02-01")).hasSuffix("\n\nإشعار جديد.\n"))
        let later = SummaryReading.unfolded(EnvelopeSummary.text(for: Fixtures.completeOrdinary(), language: .en, context: context.on(Fixtures.date("2028-02-01"))))
        #expect(later.contains("New notice.") && !later.contains(builtInNotice.en))
    }

    @Test("the successor states only what changes: the rest is the built-in edition's")
    func successorInherits() throws {
        let successor = try #require(try EditionFixtures.rulebook().editions.last)
        let first = ReferenceData.shared
        #expect(successor.validFrom == on)
        #expect(successor.maximumAge == first.maximumAge)
        #expect(successor.sheets == first.sheets)
        #expect(successor.chronicDiseases == first.chronicDiseases)
        #expect(successor.mailingDeadlineDays == 90)
        // A day before every edition takes the first one.
        #expect(try EditionFixtures.rulebook().rules(on: Fixtures.date("2020-01-01")).file == EditionFixtures.builtInFile)
    }
}
