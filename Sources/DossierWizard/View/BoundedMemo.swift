import Synchronization

/// Values of a pure function kept by their arguments (`Key`), at most
/// `capacity` of them (all forgotten at once when full: the screens ask for
/// the same few dozen again and again, so it refills at once).
///
/// Why: every key redraws the whole screen, and wrapping the same
/// paragraphs and labels into the same width again was a fifth of the cost
/// of a typed letter. Shared by every session and test (hence the lock); a
/// hit costs hashing the text, a small part of wrapping it.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let capacity: Int
    private let values = Mutex<[Key: Value]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `compute` the first time.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let kept = values.withLock({ $0[key] }) { return kept }
        let value = compute()
        values.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}
