/// A yes/no question just answered by the digits 1 or 2, and what it said
/// before them. If the next key carries on a date ("2" then "2/08/2004"
/// typed into the question by mistake), the digits were not an answer and
/// the question goes back to what it said. Never written to a draft;
/// cleared by any other event.
struct DigitAnswers: Equatable, Sendable {
    let path: String
    let before: Bool

    /// Consecutive digits keep what the question said before the first.
    static func run(_ current: DigitAnswers?, path: String, before: Bool) -> DigitAnswers {
        if let current, current.path == path { return current }
        return DigitAnswers(path: path, before: before)
    }

    /// What follows the first digits of a date or a number, not an answer.
    static func continuesADate(_ c: Character) -> Bool {
        (c.isNumber && c != "1" && c != "2") || "/-.".contains(c)
    }
}
