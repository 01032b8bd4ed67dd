/// Whether the student is covered by the student AMO managed by CNOPS: enrolled,
/// not over the age limit at the first act (unless in the final stage of
/// traditional education), and no other health coverage.
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
                                firstAct: CalendarDate?,
                                maximumAge: Int = ReferenceData.shared.maximumAge) -> [Problem] {
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

    /// True when no condition is known to fail.
    public static func isEligible(_ dossier: Dossier) -> Bool {
        problems(of: dossier).isEmpty
    }

    public static func problems(of dossier: Dossier) -> [Problem] {
        problems(answers: dossier.eligibility, birthDate: dossier.student.birthDate,
                 firstAct: dossier.treatment.firstActDate)
    }
}
