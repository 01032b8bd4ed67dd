import DossierCore
import FoundationEssentials

/// One line of a choice list: a number a person can type, the words shown,
/// and every text the type-ahead search looks into (the official French
/// name and its translation).
public struct ChoiceItem: Hashable, Sendable {
    public let number: Int
    public let title: String
    public let searchTexts: [String]

    public init(number: Int, title: String, searchTexts: [String]) {
        self.number = number
        self.title = title
        self.searchTexts = searchTexts
    }
}

/// Type-ahead search of a choice list. A student types "diab" without the
/// accent or the capital and expects "9 Diabète…" first; a coverage officer
/// types the number from the paper.
public enum ChoiceSearch {
    /// Lower-cased, accents and Arabic vowel marks removed. Each text is
    /// folded once: the type-ahead looks into the same 84 names (42
    /// diseases, French and translated) at every key typed.
    public static func fold(_ text: String) -> String {
        foldMemo.value(for: text) { TextFolding.withoutCaseOrAccents(text) }
    }

    static let foldMemo = BoundedMemo<String, String>(capacity: 4096)

    /// The items that match `query`, best first: a query of digits picks by
    /// number (its prefix: "1" shows 1 and 10–19); words match anywhere in a
    /// name, those starting with the query first, then those with a word
    /// starting with it, then the rest, each group in list order.
    public static func filter(_ items: [ChoiceItem], query: String) -> [ChoiceItem] {
        let q = fold(query.trimmingSpaces)
        if q.isEmpty { return items }
        if q.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return items.filter { String($0.number).hasPrefix(q) }
                .sorted { (String($0.number) == q ? 0 : 1, $0.number) < (String($1.number) == q ? 0 : 1, $1.number) }
        }
        var ranked: [(rank: Int, index: Int, item: ChoiceItem)] = []
        for (index, item) in items.enumerated() {
            var best: Int?
            for text in item.searchTexts {
                let folded = fold(text)
                guard let start = firstPlace(of: q, in: folded) else { continue }
                let rank: Int
                if start == folded.startIndex {
                    rank = 0
                } else if !folded.unicodeScalars[folded.unicodeScalars.index(before: start)].properties.isAlphabetic {
                    rank = 1
                } else {
                    rank = 2
                }
                best = min(best ?? rank, rank)
            }
            if let best { ranked.append((best, index, item)) }
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.item)
    }

    /// Where `query` first occurs in `text`, both folded: compared byte for
    /// byte, since folding leaves both decomposed and without the marks
    /// that would make two spellings of one letter.
    static func firstPlace(of query: String, in text: String) -> String.Index? {
        query.isEmpty ? nil : text.utf8.firstRange(of: query.utf8)?.lowerBound
    }
}
