import DossierCore

/// What a subcommand (`address`, `deadline`, `check`, `list`, `--help`)
/// prints, made readable on the terminal it prints to.
///
/// To a pipe or a file the text stays in logical order, the order a script,
/// a search or another program expects. On a terminal an Arabic text
/// follows the Arabic rendering setting, as the wizard does: `app` puts each
/// line into visual order and shapes it (xterm shows characters as sent),
/// right-aligned on the widest line; `terminal` tells a VTE terminal the
/// lines read right to left (`CSI 2 SP k`, back to the default after), and
/// starts each line with a right-to-left mark for the terminals that guess
/// each line's direction, grouped numbers between left-to-right marks.
/// With no setting (no `--bidi`, nothing in the config file) nothing changes.
/// In `app` mode a line wider than the terminal (`width`) is wrapped here
/// first: the terminal's own wrap would cut a visual line from its wrong end.
public enum TerminalOutput {
    public static func shown(_ text: String, language: Language, bidi: BidiMode?, toTerminal: Bool,
                             width: Int? = nil) -> String {
        guard toTerminal, language.isRightToLeft, let bidi, !text.isEmpty else { return text }
        let endsWithNewline = text.hasSuffix("\n")
        let lines = (endsWithNewline ? String(text.dropLast()) : text).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let tail = endsWithNewline ? "\n" : ""
        switch bidi {
        case .app:
            let wrapped = lines.flatMap { line -> [String] in
                guard let width, width > 1, DisplayWidth.of(line) > width - 1 else { return [line] }
                return ScreenWriter.wrap(line, width: width - 1)
            }
            let widest = wrapped.map { DisplayWidth.of($0) }.max() ?? 0
            return wrapped.map { line in
                guard !line.isEmpty else { return line }
                // A line that starts in Latin (a usage line, an option, a
                // file's path) reads left to right with its Arabic inside.
                guard startsRightToLeft(line) else { return BidiText.visual(line, rightToLeft: false) }
                let visual = BidiText.visual(line, rightToLeft: true)
                return String(repeating: " ", count: max(0, widest - DisplayWidth.of(line))) + visual
            }.joined(separator: "\n") + tail
        case .terminal:
            let marked = lines.map { $0.isEmpty ? $0 : rightToLeftMark + DigitRuns.marked($0) }
            return "\u{1B}[2 k" + marked.joined(separator: "\n") + tail + "\u{1B}[0 k"
        }
    }

    static let rightToLeftMark = "\u{200F}"

    /// Whether the first letter of the line is a right-to-left one.
    static func startsRightToLeft(_ line: String) -> Bool {
        for character in line {
            if ScreenWriter.hasRightToLeft(String(character)) { return true }
            if character.isLetter { return false }
        }
        return true
    }
}
