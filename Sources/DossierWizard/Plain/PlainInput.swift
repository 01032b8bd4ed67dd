import DossierCore

/// What one typed line means in plain mode, before it is an answer to a
/// particular question.
enum PlainReply: Equatable {
    case answer(String)
    /// `<`: the previous question.
    case back
    /// `?`: the help of this question.
    case help
    /// `!`: keep the draft and quit.
    case quit
    /// End of input: keep the draft and quit.
    case endOfInput
    /// A terminating signal: keep the draft and end with 128 + signal.
    case signal(Int32)
}

/// Reading a typed line the same way whatever sent it: a terminal in cooked
/// mode, a braille display, a here-document.
enum PlainInput {
    static func reply(_ line: String) -> PlainReply {
        switch line.trimmingSpaces {
        case "<": .back
        case "?", "؟": .help
        case "!": .quit
        default: .answer(line)
        }
    }

    /// The line without terminal noise: an arrow key pressed on a dumb
    /// terminal arrives as `ESC [ A` inside the line, a Windows client adds
    /// a carriage return. None of it is text, and none of it may be stored
    /// or echoed back (the transcript must hold no escape sequence).
    static func clean(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                // CSI: ESC [ parameters final-byte; SS3: ESC O x; otherwise ESC x.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                } else if next == "O" {
                    _ = scalars.next()
                }
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                if scalar == "\t" { result.append(" ") }
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Yes or no in the three languages, as people type them: o/oui, y/yes,
    /// n/non/no, نعم/لا, and 1/0. Nil when the line is neither.
    static func yesNo(_ text: String) -> Bool? {
        let folded = Identifiers.westernDigits(text.trimmingSpaces).lowercased()
        if ["o", "oui", "y", "yes", "1", "نعم", "ن"].contains(folded) { return true }
        if ["n", "non", "no", "0", "لا", "ل"].contains(folded) { return false }
        return nil
    }

    /// A whole number typed in Western or Arabic-Indic digits, else nil.
    static func number(_ text: String) -> Int? {
        let digits = Identifiers.westernDigits(text.trimmingSpaces)
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
