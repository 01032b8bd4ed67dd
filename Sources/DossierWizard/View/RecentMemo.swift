import Synchronization

/// The last few values of a pure function, found by comparing arguments
/// with `==` rather than by hashing them.
///
/// Why: the arguments of an entry list's rows are the whole dossier, and
/// hashing it reads every entry, which is the cost the memo is there to
/// save (a move in a list of 200 purchases cost 5.5 times a move in a list
/// of 20; issue 14). Comparing a dossier with the same dossier kept
/// unchanged is nearly free: its arrays share their storage, and Swift's
/// `==` on arrays answers at once when the storage is the same. A changed
/// dossier costs one comparison that fails early or late, then the rows
/// are computed as without the memo. Shared by every session and test
/// (hence the lock); the most recent value first.
final class RecentMemo<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let capacity: Int
    private let entries = Mutex<[(key: Key, value: Value)]>([])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `compute` when none of the kept
    /// ones has an equal key.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        let kept: Value? = entries.withLock { list in
            guard let index = list.firstIndex(where: { $0.key == key }) else { return nil }
            let hit = list.remove(at: index)
            list.insert(hit, at: 0)
            return hit.value
        }
        if let kept { return kept }
        let value = compute()
        entries.withLock { list in
            list.insert((key, value), at: 0)
            if list.count > capacity { list.removeLast(list.count - capacity) }
        }
        return value
    }
}
