import Foundation

/// Hands windows of records from the reading thread to the writer, holding at most `capacity`
/// waiting, so reading stays a little ahead of writing without filling memory.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [ImportBatch] = []
    /// Windows the writer is done with, released by the reading thread (`put`): freeing a
    /// window's records was ~3% of the writer's time, the import's critical path.
    private var spent: [ImportBatch] = []
    private var isFinished = false
    private var cancelled = false
    private var reading = ImportPreparation()
    private var recordsSent = 0

    init(capacity: Int = 2) {
        self.capacity = capacity
    }

    /// Waits for room, then queues `batch`; false when the writer has given up. Releases the
    /// windows the writer gave back, outside the lock.
    func put(_ batch: ImportBatch) -> Bool {
        condition.lock()
        while waiting.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else {
            condition.unlock()
            return false
        }
        waiting.append(batch)
        recordsSent += batch.records.count
        let released = spent
        spent.removeAll()
        condition.broadcast()
        condition.unlock()
        withExtendedLifetime(released) {}
        return true
    }

    /// The writer is done with `batch`: the reading thread releases it at its next `put` or
    /// when it finishes; once reading has finished, the caller releases it.
    func giveBack(_ batch: ImportBatch) {
        condition.lock()
        defer { condition.unlock() }
        if !isFinished, !cancelled { spent.append(batch) }
    }

    /// The next batch, waiting for it; nil once reading has finished and everything was taken.
    func take() -> ImportBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !isFinished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// Records queued so far (a progress total that grows while reading goes on).
    var recordsRead: Int {
        condition.lock()
        defer { condition.unlock() }
        return recordsSent
    }

    /// Reading is over: `reading` holds what it rejected and warned about.
    func finish(_ reading: ImportPreparation) {
        condition.lock()
        self.reading = reading
        isFinished = true
        let released = spent
        spent.removeAll()
        condition.broadcast()
        condition.unlock()
        withExtendedLifetime(released) {}
    }

    /// Waits for reading to end and returns its rejections, warnings and file order.
    func waitForReading() -> ImportPreparation {
        condition.lock()
        defer { condition.unlock() }
        while !isFinished { condition.wait() }
        return reading
    }

    /// The writer stops: reading ends at its next record and nothing more is queued.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        waiting.removeAll()
        spent.removeAll()
        condition.broadcast()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
