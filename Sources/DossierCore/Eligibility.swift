/// Whether the student is covered by the student AMO: enrolled, not over the
/// age limit at the first act (unless in the final stage of traditional
/// education), and no other health coverage.
public enum Eligibility {
    /// Age in whole years on a given day (a birthday counts from its day;
    /// someone born on 29 February has their birthday on 1 March in other years).
    public static func age(birthDate: CalendarDate, on day: CalendarDate) -> Int {
        var years = day.year - birthDate.year
        if (day.month, day.day) < (birthDate.month, birthDate.day) { years -= 1 }
        return years
    }

    /// The conditions that fail, each with its reason. Empty means eligible
    /// (as far as the known dates allow: the age is judged once both the
    /// birth date and the first act are known).
    public static func problems(answers: EligibilityAnswers, birthDate: CalendarDate?,
                                firstAct: CalendarDate?, maximumAge: Int) -> [Problem] {
        var result: [Problem] = []
        if !answers.enrolled {
            result.append(Problem(code: "eligibility.notEnrolled", path: "eligibility.enrolled"))
        }
        if let birth = birthDate, let first = firstAct, !answers.traditionalEducationFinalStage {
            let years = age(birthDate: birth, on: first)
            if years > maximumAge {
                result.append(Problem(code: "eligibility.tooOld", path: "student.birthDate",
                                      arguments: ["age": String(years), "limit": String(maximumAge),
                                                  "firstAct": first.dayMonthYear,
                                                  "lastDay": lastCoveredDay(birthDate: birth, maximumAge: maximumAge)
                                                      .dayMonthYear]))
            }
        }
        if answers.otherCoverage {
            result.append(Problem(code: "eligibility.otherCoverage", path: "eligibility.otherCoverage"))
        }
        return result
    }

    /// The last day of care the age limit covers: the day before the
    /// birthday of `maximumAge + 1` (a student of 30 is covered, one of 31
    /// is not). Born on 29 February, that birthday is 1 March in other years.
    public static func lastCoveredDay(birthDate: CalendarDate, maximumAge: Int) -> CalendarDate {
        let year = birthDate.year + maximumAge + 1
        let birthday = CalendarDate(year: year, month: birthDate.month, day: birthDate.day)
            ?? CalendarDate(year: year, month: 3, day: 1)!
        return birthday.adding(days: -1)
    }

    public static func problems(of dossier: Dossier, rules: Rules) -> [Problem] {
        problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate,
                 firstAct: dossier.treatment.firstActDate, maximumAge: rules.maximumAge)
    }

    /// What the eligibility screen (and the plain mode after its questions)
    /// says: the age on the day it is judged, the conditions that fail, and
    /// up to which day care is covered once the age limit is behind the
    /// student. Before any care date exists the age is judged on today, and
    /// the words say so: they never speak of a first act that is not known.
    /// The age limit is about the day of care, not about today: a student
    /// who was 30 at the first act is covered for it even if 31 now.
    public struct Verdict: Equatable, Sendable {
        /// The day the age is judged on.
        public let day: CalendarDate
        public let judgedOnFirstAct: Bool
        /// Nil until a birth date (not in the future) is known.
        public let age: Int?
        public let problems: [Problem]
        /// The last day of covered care, once the age limit is passed by
        /// today or by the day judged (and care is not refused for it
        /// already): "covered for care up to …". Nil otherwise.
        public let coveredUntil: CalendarDate?

        public var covered: Bool { problems.isEmpty }
    }

    public static func verdict(for dossier: Dossier, context: DossierContext) -> Verdict {
        let first = dossier.treatment.firstActDate
        let day = first ?? context.today
        let rules = context.careRules(for: dossier)
        // Without a first act there is no day of care to refuse: past the
        // limit today, care before it is still covered, and that is what
        // is said (`coveredUntil`), not "not covered".
        let problems = problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate, firstAct: first,
                                maximumAge: rules.maximumAge)
        let birth = dossier.student.birthDate.flatMap { $0 <= context.today ? $0 : nil }
        let age = birth.map { self.age(birthDate: $0, on: day) }
        var coveredUntil: CalendarDate?
        if let birth, !dossier.eligibility.traditionalEducationFinalStage,
           !problems.contains(where: { $0.code == "eligibility.tooOld" }) {
            let last = lastCoveredDay(birthDate: birth, maximumAge: rules.maximumAge)
            if last < context.today { coveredUntil = last }
        }
        return Verdict(day: day, judgedOnFirstAct: first != nil, age: age, problems: problems,
                       coveredUntil: coveredUntil)
    }
}
