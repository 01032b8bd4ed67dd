/// The letter keys of an Arabic keyboard (the usual "Arabic 101" layout of
/// Windows, macOS and X): a student whose keyboard is set to Arabic who
/// presses the key marked `a` sends ش. Every action the wizard gives a
/// Latin letter to (`a` add, `n` next, `d` remove, M/P/X on the Done
/// screen…) answers to the Arabic letter of the same key too, so nobody
/// has to switch layouts to use it. Only where no text has the focus: in a
/// text, ش is a letter typed.
enum ArabicLayout {
    /// The Latin letter printed on the key that sends this Arabic letter.
    static let latinKey: [Character: Character] = [
        "ض": "q", "ص": "w", "ث": "e", "ق": "r", "ف": "t", "غ": "y", "ع": "u", "ه": "i", "خ": "o", "ح": "p",
        "ش": "a", "س": "s", "ي": "d", "ب": "f", "ل": "g", "ا": "h", "ت": "j", "ن": "k", "م": "l",
        "ئ": "z", "ء": "x", "ؤ": "c", "ر": "v", "ى": "n", "ة": "m",
    ]

    /// The letter key pressed, in lower case, whether the keyboard is set
    /// to a Latin layout (either case) or to Arabic; nil for any other key.
    static func letter(_ key: Key) -> Character? {
        guard case .character(let c) = key else { return nil }
        if let latin = latinKey[c] { return latin }
        guard c.isASCII, c.isLetter else { return nil }
        return Character(c.lowercased())
    }
}
