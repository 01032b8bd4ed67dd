extension String {
    /// `trimmingCharacters(in: .whitespaces)` (Unicode spaces, category Zs,
    /// the tab and the zero-width space) without Foundation's NSString
    /// round trip, which made a sixth of the time of `check` on a folder of
    /// dossiers: every field of every file is trimmed while it is judged.
    /// Most values have nothing to trim and are given back as they are.
    public var trimmingSpaces: String { trimming(Self.isSpace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: the spaces above,
    /// the line and paragraph separators (Zl, Zp), U+000A to U+000D and
    /// U+0085, as Foundation's set has them. For a line read from a file or
    /// a terminal.
    public var trimmingSpacesAndNewlines: String { trimming(Self.isSpaceOrNewline) }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Foundation's set holds the zero-width space too, though it is no Zs.
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x200B: return true
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Every `scalar` replaced by `replacement`, scalar by scalar: a quote
    /// followed by a combining accent is still a quote to a shell or a CSV
    /// reader, where a search by Character would pass it by. Foundation's
    /// `replacingOccurrences` did the same over UTF-16.
    public func replacingEvery(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(scalar) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + replacement.utf8.count)
        for each in unicodeScalars {
            if each == scalar { out += replacement } else { out.unicodeScalars.append(each) }
        }
        return out
    }
}
