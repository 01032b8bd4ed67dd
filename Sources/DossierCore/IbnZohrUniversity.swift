import FoundationEssentials

/// Whether the student's institution is Ibn Zohr University (Agadir). Its
/// coverage office (amoe@uiz.ac.ma) only serves its own students: sending
/// students of other universities there wastes their time, so the summary
/// names it only when the institution the student typed is Ibn Zohr.
public enum IbnZohrUniversity {
    /// The ways students write the name, as word sequences after folding
    /// case, accents and Arabic hamza forms.
    static let names: [[String]] = [
        ["ibn", "zohr"], ["ibnou", "zohr"], ["ibn", "zuhr"], ["ibnou", "zuhr"], ["ibnzohr"], ["uiz"],
        ["ابن", "زهر"],
    ]

    public static func names(_ institution: String) -> Bool {
        let words = self.words(institution)
        return names.contains { name in
            guard words.count >= name.count else { return false }
            return (0...(words.count - name.count)).contains { Array(words[$0..<$0 + name.count]) == name }
        }
    }

    /// Lower-case words without accents or Arabic short vowels; hyphens,
    /// apostrophes and dots separate words ("Ibn-Zohr", "U.I.Z" stays "u i z"
    /// and is not taken for UIZ).
    static func words(_ text: String) -> [String] {
        // Decomposing first splits "إ" into alef + hamza below, and "é" into
        // e + accent, so dropping the marks folds both.
        let folded = TextFolding.decomposed(String(String.UnicodeScalarView(
            text.unicodeScalars.map(TextFolding.narrowed)))).lowercased()
        var cleaned = ""
        for var scalar in folded.unicodeScalars {
            if isMark(scalar) || scalar == "\u{0640}" { continue }  // marks, tatweel
            if scalar == "\u{0671}" { scalar = "\u{0627}" }  // alef wasla
            if isLetterOrDigit(scalar) {
                cleaned.unicodeScalars.append(scalar)
            } else {
                cleaned.append(" ")
            }
        }
        return cleaned.split(separator: " ").map(String.init)
    }

    /// Foundation's `nonBaseCharacters`: the marks, M*.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Foundation's `alphanumerics`: letters, marks and numbers, L*, M*, N*.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }
}
