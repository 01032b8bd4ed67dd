import Foundation
import Testing
@testable import DossierCore

@Suite("Calendar dates: typed, ISO, arithmetic, time zones")
struct CalendarDateTests {
    @Test("a day that does not exist is refused", arguments: [
        "31/02/2026", "29/02/2025", "30/02/2024", "31/04/2026", "00/01/2026", "01/13/2026", "32/01/2026",
    ])
    func impossibleDays(_ text: String) {
        #expect(CalendarDate(typed: text) == nil)
        guard case .failure(let problem) = TypedValue.date(text, path: "treatment.firstActDate") else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.code == "date.impossible")
        #expect(problem.arguments["value"] == text)
    }

    @Test("29 February exists in leap years only, 1900 and 2100 included")
    func leapYears() {
        #expect(CalendarDate(typed: "29/02/2024") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(typed: "29/02/2000") != nil)
        #expect(CalendarDate(typed: "29/02/1900") == nil)
        #expect(CalendarDate(iso: "2100-02-29") == nil)
        #expect(CalendarDate.isLeap(2028))
        #expect(!CalendarDate.isLeap(2026))
    }

    @Test("DD/MM/YYYY with one-digit day and month, and other separators")
    func typedForms() {
        let feb1 = CalendarDate(year: 2026, month: 2, day: 1)
        #expect(CalendarDate(typed: "1/2/2026") == feb1)
        #expect(CalendarDate(typed: "01/02/2026") == feb1)
        #expect(CalendarDate(typed: "01-02-2026") == feb1)
        #expect(CalendarDate(typed: "01.02.2026") == feb1)
        #expect(CalendarDate(typed: "  01/02/2026 ") == feb1)
        #expect(CalendarDate(typed: "2026-02-01") == feb1)
        // Arabic-Indic digits, as an Arabic keyboard may type them.
        #expect(CalendarDate(typed: "١/٢/٢٠٢٦") == feb1)
    }

    @Test("ISO is strict: 2026-1-2 is not YYYY-MM-DD")
    func strictISO() {
        #expect(CalendarDate(iso: "2026-1-2") == nil)
        #expect(CalendarDate(typed: "2026-1-2") == nil)
        #expect(CalendarDate(iso: "2026-01-02") == CalendarDate(year: 2026, month: 1, day: 2))
        #expect(CalendarDate(iso: "02/01/2026") == nil)
        #expect(CalendarDate(iso: "2026-01-02T00:00:00Z") == nil)
        #expect(CalendarDate(iso: "+026-01-02") == nil)
        guard case .failure(let problem) = TypedValue.date("2026-1-2", path: "p") else {
            Issue.record("2026-1-2 accepted")
            return
        }
        #expect(problem.code == "date.format", "a wrong shape is a format problem, not an impossible day")
    }

    @Test("ISO and DD/MM/YYYY are written as %04d and %02d write them, and ISO reads back, year 1 to 9999")
    func writtenForms() {
        for number in stride(from: CalendarDate(year: 1, month: 1, day: 1)!.dayNumber,
                             through: CalendarDate(year: 9999, month: 12, day: 31)!.dayNumber, by: 97) {
            let date = CalendarDate(dayNumber: number)
            #expect(date.iso == String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            #expect(date.dayMonthYear == String(format: "%02d/%02d/%04d", date.day, date.month, date.year))
            #expect(CalendarDate(iso: date.iso) == date)
        }
        #expect(CalendarDate(iso: "2026-00-10") == nil)
        #expect(CalendarDate(iso: "0000-01-10") == nil)
        #expect(CalendarDate(iso: "2026-01-1a") == nil)
        #expect(CalendarDate(iso: "2026_01-10") == nil)
        #expect(CalendarDate(iso: "2026-01-١٠") == nil, "Arabic-Indic digits are typed, not written in files")
    }

    @Test("typed text that is no date at all says format; empty says missing")
    func typedProblems() {
        guard case .failure(let format) = TypedValue.date("demain", path: "p"),
              case .failure(let short) = TypedValue.date("1/2/26", path: "p"),
              case .failure(let missing) = TypedValue.date("   ", path: "p") else {
            Issue.record("a non-date was accepted")
            return
        }
        #expect(format.code == "date.format")
        #expect(short.code == "date.format")
        #expect(missing.code == "date.missing")
        #expect(missing.path == "p")
    }

    @Test("adding days across month, year and leap-day boundaries")
    func arithmetic() {
        #expect(Fixtures.date("2026-01-10").adding(days: 60) == Fixtures.date("2026-03-11"))
        #expect(Fixtures.date("2024-02-29").adding(days: 60) == Fixtures.date("2024-04-29"))
        #expect(Fixtures.date("2024-02-28").adding(days: 1) == Fixtures.date("2024-02-29"))
        #expect(Fixtures.date("2026-02-28").adding(days: 1) == Fixtures.date("2026-03-01"))
        #expect(Fixtures.date("2026-11-15").adding(days: 60) == Fixtures.date("2027-01-14"))
        #expect(Fixtures.date("2026-12-31").adding(days: 1) == Fixtures.date("2027-01-01"))
        #expect(Fixtures.date("2027-01-01").adding(days: -1) == Fixtures.date("2026-12-31"))
        #expect(Fixtures.date("2026-01-10").days(until: Fixtures.date("2026-03-11")) == 60)
        #expect(Fixtures.date("2026-03-11").days(until: Fixtures.date("2026-01-10")) == -60)
        #expect(Fixtures.date("1970-01-01").dayNumber == 0)
    }

    @Test("day numbers and dates convert both ways for every day of 1900…2100")
    func dayNumberRoundTrip() {
        var day = Fixtures.date("1900-01-01")
        let last = Fixtures.date("2100-12-31")
        var count = 0
        while day <= last {
            let next = day.adding(days: 1)
            #expect(CalendarDate(dayNumber: day.dayNumber) == day)
            #expect(next.dayNumber == day.dayNumber + 1)
            // The next day is either the following day of the month or the
            // first of the next month.
            let sameMonth = next.year == day.year && next.month == day.month && next.day == day.day + 1
            let newMonth = next.day == 1 && day.day == CalendarDate.daysIn(month: day.month, year: day.year)
            #expect(sameMonth || newMonth)
            day = next
            count += 1
        }
        #expect(count == 73_414)
    }

    @Test("printed forms")
    func printedForms() {
        let d = Fixtures.date("2026-03-07")
        #expect(d.iso == "2026-03-07")
        #expect(d.dayMonthYear == "07/03/2026")
        #expect(d.description == "2026-03-07")
    }

    @Test("23:30 in Rabat is still that day in Rabat, whatever zone the machine uses")
    func lateEveningInRabat() throws {
        let rabat = try #require(TimeZone(identifier: "Africa/Casablanca"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = rabat
        let lateEvening = try #require(calendar.date(from: DateComponents(year: 2026, month: 1, day: 10, hour: 23, minute: 30)))
        #expect(CalendarDate.day(of: lateEvening, secondsFromGMT: rabat.secondsFromGMT(for: lateEvening)) == Fixtures.date("2026-01-10"))
        // In Tokyo it is already the next day: the zone decides, not UTC.
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        #expect(CalendarDate.day(of: lateEvening, secondsFromGMT: tokyo.secondsFromGMT(for: lateEvening)) == Fixtures.date("2026-01-11"))

        // A dossier made then keeps its calendar dates through the file.
        var dossier = Fixtures.completeOrdinary()
        dossier.createdAt = lateEvening
        dossier.treatment.firstActDate = CalendarDate.day(of: lateEvening, secondsFromGMT: rabat.secondsFromGMT(for: lateEvening))
        dossier.practitioners[0].date = dossier.treatment.firstActDate
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        // Saved with the rules in force, so the file carries its last mailing day.
        encoder.userInfo[DossierJSON.rulesKey] = RuleBook.builtIn
        let data = try encoder.encode(dossier)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let back = try decoder.decode(Dossier.self, from: data)
        #expect(back.treatment.firstActDate == Fixtures.date("2026-01-10"))
        #expect(back.practitioners[0].date == Fixtures.date("2026-01-10"))
        #expect(back.createdAt == lateEvening)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"firstActDate\":\"2026-01-10\""))
        #expect(text.contains("\"lastMailingDay\":\"2026-03-11\""))
    }

    @Test("calendar dates are JSON strings YYYY-MM-DD, and nothing else decodes")
    func codable() throws {
        let data = try JSONEncoder().encode([Fixtures.date("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [Fixtures.date("2024-02-29")])
        for bad in [#"["2025-02-29"]"#, #"["29/02/2024"]"#, #"[20240229]"#, #"["2024-2-29"]"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(bad.utf8)) }
        }
    }

    /// The C library's local day is Foundation's local day (read twice
    /// around it, in case midnight passes between).
    @Test func todayIsFoundationsLocalDay() {
        func foundations(_ now: Date) -> CalendarDate {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            let c = calendar.dateComponents([.year, .month, .day], from: now)
            return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
        }
        let before = foundations(Date())
        let today = CalendarDate.today()
        let after = foundations(Date())
        #expect(today == before || today == after)
    }

    /// The local day of any moment, and the day counted from an offset, are
    /// Foundation's (with its full time-zone database, linked in the tests
    /// only): every hour of two years in this machine's zone, and around
    /// midnight in zones from -12 to +14 hours, Morocco's Ramadan hour
    /// changes included.
    @Test func localDayIsFoundations() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let start = try #require(calendar.date(from: DateComponents(year: 2025, month: 1, day: 1)))
        for hour in stride(from: 0, to: 2 * 366 * 24, by: 1) {
            let moment = start.addingTimeInterval(Double(hour) * 3600 + 1799)
            let c = calendar.dateComponents([.year, .month, .day], from: moment)
            #expect(CalendarDate.localDay(of: moment) == CalendarDate(year: c.year!, month: c.month!, day: c.day!),
                    "\(moment)")
        }
        for name in ["Africa/Casablanca", "Etc/GMT+12", "Etc/GMT-14", "America/Sao_Paulo", "Asia/Kolkata", "UTC"] {
            let zone = try #require(TimeZone(identifier: name))
            var local = Calendar(identifier: .gregorian)
            local.timeZone = zone
            for day in stride(from: 0, to: 800, by: 7) {
                for seconds in [-1.0, 0, 1, 43_200, 86_399] {
                    let moment = Date(timeIntervalSince1970: 1_735_689_600 + Double(day) * 86_400 + seconds)
                    let c = local.dateComponents([.year, .month, .day], from: moment)
                    #expect(CalendarDate.day(of: moment, secondsFromGMT: zone.secondsFromGMT(for: moment))
                            == CalendarDate(year: c.year!, month: c.month!, day: c.day!), "\(name) \(moment)")
                }
            }
        }
        // Before 1970 too: the division rounds toward the earlier day.
        #expect(CalendarDate.day(of: Date(timeIntervalSince1970: -1), secondsFromGMT: 0) == Fixtures.date("1969-12-31"))
        #expect(CalendarDate.day(of: Date(timeIntervalSince1970: -86_400), secondsFromGMT: 0) == Fixtures.date("1969-12-31"))
    }
}
