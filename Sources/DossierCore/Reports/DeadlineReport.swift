import Foundation

/// `amo-dossier deadline`: the last day to mail a dossier, for a student who
/// only wants to know "am I still in time?" before filling anything in.
public struct DeadlineReport: Hashable, Sendable {
    public let deadline: MailingDeadline
    public let today: CalendarDate

    /// A treatment cannot end before its first act: such an end date is a
    /// typing mistake, refused rather than turned into a wrong deadline.
    public init(firstAct: CalendarDate, treatmentEnd: CalendarDate?, today: CalendarDate) throws(CommandLineError) {
        if let end = treatmentEnd, end < firstAct {
            throw CommandLineError(key: "arg.endBeforeFirstAct", arguments: ["value": end.iso, "firstAct": firstAct.iso])
        }
        self.deadline = MailingDeadline(firstAct: firstAct, treatmentEnd: treatmentEnd)
        self.today = today
    }

    public var daysLeft: Int { deadline.daysLeft(today: today) }

    public func text(_ language: Language) -> String {
        let basisKey = deadline.basis == .firstAct ? "summary.deadline.fromFirstAct" : "summary.deadline.fromTreatmentEnd"
        return [
            tr("cli.deadline.lastDay", language, ["date": deadline.lastMailingDay.iso]),
            tr(basisKey, language, ["date": deadline.startDate.iso,
                                    "days": String(ReferenceData.shared.mailingDeadlineDays)]),
            EnvelopeSummary.daysLeftText(daysLeft, language),
        ].joined(separator: "\n") + "\n"
    }

    /// `{"basis": "firstAct"|"treatmentEnd", "daysLeft": N, "lastMailingDay": "YYYY-MM-DD"}`.
    public func json() -> String {
        struct Output: Encodable {
            let lastMailingDay: String
            let basis: String
            let daysLeft: Int
        }
        let output = Output(lastMailingDay: deadline.lastMailingDay.iso, basis: deadline.basis.rawValue, daysLeft: daysLeft)
        return ReportJSON.string(output)
    }
}

/// JSON for scripts: sorted keys, so output is stable from run to run.
enum ReportJSON {
    static func string<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
