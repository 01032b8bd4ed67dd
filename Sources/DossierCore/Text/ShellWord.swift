/// A file name as one word of a shell command the person can copy
/// ("lp '/home/sara/Mes dossiers/x.txt'"): quoted when it holds anything a
/// shell would split or interpret.
public enum ShellWord {
    public static func quoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+,:@%".unicodeScalars.contains(scalar)
        }
        if plain && !text.isEmpty { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
