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
