import Synchronization

/// The last value computed by a pure function, kept with everything it was
/// computed from (`Key`), and given back while that has not changed.
///
/// Why: the view is a pure function of the state, redrawn at every key, and
/// some of its parts cost as much as the dossier is long: judging it (45 M
/// instructions for 200 entries) and laying out the review's summary of
/// every entry. A move in the review changes neither, yet paid for both, so
/// a move grew with the dossier. Comparing the key with the last one costs a
/// small part of that, and the answer is the same by construction as long as
/// the key holds all the function reads. Shared by every session and test
/// (hence the lock): a different key simply computes afresh.
final class Memo<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let last = Mutex<(key: Key, value: Value)?>(nil)
    private let computed = Mutex(0)

    init() {}

    /// How many times the value was computed afresh (tests prove the memo
    /// follows every change of its key with it).
    var computations: Int { computed.withLock { $0 } }

    /// The value for `key`: the last one if computed for the same key,
    /// else `compute()`, then kept.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let kept = last.withLock({ entry in entry.flatMap { $0.key == key ? $0.value : nil } }) { return kept }
        let value = compute()
        computed.withLock { $0 += 1 }
        last.withLock { $0 = (key, value) }
        return value
    }
}
