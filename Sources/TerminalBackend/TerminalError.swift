/// Why the full-screen wizard cannot start here. Every case is a reason to
/// fall back to the plain line mode, never a crash.
public enum TerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Standard input or output is a pipe or a file, not a terminal.
    case notATerminal
    /// `TERM` names a terminal terminfo does not know; empty when `TERM` is unset.
    case unknownTerminal(String)
    /// terminfo knows the terminal but it cannot address the cursor (`dumb`).
    case unsuitableTerminal(String)

    /// A stable key for the translation tables (`tr(messageKey, lang, ["term": …])`):
    /// the backend has no translations of its own.
    public var messageKey: String {
        switch self {
        case .notATerminal: "terminal.error.notATerminal"
        case .unknownTerminal(let name): name.isEmpty ? "terminal.error.noTerm" : "terminal.error.unknownTerminal"
        case .unsuitableTerminal: "terminal.error.unsuitableTerminal"
        }
    }

    /// The placeholder values of the message (`{term}`).
    public var arguments: [String: String] {
        switch self {
        case .notATerminal: [:]
        case .unknownTerminal(let name), .unsuitableTerminal(let name): ["term": name]
        }
    }

    /// English, for developers and logs; users get the translated message.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal for the full-screen mode (use the plain mode)"
        case .unknownTerminal(let name):
            name.isEmpty
                ? "TERM is not set, so the terminal type is unknown (set TERM, or use the plain mode)"
                : "the terminal type \"\(name)\" is not in the terminfo database (set TERM to a known type such as xterm-256color, or use the plain mode)"
        case .unsuitableTerminal(let name):
            "the terminal type \"\(name)\" cannot move the cursor, so the full-screen mode cannot run (use the plain mode)"
        }
    }
}
