import Testing
@testable import TerminalBackend

struct TerminalOptionsTests {
    @Test func colourByDefaultOnAColourTerminal() {
        let options = TerminalOptions(environment: ["TERM": "xterm-256color"])
        #expect(options.colors)
        #expect(options.terminalType == "xterm-256color")
        #expect(options.idleTickMilliseconds == 1000)
        #expect(options.pasteLimitBytes == 64 * 1024)
    }

    @Test("NO_COLOR with any value, even empty, turns colour off", arguments: ["", "1", "0", "yes"])
    func noColor(value: String) {
        #expect(!TerminalOptions(environment: ["TERM": "xterm-256color", "NO_COLOR": value]).colors)
    }

    @Test("monochrome terminal types", arguments: ["vt100", "vt220", "vt100-am", "xterm-mono", "linux-m", "dumb"])
    func monochrome(term: String) {
        #expect(!TerminalOptions(environment: ["TERM": term]).colors)
    }

    @Test("colour terminal types", arguments: ["xterm", "screen-256color", "tmux-256color", "linux", "vte"])
    func colour(term: String) {
        #expect(TerminalOptions(environment: ["TERM": term]).colors)
    }

    @Test func noOrEmptyTermMeansUnknown() {
        #expect(TerminalOptions(environment: [:]).terminalType == nil)
        #expect(TerminalOptions(environment: ["TERM": ""]).terminalType == nil)
    }

    @Test func errorsSayWhatToDoAndHaveStableKeys() {
        #expect(TerminalError.unknownTerminal("unknownterm").description.contains("unknownterm"))
        #expect(TerminalError.unknownTerminal("unknownterm").arguments == ["term": "unknownterm"])
        #expect(TerminalError.unknownTerminal("").messageKey == "terminal.error.noTerm")
        #expect(TerminalError.notATerminal.messageKey == "terminal.error.notATerminal")
        #expect(TerminalError.unsuitableTerminal("dumb").description.contains("plain mode"))
    }
}
