/// A file name as one word of a shell command the person can copy
/// ("lp '/home/sara/Mes dossiers/x.txt'"): quoted when it holds anything a
/// shell would split or interpret. A name that is not UTF-8 is written
/// `$'caf\xE9.txt'` (bash, zsh, ksh): its bytes as `\xNN` inside plain
/// quotes would name another file.
public enum ShellWord {
    public static func quoted(_ text: String) -> String {
        if !RawFileName.isUTF8(text) {
            var out = "$'"
            for scalar in text.unicodeScalars {
                if let byte = RawFileName.escapedByte(scalar) {
                    out += RawFileName.shown(byte)
                } else if scalar == "'" || scalar == "\\" {
                    out += "\\" + String(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out + "'"
        }
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+,:@%".unicodeScalars.contains(scalar)
        }
        if plain && !text.isEmpty { return text }
        return "'" + text.replacingEvery("'", with: "'\\''") + "'"
    }
}
