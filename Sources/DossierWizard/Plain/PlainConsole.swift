/// The two things the plain mode does with the outside world: read one
/// answer, write text. A screen reader, a braille display, a pipe from a
/// script and a test's array of lines all fit behind it, and nothing else
/// (no cursor, no colour, no screen size) can leak in.
public protocol PlainConsole: AnyObject {
    /// One line typed by the person, without its newline; nil at end of input.
    func readLine() -> String?
    /// The same, told which question it answers: a field's JSON path
    /// (`student.cnie`), `entries.<kind>`, `originals.<document>`, `review`
    /// or `resume`. A person never needs it; a script that answers by
    /// question rather than by order does.
    func readLine(answering question: String) -> String?
    func write(_ text: String)
    /// What kept the last `readLine` from bringing a line, once: asked
    /// after each read. A console that cannot be interrupted and bounds
    /// nothing (a test's array of lines) has none.
    func takeTrouble() -> PlainLineTrouble?
}

extension PlainConsole {
    public func readLine(answering question: String) -> String? { readLine() }
    public func takeTrouble() -> PlainLineTrouble? { nil }
}
