/// A key as the wizard understands it, whatever terminal sent it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case tab
    case backTab
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case backspace
    case delete
    /// The Insert key: adds an entry to a list.
    case insert
    case escape
    /// F1…F12.
    case function(Int)
    /// Ctrl plus a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
}

/// Everything that can happen to the wizard.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// A bracketed paste or a burst of characters, delivered at once.
    case paste(String)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// Bytes that are not UTF-8 text arrived (`count` faulty sequences), a
    /// terminal set to another encoding most often: they were refused,
    /// what was typed around them was kept, and the person must be told.
    case invalidText(count: Int)
    /// What a person means, said directly (the plain mode's answers).
    case intent(Intent)
}
