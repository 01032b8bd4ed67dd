import FoundationEssentials

/// `amo-dossier deadline`: the last day to mail a dossier, for a student who
/// only wants to know "am I still in time?" before filling anything in.
public struct DeadlineReport: Sendable {
    public let deadline: MailingDeadline
    /// The days of the edition in force on the first act.
    public let days: Int
    public let context: DossierContext

    /// A treatment cannot end before its first act, and a first act cannot
    /// be after today (as `check` says of a dossier): either is a typing
    /// mistake, refused rather than turned into a wrong deadline.
    public init(firstAct: CalendarDate, treatmentEnd: CalendarDate?, context: DossierContext) throws(CommandLineError) {
        if firstAct > context.today {
            throw CommandLineError(key: "arg.firstActFuture", arguments: ["value": firstAct.iso, "today": context.today.iso])
        }
        if let end = treatmentEnd, end < firstAct {
            throw CommandLineError(key: "arg.endBeforeFirstAct", arguments: ["value": end.iso, "firstAct": firstAct.iso])
        }
        days = context.rulebook.rules(on: firstAct).mailingDeadlineDays
        deadline = MailingDeadline(firstAct: firstAct, treatmentEnd: treatmentEnd, days: days)
        self.context = context
    }

    public var daysLeft: Int { deadline.daysLeft(today: context.today) }

    public func text(_ language: Language) -> String {
        let words = context.words(language)
        let basisKey = deadline.basis == .firstAct ? "summary.deadline.fromFirstAct" : "summary.deadline.fromTreatmentEnd"
        return [
            words("cli.deadline.lastDay", ["date": deadline.lastMailingDay.iso]),
            words(basisKey, ["date": deadline.startDate.iso, "days": String(days)]),
            EnvelopeSummary.daysLeftText(daysLeft, words),
        ].joined(separator: "\n") + "\n"
    }

    /// `{"basis": "firstAct"|"treatmentEnd", "days": 60, "daysLeft": N, "lastMailingDay": "YYYY-MM-DD"}`.
    public func json() -> String {
        struct Output: Encodable {
            let lastMailingDay: String
            let basis: String
            let daysLeft: Int
            let days: Int
        }
        let output = Output(lastMailingDay: deadline.lastMailingDay.iso, basis: deadline.basis.rawValue,
                            daysLeft: daysLeft, days: days)
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
        return escapingSteering(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSONEncoder escapes C0 controls only: DEL, the C1 controls, the line
    /// separators and the bidi overrides of a value read from a file would
    /// reach the terminal that shows the output raw (a name holding U+202E
    /// reads backwards there). They are written `\uXXXX`, which any JSON
    /// reader turns back into the same character; outside strings the
    /// encoder writes ASCII only, so nothing else changes.
    static func escapingSteering(_ json: String) -> String {
        // The encoder's own line breaks are C0 controls, left as they are:
        // only a character to escape makes the text be rewritten.
        guard json.unicodeScalars.contains(where: { $0.value > 0x1F && TerminalText.steers($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard TerminalText.steers(scalar), scalar.value > 0x1F else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }
}
