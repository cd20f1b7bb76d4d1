import Foundation

/// Hands windows of new items from the writer to the search thread (`ItemSearchBuild`): one
/// waiting and one being indexed at most, so the text in flight stays bounded.
final class ItemSearchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [[ItemSearchRow]] = []
    private var isFinished = false
    private var cancelled = false
    private var failure: (any Error)?
    private var waited = 0.0

    init(capacity: Int = 1) {
        self.capacity = capacity
    }

    /// Waits for room, then queues `window`; throws the search thread's error once it failed.
    func put(_ window: [ItemSearchRow]) throws {
        condition.lock()
        defer { condition.unlock() }
        if waiting.count >= capacity, !cancelled, failure == nil {
            let started = DispatchTime.now().uptimeNanoseconds
            while waiting.count >= capacity, !cancelled, failure == nil { condition.wait() }
            waited += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        if let failure { throw failure }
        guard !cancelled else { return }
        waiting.append(window)
        condition.broadcast()
    }

    /// The next window, waiting for it; nil once the writer has finished and everything was
    /// taken, or as soon as it cancelled.
    func take() -> [ItemSearchRow]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !isFinished, !cancelled { condition.wait() }
        guard !cancelled, !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// The writer sends no more windows.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        isFinished = true
        condition.broadcast()
    }

    /// The writer gives up: the search thread stops at its next window and keeps nothing.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
    }

    /// The search thread failed: the writer's next `put` throws `error`.
    func fail(_ error: any Error) {
        condition.lock()
        defer { condition.unlock() }
        failure = failure ?? error
        waiting.removeAll()
        condition.broadcast()
    }

    /// Throws the search thread's error if it failed.
    func throwIfFailed() throws {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    /// Wall seconds the writer waited for room (the writer is the import's critical path).
    var writerWaited: Double {
        condition.lock()
        defer { condition.unlock() }
        return waited
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
