import Foundation

/// One slot per chunk of tagging results, filled from several threads under a lock.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[TaggedSentiment]]
    private var filled = 0

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    /// Stores one chunk's results; returns how many chunks are done.
    func store(_ results: [TaggedSentiment], at chunk: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[chunk] = results
        filled += 1
        return filled
    }

    func joined() -> [TaggedSentiment] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
