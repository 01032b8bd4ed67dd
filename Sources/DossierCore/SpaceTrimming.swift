extension String {
    /// `trimmingCharacters(in: .whitespaces)` (Unicode spaces, category Zs,
    /// and the tab) without Foundation's NSString round trip, which made a
    /// sixth of the time of `check` on a folder of dossiers: every field of
    /// every file is trimmed while it is judged. Most values have nothing
    /// to trim and are given back as they are.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}
