import Synchronization

/// The last value of a pure function at each of a few numbered places (the
/// rows of a screen), found by the place and compared with `==`, never
/// hashed.
///
/// Why: a key redraws every row, and nearly every row holds the line it
/// held before. Finding that line in `ScreenWriter.drawnMemo` meant hashing
/// all its text, row after row, a fifth of a typed letter (bench/); the line
/// drawn before at the same row is found by its number, and comparing two
/// equal lines is cheap (their texts often share their storage, and `==`
/// then answers at once). Shared by every session and test (hence the lock).
final class SlotMemo<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let slots: Int
    private let kept = Mutex<[(key: Key, value: Value)?]>([])

    /// Places from 0 to `slots - 1` are kept; others are always computed.
    init(slots: Int) {
        self.slots = slots
    }

    /// The value for `key` at `slot`: the one kept there when its key is
    /// equal, else `compute()`, which is then kept there.
    func value(for key: Key, slot: Int, _ compute: () -> Value) -> Value {
        guard slot >= 0, slot < slots else { return compute() }
        let hit: Value? = kept.withLock { table in
            guard slot < table.count, let entry = table[slot], entry.key == key else { return nil }
            return entry.value
        }
        if let hit { return hit }
        let value = compute()
        kept.withLock { table in
            if table.count <= slot { table.append(contentsOf: repeatElement(nil, count: slot + 1 - table.count)) }
            table[slot] = (key, value)
        }
        return value
    }
}
