import Foundation

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
}

extension PlainConsole {
    public func readLine(answering question: String) -> String? { readLine() }
}

/// Standard input and output. Writes go straight to the file descriptor so
/// a prompt without a newline is seen before the answer is read.
public final class StandardConsole: PlainConsole {
    public init() {}

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
