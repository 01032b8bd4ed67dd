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
                                                  "firstAct": first.dayMonthYear]))
            }
        }
        if answers.otherCoverage {
            result.append(Problem(code: "eligibility.otherCoverage", path: "eligibility.otherCoverage"))
        }
        return result
    }

    public static func problems(of dossier: Dossier, rules: Rules) -> [Problem] {
        problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate,
                 firstAct: dossier.treatment.firstActDate, maximumAge: rules.maximumAge)
    }

    /// What the eligibility screen (and the plain mode after its questions)
    /// says: the age on the day it is judged and the conditions that fail.
    /// Before any care date exists the age is judged on today, and the
    /// words say so: they never speak of a first act that is not known.
    public struct Verdict: Equatable, Sendable {
        /// The day the age is judged on.
        public let day: CalendarDate
        public let judgedOnFirstAct: Bool
        /// Nil until a birth date (not in the future) is known.
        public let age: Int?
        public let problems: [Problem]

        public var covered: Bool { problems.isEmpty }
    }

    public static func verdict(for dossier: Dossier, context: DossierContext) -> Verdict {
        let first = dossier.treatment.firstActDate
        let day = first ?? context.today
        let rules = context.careRules(for: dossier)
        let problems = problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate, firstAct: day,
                                maximumAge: rules.maximumAge).map { problem in
            guard first == nil, problem.code == "eligibility.tooOld" else { return problem }
            return Problem(code: "eligibility.tooOldToday", path: problem.path,
                           arguments: ["age": problem.arguments["age"] ?? "", "limit": problem.arguments["limit"] ?? "",
                                       "today": day.dayMonthYear])
        }
        let age = dossier.student.birthDate.flatMap { $0 <= context.today ? self.age(birthDate: $0, on: day) : nil }
        return Verdict(day: day, judgedOnFirstAct: first != nil, age: age, problems: problems)
    }
}
