import DossierCore
/// Arabic for terminals that show characters exactly as they are sent.
///
/// Such terminals (xterm, tmux, Windows Terminal) neither reorder right-to-left
/// text nor join Arabic letters, so in `BidiMode.app` every wrapped line goes
/// through `visual` just before it is painted. The model, the typed text and
/// the wrapping all stay in logical order; only the painted cells change.
///
/// A visual line always takes exactly as many cells as its logical line
/// (`DisplayWidth.of`), so wrapping, alignment and field boxes computed on the
/// logical text stay valid. The one thing shaping does to the width, a
/// lam-alef ligature showing two letters in one cell, is made up for with
/// spaces at the end of the line away from its alignment edge: at the left
/// of a right-to-left line, at the right of a left-to-right one.
public enum BidiText {
    /// One already-wrapped line in logical order → the order to send to a
    /// terminal that shows characters as sent.
    ///
    /// Unicode bidi algorithm (paragraph right-to-left when `rightToLeft`,
    /// else from the first strong letter, left-to-right when there is none),
    /// brackets mirrored in right-to-left runs, Arabic letters shaped into
    /// their initial/medial/final/isolated presentation forms, lam-alef
    /// joined into one ligature. Latin and digit runs inside Arabic (an INPE,
    /// a CNIE, "12/03/2026") keep their order; pure Latin text in a
    /// left-to-right line comes back unchanged. Bidi control characters
    /// (LRM, RLM, embeddings, overrides, isolates) and U+FEFF are applied
    /// and then left out, since a terminal would show some of them as boxes.
    public static func visual(_ line: String, rightToLeft: Bool) -> String {
        layout(line, rightToLeft: rightToLeft).text
    }

    /// For each logical character (`Character` index into `line`), the cell
    /// column where it is shown in `visual(line, rightToLeft:)`, counted from
    /// the start of that string. A text field edits in logical order and puts
    /// the terminal cursor at `positions[cursorIndex]`.
    ///
    /// When every character is one cell wide and no ligature forms, this is
    /// a permutation of `0..<line.count`. Both letters of a lam-alef ligature
    /// land on the ligature's cell; an invisible character (a bidi control)
    /// lands on the cell of the character that follows it, or the one before
    /// it at the end of the line.
    public static func visualPositions(_ line: String, rightToLeft: Bool) -> [Int] {
        layout(line, rightToLeft: rightToLeft).positions
    }

    /// The cell column (from the start of `visual(line, rightToLeft:)`) for
    /// a text cursor standing before logical character `cursor`, including
    /// `cursor == line.count`, just after the last character: to the right of
    /// it when it reads left to right, to its left when it reads right to
    /// left. That end position can be -1 or the visual width, one cell
    /// outside the text, which is where the next typed letter will appear.
    public static func cursorColumn(_ line: String, cursor: Int, rightToLeft: Bool) -> Int {
        let layout = layout(line, rightToLeft: rightToLeft)
        if layout.positions.isEmpty { return 0 }
        let clamped = min(max(cursor, 0), layout.positions.count)
        if clamped < layout.positions.count { return layout.positions[clamped] }
        let last = layout.positions.count - 1
        if layout.levels[last] % 2 == 1 { return layout.positions[last] - 1 }
        return layout.positions[last] + max(1, layout.widths[last])
    }

    // MARK: - Layout

    struct VisualLine: Equatable {
        var text: String
        var positions: [Int]
        /// Logical character indices, left to right as shown.
        var order: [Int]
        /// Per logical character: resolved embedding level and cells shown.
        var levels: [Int]
        var widths: [Int]
    }

    static func layout(_ line: String, rightToLeft: Bool) -> VisualLine {
        let characters = Array(line)
        guard !characters.isEmpty else { return VisualLine(text: "", positions: [], order: [], levels: [], widths: []) }
        let scalars = line.unicodeScalars.map(\.value)
        // Grouped numbers go through FriBidi inside an isolate of their own;
        // `origin` finds each original scalar's answer again.
        let (isolated, origin) = DigitRuns.isolating(scalars)
        guard let analysis = FriBidiAnalysis(scalars: isolated, rightToLeft: rightToLeft) else {
            return unchanged(characters)
        }

        // Group FriBidi's per-scalar answers back into characters, so that a
        // character moves as a whole and keeps its marks and joiners in order.
        var shapedText: [String] = []
        var levels: [Int] = []
        shapedText.reserveCapacity(characters.count)
        levels.reserveCapacity(characters.count)
        var scalarIndex = 0
        for character in characters {
            let count = character.unicodeScalars.count
            levels.append(analysis.levels[origin[scalarIndex]])
            var text = String.UnicodeScalarView()
            for offset in 0..<count {
                let original = scalars[scalarIndex + offset]
                let shown = analysis.shaped[origin[scalarIndex + offset]]
                if isLeftOut(original) || shown == FriBidiAnalysis.ligatureFiller { continue }
                if let scalar = Unicode.Scalar(shown) { text.append(scalar) }
            }
            shapedText.append(String(text))
            scalarIndex += count
        }

        let order = visualOrder(levels: levels)
        let widths = shapedText.map { DisplayWidth.of($0) }
        let logicalWidth = DisplayWidth.of(line)
        var body = ""
        for index in order { body += shapedText[index] }
        let missing = max(0, logicalWidth - DisplayWidth.of(body))
        let padding = String(repeating: " ", count: missing)
        let leading = rightToLeft ? missing : 0

        var positions = [Int](repeating: 0, count: characters.count)
        var column = leading
        for index in order {
            positions[index] = column
            column += widths[index]
        }
        attachInvisibleCharacters(&positions, widths: widths)

        return VisualLine(text: rightToLeft ? padding + body : body + padding, positions: positions, order: order,
                          levels: levels, widths: widths)
    }

    /// Rule L2 of the bidi algorithm on characters: from the highest level
    /// down to the lowest odd one, reverse every run at that level or above.
    static func visualOrder(levels: [Int]) -> [Int] {
        var order = Array(levels.indices)
        guard let highest = levels.max() else { return order }
        guard let lowestOdd = levels.filter({ $0 % 2 == 1 }).min() else { return order }
        var level = highest
        while level >= lowestOdd {
            var start = 0
            while start < order.count {
                guard levels[order[start]] >= level else {
                    start += 1
                    continue
                }
                var end = start
                while end + 1 < order.count, levels[order[end + 1]] >= level { end += 1 }
                order[start...end].reverse()
                start = end + 1
            }
            level -= 1
        }
        return order
    }

    /// A character that takes no cell (swallowed by a ligature, a bidi
    /// control, a mark with no letter before it) has nowhere of its own for
    /// the cursor; it goes to the cell of the next character that has one.
    /// FriBidi puts a lam-alef ligature on the alef and leaves the lam empty,
    /// so for the lam that is exactly the ligature. At the end of the line,
    /// with nothing visible after, the previous visible character is used.
    private static func attachInvisibleCharacters(_ positions: inout [Int], widths: [Int]) {
        guard let lastVisible = widths.lastIndex(where: { $0 > 0 }) else { return }
        var next = lastVisible
        for index in positions.indices.reversed() {
            if widths[index] > 0 {
                next = index
            } else {
                positions[index] = positions[next]
            }
        }
    }

    /// The characters whose only job is to steer the bidi algorithm, plus
    /// U+FEFF; once the order is computed they have nothing left to show.
    static func isLeftOut(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    private static func unchanged(_ characters: [Character]) -> VisualLine {
        var positions: [Int] = []
        var column = 0
        let widths = characters.map { DisplayWidth.of($0) }
        for width in widths {
            positions.append(column)
            column += width
        }
        return VisualLine(text: String(characters), positions: positions, order: Array(characters.indices),
                          levels: widths.map { _ in 0 }, widths: widths)
    }
}
