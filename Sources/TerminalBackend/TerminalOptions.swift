/// How the terminal loop should behave, decided from the environment before
/// ncurses starts so the decision can be tested without a terminal.
public struct TerminalOptions: Sendable {
    /// False with `NO_COLOR` set (any value, even empty), on monochrome
    /// terminal types (`vt100`, `*-mono`, `*-m`…), and later when terminfo
    /// says the terminal has no colours. Roles then map to attributes.
    public var colors: Bool
    /// How often `tick()` is called while no key arrives.
    public var idleTickMilliseconds: Int
    /// The terminal type handed to `newterm`; nil when `TERM` is unset or empty.
    public var terminalType: String?
    /// The largest paste delivered in one `.paste` event, in UTF-8 bytes;
    /// beyond it the rest of the burst is dropped.
    public var pasteLimitBytes: Int
    /// Bursts of fewer printable characters than this arrive as character
    /// keys; longer ones as one `.paste`.
    public var pasteMinimumCharacters: Int
    /// Kiosk mode: every way out (a quit, a signal, a lost terminal, a
    /// crash) blanks the screen and erases the scrollback, so that on a
    /// terminal without an alternate screen (`vt100`, `linux`) the next
    /// person cannot scroll back into the student's dossier.
    public var clearOnExit = false

    public init(environment: [String: String]) {
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        terminalType = term
        colors = environment["NO_COLOR"] == nil && !TerminalOptions.isMonochrome(terminalType: term)
        idleTickMilliseconds = 1000
        pasteLimitBytes = 64 * 1024
        pasteMinimumCharacters = 16
    }

    /// Terminal types whose terminfo entry may claim colours the device does
    /// not have, or that are monochrome by name.
    static func isMonochrome(terminalType: String?) -> Bool {
        guard let name = terminalType?.lowercased() else { return true }
        if name == "dumb" { return true }
        let monochromeFamilies = ["vt52", "vt100", "vt102", "vt220", "vt320", "vt420"]
        if monochromeFamilies.contains(where: { name == $0 || name.hasPrefix($0 + "-") }) { return true }
        if name.contains("mono") { return true }
        if name.hasSuffix("-m") { return true }
        return false
    }
}
