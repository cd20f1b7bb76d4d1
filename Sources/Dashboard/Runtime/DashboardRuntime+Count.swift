import Store

extension DashboardRuntime {
    /// A list's count that waits for the frame with its rows.
    struct PendingCount: Equatable {
        var pane: Pane
        var filter: ListFilter
        /// Given up once already for a key typed meanwhile: the next try runs to the end.
        var wasInterrupted = false
    }

    /// The actions for a window of `pane` loaded under `filter`, with the list's total: exact
    /// without counting when the first window holds the whole list; while a filter is typed on
    /// `pane`, the rows so far, the count being left for after the frame (`finishPendingCount`);
    /// else `count()`.
    func loaded<Row>(_ pane: Pane, _ filter: ListFilter, _ window: RowWindow<Row>, limit: Int,
                     _ action: (RowWindow<Row>, Int) -> Action, count: () throws -> Int) rethrows -> [Action] {
        if window.offset == 0, window.rows.count < limit {
            // A count left for an earlier filter of this list is moot now.
            if pendingCount?.pane == pane { pendingCount = nil }
            return [action(window, window.rows.count)]
        }
        if case .filter(let typed, _)? = state.triage.prompt?.kind, typed == pane {
            pendingCount = PendingCount(pane: pane, filter: filter)
            return [action(window, window.offset + window.rows.count), .countPending(pane)]
        }
        return [action(window, try count())]
    }

    /// True when a list's count waits to be read.
    public var hasPendingCount: Bool { pendingCount != nil }

    /// Reads the count left for after the frame and hands it to the reducer. A newer keystroke
    /// handled before this replaced it with its own filter's count; one typed while the review
    /// list is counted stops the count (`Terminal.hasInputWaiting`), which is tried again, to the end, once
    /// that key is handled unless the key brought a newer filter.
    public func finishPendingCount() {
        guard let pending = pendingCount else { return }
        pendingCount = nil
        do {
            let total: Int
            switch pending.pane {
            case .reviews where !pending.wasInterrupted:
                guard let counted = try store.reviewCount(pending.filter, stoppingWhen: { [terminal] in terminal.hasInputWaiting }) else {
                    pendingCount = PendingCount(pane: pending.pane, filter: pending.filter, wasInterrupted: true)
                    return
                }
                total = counted
            case .reviews: total = try store.reviewCount(pending.filter)
            case .complaints: total = try store.complaintCount(pending.filter)
            case .followUps: total = try store.followUpCount(pending.filter)
            case .brands: return
            }
            dispatch(.countLoaded(pending.pane, pending.filter, total: total))
        } catch {
            dispatch(.loadFailed("\(error)"))
        }
    }

    /// Between frames: reads a pending count unless a key is already waiting, which is handled
    /// first (its filter may make the count moot). False when the terminal is gone.
    func idleWork() -> Bool {
        let event = terminal.nextEvent(timeoutMilliseconds: 0)
        if case .tick = event {
            finishPendingCount()
            return true
        }
        return handle(event)
    }
}
