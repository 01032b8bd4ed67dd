/// The register's table laid out for where it goes. To a file or a pipe,
/// every cell whole (already bounded by `DossierListReport`), columns
/// padded to the widest. To a terminal, fitted to its width so that a row
/// is never wrapped into two broken lines: at 80 columns an officer reads
/// one dossier a line or nothing. What gives way, in order: the name is
/// cut with "…" (down to `nameFloor`), then the file goes on a line of its
/// own under its row, then the name and the CNIE are cut further, and as
/// a last resort each line is cut at the edge.
struct RegisterTable {
    /// The column headers and the rows, the file last.
    let header: [String]
    let rows: [[String]]
    /// How many cells a text takes on the terminal (wide and combining
    /// characters); characters when no terminal is known.
    var measure: (String) -> Int = { $0.count }

    static let nameColumn = 3
    static let cnieColumn = 4
    /// Narrowest a name is cut to while the file still has room on its row.
    static let nameFloor = 12
    /// Narrowest the name and the CNIE are cut to once the file has its line.
    static let lastNameFloor = 6
    static let cnieFloor = 8
    static let gap = 2
    /// The file on its own line is indented by this many spaces.
    static let fileIndent = "  "

    /// The lines of the table; `width`: the terminal's, nil for a file or a pipe.
    func lines(width: Int?) -> [String] {
        let table = [header] + rows
        var widths = natural(table)
        guard let width, span(widths) > width else { return aligned(table, widths) }
        shrink(&widths, Self.nameColumn, floor: Self.nameFloor, toFit: width)
        if span(widths) <= width { return aligned(table, widths) }
        // The file under its row, the rest of the row fitted again.
        let short = table.map { Array($0.dropLast()) }
        widths = natural(short)
        shrink(&widths, Self.nameColumn, floor: Self.nameFloor, toFit: width)
        shrink(&widths, Self.nameColumn, floor: Self.lastNameFloor, toFit: width)
        shrink(&widths, Self.cnieColumn, floor: Self.cnieFloor, toFit: width)
        let rowLines = aligned(short, widths)
        return zip(rowLines, table).flatMap { line, row in
            [cut(line, to: width), cut(Self.fileIndent + (row.last ?? ""), to: width)]
        }
    }

    func natural(_ table: [[String]]) -> [Int] {
        guard let columns = table.first?.count else { return [] }
        return (0..<columns).map { c in table.map { measure($0[c]) }.max() ?? 0 }
    }

    /// The width of a row laid out with these column widths.
    func span(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + Self.gap * max(0, widths.count - 1)
    }

    /// Narrows one column by what is too much, never below `floor` (nor
    /// widens it).
    func shrink(_ widths: inout [Int], _ column: Int, floor: Int, toFit width: Int) {
        let excess = span(widths) - width
        guard excess > 0, widths[column] > floor else { return }
        widths[column] = max(floor, widths[column] - excess)
    }

    /// Each cell cut to its column with "…" and padded, the last one not padded.
    func aligned(_ table: [[String]], _ widths: [Int]) -> [String] {
        let columns = widths.count
        return table.map { row in
            row.enumerated().map { c, cell in
                let shown = cut(cell, to: widths[c])
                return c == columns - 1 ? shown : shown + String(repeating: " ", count: max(0, widths[c] - measure(shown)))
            }.joined(separator: String(repeating: " ", count: Self.gap))
        }
    }

    /// At most `width` cells, the last one "…" when something was cut;
    /// trailing padding is dropped rather than cut.
    func cut(_ text: String, to width: Int) -> String {
        guard measure(text) > width else { return text }
        let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
        guard measure(trimmed) > width else { return trimmed }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        let ellipsis = measure("…")
        for character in trimmed {
            let w = measure(String(character))
            if used + w > width - ellipsis { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
