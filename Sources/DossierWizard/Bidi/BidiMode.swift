import DossierCore
/// Who puts an Arabic line into visual order: this program, or the terminal.
///
/// xterm, tmux, Windows Terminal, alacritty and kitty show characters in the
/// order they are sent and never join Arabic letters, so the program must
/// reorder and shape (`app`). VTE, Konsole, mlterm, PuTTY and macOS Terminal
/// reorder by themselves, and reordering twice scrambles the text, so there the
/// program sends logical order (`terminal`). Which one is right cannot be
/// detected, hence the choice on the first Arabic screen and `--bidi app|terminal`.
public enum BidiMode: String, Codable, Sendable, CaseIterable {
    case app
    case terminal
}

extension BidiMode {
    /// The text to send for one wrapped line: reordered and shaped by the
    /// program in `app` mode, left in logical order for the terminal to
    /// reorder in `terminal` mode.
    public func displayed(_ line: String, rightToLeft: Bool) -> String {
        switch self {
        case .app: return BidiText.visual(line, rightToLeft: rightToLeft)
        case .terminal: return line
        }
    }

    /// Cell column of a text cursor before logical character `cursor`, from
    /// the start of `displayed(line, rightToLeft:)`. In `terminal` mode the
    /// program addresses cells in logical order, as it sends them, and the
    /// terminal's own reordering decides where they are shown.
    public func cursorColumn(_ line: String, cursor: Int, rightToLeft: Bool) -> Int {
        switch self {
        case .app:
            return BidiText.cursorColumn(line, cursor: cursor, rightToLeft: rightToLeft)
        case .terminal:
            return DisplayWidth.of(String(line.prefix(max(0, cursor))))
        }
    }
}
