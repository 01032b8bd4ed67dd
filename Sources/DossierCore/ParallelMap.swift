import Dispatch
import FoundationEssentials

/// Reading and judging a folder of dossiers on every core: each file is
/// independent of the others, and a coverage office's folder of tens of
/// thousands must be listed in about the time a script takes to parse it.
/// The results keep the order of the input.
enum ParallelMap {
    /// Below this, threads cost more than they save.
    static let minimumCount = 64

    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard items.count >= minimumCount, workers > 1 else { return items.map(transform) }
        // A few chunks per core, so one slow file does not hold the others.
        let chunk = max(1, items.count / (workers * 8))
        let chunks = (items.count + chunk - 1) / chunk
        let buffer = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        buffer.initialize(repeating: nil)
        defer {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
        // Each chunk writes its own indices only.
        nonisolated(unsafe) let out = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(items.count, (c + 1) * chunk) { out[i] = transform(items[i]) }
        }
        return buffer.map { $0! }
    }
}
