import Synchronization

/// The texts of cells too long to sit in the cell (more than 15 UTF-8
/// bytes: a family emoji, a letter under a pile of marks), each kept once,
/// by index, for as long as the program runs. They are few: each distinct
/// cluster that was ever on the screen, once.
enum LongClusters {
    private struct Table: Sendable {
        var texts: [String] = []
        var indexes: [String: Int] = [:]
    }

    private static let table = Mutex(Table())

    static func index(of text: String) -> Int {
        table.withLock { table in
            if let index = table.indexes[text] { return index }
            table.texts.append(text)
            table.indexes[text] = table.texts.count - 1
            return table.texts.count - 1
        }
    }

    static func text(at index: Int) -> String {
        table.withLock { $0.texts[index] }
    }
}
