import Foundation
import Store
import TerminalUI
import Triage

/// The run loop: reads terminal events, reduces them, performs effects and presents frames.
///
/// The only place where the dashboard's effects happen. It runs on one thread (curses is not
/// thread-safe); store reads are quick indexed queries, answered before the next frame.
public final class DashboardRuntime {
    public private(set) var state: AppState
    let store: EarshotStore
    let terminal: any Terminal
    let renderer: DashboardRenderer
    /// How long to wait for a key before a tick.
    let tickMilliseconds: Int
    let clock: @Sendable () -> Date
    /// The one code path for changes: the same runner the CLI's commands use.
    public var runner: TriageRunner
    /// Where typed text goes when the terminal hangs up; nil keeps no drafts.
    public var drafts: DraftFolder?
    /// The environment the note editor is found in (`$VISUAL`, `$EDITOR`).
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The last frame presented: a frame is drawn only when the state moved on.
    var shown: AppState?
    /// The store's change counter when last looked at, and when that was (monotonic seconds).
    var seenChangeCounter: Int?
    var lastChangeCheck: TimeInterval = 0
    /// A list's count left for after the frame with its rows (`finishPendingCount`).
    var pendingCount: PendingCount?

    public init(state: AppState, store: EarshotStore, terminal: any Terminal, renderer: DashboardRenderer,
                tickMilliseconds: Int = 1_000, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.store = store
        self.terminal = terminal
        self.renderer = renderer
        self.tickMilliseconds = tickMilliseconds
        self.clock = clock
        self.runner = TriageRunner(store: store)
        if self.state.triage.user.isEmpty { self.state.triage.user = store.user }
    }

    /// Runs until the user quits or the terminal goes away.
    public func run() {
        start()
        while state.isRunning {
            presentIfChanged()
            if hasPendingCount {
                guard idleWork() else { return }
                continue
            }
            guard handle(terminal.nextEvent(timeoutMilliseconds: tickMilliseconds)) else { return }
        }
    }

    /// Loads everything and offers a draft left by a hang-up; `run` starts with it, tests may
    /// call it and then `handle` events one at a time.
    public func start() {
        state.size = terminal.size
        seenChangeCounter = try? store.externalChangeCounter()
        lastChangeCheck = ProcessInfo.processInfo.systemUptime
        dispatch(.started)
        if let offer = drafts?.oldest() { dispatch(.draftFound(offer)) }
    }

    /// Handles one terminal event; false when the terminal is gone (typed text is kept as a draft).
    @discardableResult
    public func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let key): dispatch(.key(key))
        case .mouse(let event): dispatch(.mouse(event))
        case .resize(let size): dispatch(.resized(size))
        case .tick:
            dispatch(.tick(clock()))
            checkForOtherSessions(force: true)
            return true
        case .hangup:
            keepTypedText()
            return false
        }
        checkForOtherSessions(force: false)
        return true
    }

    /// Draws the state when it changed since the last frame.
    public func presentIfChanged() {
        guard shown != state else { return }
        terminal.present(renderer.render(state))
        shown = state
    }

    /// Reduces `action` and performs the effects it returns, feeding their results back in.
    public func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                queue += perform(effect)
            }
        }
    }

    func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .loadBrands:
                return [.brandsLoaded(try store.brandStats(period: state.brandPeriod, now: state.now))]
            case .loadAttention(let filter):
                return [.attentionLoaded(try store.attention(filter, now: state.now))]
            case .loadRows(let pane, let filter, let offset, let limit):
                return try loadRows(pane, filter: filter, offset: offset, limit: limit)
            case .loadDetail(let pane, let id):
                let reply: [Action] = pane == .reviews ? [.replyLoaded(id: id, try replyPanel(for: id))] : []
                return [.detailLoaded(pane: pane, id: id, try loadDetail(pane, id: id))] + reply
            case .runTriage(let request):
                return [.triageFinished(runTriage(request))]
            case .undo:
                return [.triageFinished(undo())]
            case .editNote(let ids, let expected, let text):
                return [.noteEdited(ids: ids, expected: expected, editNote(text))]
            case .openReply(let id, let expected): return try openReply(id: id, expected: expected)
            case .copyReply(let id): return try copyReply(id: id)
            case .markReplySent(let id, let expected, let force): return try markReplySent(id: id, expected: expected, force: force)
            case .exportCustomer(let itemID): return try exportCustomer(itemID: itemID)
            case .forgetCustomer(let itemID, let confirmed): return try forgetCustomer(itemID: itemID, confirmed: confirmed)
            case .loadAllInView(let pane, let filter, let limit):
                return [try allInView(pane, filter: filter, limit: limit)]
            case .loadKnownNames:
                return [.knownNamesLoaded(try store.knownNames())]
            case .deleteDraft(let path):
                drafts?.remove(path)
                return []
            case .redraw:
                terminal.invalidate()
                // Ctrl-L changes no state, yet the screen must be painted again now.
                shown = nil
                return []
            case .suspend:
                terminal.suspend()
                terminal.invalidate()
                return [.resized(terminal.size)]
            case .quit:
                return []
            }
        } catch {
            return [.loadFailed("\(error)")]
        }
    }

    func loadRows(_ pane: Pane, filter: ListFilter, offset: Int, limit: Int) throws -> [Action] {
        switch pane {
        case .brands:
            return [.brandsLoaded(try store.brandStats(period: state.brandPeriod, now: state.now, filter: filter))]
        case .reviews:
            let rows = try store.reviewRows(filter, offset: offset, limit: limit)
            return try loaded(pane, filter, RowWindow(offset: offset, rows: rows), limit: limit, Action.reviewsLoaded) {
                try store.reviewCount(filter)
            }
        case .complaints:
            let rows = try store.complaintRows(filter, offset: offset, limit: limit)
            return try loaded(pane, filter, RowWindow(offset: offset, rows: rows), limit: limit, Action.complaintsLoaded) {
                try store.complaintCount(filter)
            }
        case .followUps:
            let rows = try store.followUpRows(filter, offset: offset, limit: limit, now: state.now, weights: state.triageSettings.urgency)
            return try loaded(pane, filter, RowWindow(offset: offset, rows: rows), limit: limit, Action.followUpsLoaded) {
                try store.followUpCount(filter)
            }
        }
    }

    func loadDetail(_ pane: Pane, id: String) throws -> Detail? {
        switch pane {
        case .brands:
            guard let report = state.brandReport else { return nil }
            let notable = try store.notableItems(brandID: id, period: report.period, now: state.now)
            return BrandProfile(id: id, report: report, notable: notable).map(Detail.brand)
        case .reviews: return try store.reviewDetail(id: id).map(Detail.review)
        case .complaints: return try store.complaintDetail(id: id).map(Detail.complaint)
        case .followUps: return try store.followUpDetail(id: id, weights: state.triageSettings.urgency).map(Detail.followUp)
        }
    }
}
