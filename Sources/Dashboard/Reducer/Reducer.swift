import Foundation
import Store

/// The dashboard's logic: a pure function from state and action to new state and effects.
///
/// Nothing here touches a terminal or the store; effects come back as values for the run loop.
public enum Reducer {
    /// Rows loaded around the screen at a time, at least.
    static let minimumWindow = 200

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .started:
            return [.loadBrands, .loadAttention(state.listFilter)] + [Pane.reviews, .complaints, .followUps].map {
                .loadRows($0, state.listFilter(for: $0), offset: 0, limit: windowSize(for: $0, in: state))
            }
        case .command(let command):
            state.message = nil
            return run(command, in: &state)
        case .key(let key):
            if let effects = routeKey(key, &state) { return effects }
            let binding = state.keymap.binding(for: key, in: state.keyScopes)
            if state.showingHelp, let binding, !worksOverHelp(binding) {
                state.message = StatusMessage("Close the help (q) first: \(key.hint) changes the list behind it")
                return []
            }
            switch binding {
            case .command(let command)?: return reduce(&state, .command(command))
            case .line(let line)?:
                state.message = nil
                return runCommandLine(line, fromPrompt: false, &state)
            case nil: break
            }
            state.message = StatusMessage("\(key.hint) does nothing here; press ? for the keys")
            return []
        case .mouse(let event):
            return mouse(event, &state)
        case .resized(let size):
            state.size = size
            if state.showingHelp { clampHelpScroll(&state) }
            return rescrollAll(&state)
        case .tick(let date):
            state.now = date
            return []
        case .brandsLoaded(let report):
            return brandsLoaded(report, &state)
        case .attentionLoaded(let counts):
            state.attention = counts
            return []
        case .reviewsLoaded(let window, let total):
            state.reviews = window
            return listLoaded(.reviews, total: total, &state)
        case .complaintsLoaded(let window, let total):
            state.complaints = window
            return listLoaded(.complaints, total: total, &state)
        case .followUpsLoaded(let window, let total):
            state.followUps = window
            return listLoaded(.followUps, total: total, &state)
        case .countPending(let pane):
            state.positions[pane, default: ListPosition()].isCounting = true
            return []
        case .countLoaded(let pane, let filter, let total):
            return countLoaded(pane, filter, total: total, &state)
        case .detailLoaded(let pane, let id, let content):
            if state.detail?.pane == pane, state.detail?.id == id { state.detail?.content = content }
            return []
        case .commandLine(let line):
            state.message = nil
            return runCommandLine(line, fromPrompt: false, &state)
        case .triageFinished(let result):
            return triageFinished(result, &state)
        case .storeChangedElsewhere:
            return reloadAll(&state)
        case .allInViewLoaded(let pane, let rows, let capped):
            return markAllLoaded(pane, rows: rows, capped: capped, &state)
        case .noteEdited(let ids, let expected, let outcome):
            return noteEdited(ids: ids, expected: expected, outcome, &state)
        case .replyEdited(let id, let expected, let target, let outcome):
            return replyEdited(id: id, expected: expected, target: target, outcome, &state)
        case .replyLoaded(let id, let panel):
            return replyLoaded(id: id, panel, &state)
        case .notice(let text, let error):
            state.message = StatusMessage(text, kind: error ? .error : .info)
            return []
        case .confirm(let question, let effect):
            state.triage.confirmation = Confirmation(question: question, step: .perform(effect))
            return []
        case .knownNamesLoaded(let names):
            state.triage.knownNames = names
            return []
        case .draftFound(let offer):
            state.triage.draftOffer = offer
            return []
        case .loadFailed(let message):
            state.message = StatusMessage(message, kind: .error)
            return []
        }
    }

    // MARK: Commands

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .moveDown: return move(&state) { $0.move(by: 1, visibleRows: $1) }
        case .moveUp: return move(&state) { $0.move(by: -1, visibleRows: $1) }
        case .pageDown: return move(&state) { $0.move(by: max(1, $1 - 1), visibleRows: $1) }
        case .pageUp: return move(&state) { $0.move(by: -max(1, $1 - 1), visibleRows: $1) }
        case .moveFirst: return move(&state) { $0.select(0, visibleRows: $1) }
        case .moveLast: return move(&state) { $0.select($0.total - 1, visibleRows: $1) }
        case .nextPane: return focus(state.focus.advanced(by: 1), &state)
        case .previousPane: return focus(state.focus.advanced(by: -1), &state)
        case .showBrands: return focus(.brands, &state)
        case .showReviews: return focus(.reviews, &state)
        case .showComplaints: return focus(.complaints, &state)
        case .showFollowUps: return focus(.followUps, &state)
        case .open, .focusDetail:
            guard !state.showingHelp, state.detail != nil else { return [] }
            state.area = .detail
            return rescrollAll(&state)
        case .focusList:
            state.area = .list
            return rescrollAll(&state)
        case .back: return back(&state)
        case .filterBrand: return toggleBrandFilter(&state)
        case .brandPeriod: return nextBrandPeriod(&state)
        case .filter, .sort, .view, .reload, .mark, .markAll, .clearMarks, .prompt, .undo:
            return runTriageCommand(command, argument: nil, &state)
        case .replyDraft, .replyCopy, .replySent: return replyCommand(command, &state)
        case .help:
            state.showingHelp.toggle()
            state.helpScroll = 0
            return []
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit:
            state.isRunning = false
            return [.quit]
        }
    }

    /// Applies a movement to whatever has the keys: the help, the detail view or the list.
    static func move(_ state: inout AppState, _ step: (inout ListPosition, Int) -> Void) -> [Effect] {
        let layout = layout(of: state)
        if state.showingHelp {
            // Scrolls like the detail view: a page is what the overlay shows, and the last page
            // stays full.
            var position = ListPosition(total: Int.max / 2, selected: state.helpScroll, top: state.helpScroll)
            step(&position, HelpScreen.visibleRows(for: state.size))
            state.helpScroll = position.selected
            clampHelpScroll(&state)
            return []
        }
        if state.area == .detail, var detail = state.detail {
            let rows = layout.detailRows
            var position = ListPosition(total: Int.max / 2, selected: detail.scroll, top: detail.scroll)
            step(&position, rows)
            detail.scroll = max(0, min(position.selected, max(0, DetailView.lineCount(detail, state: state) - rows)))
            state.detail = detail
            return []
        }
        let pane = state.focus
        step(&state.positions[pane, default: ListPosition()], layout.visibleRows(pane))
        return ensureWindow(pane, &state) + syncDetail(&state) + brandFilterFollowsSelection(&state)
    }

    static func focus(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        state.focus = pane
        state.area = .list
        state.showingHelp = false
        return rescrollAll(&state) + syncDetail(&state)
    }

    static func back(_ state: inout AppState) -> [Effect] {
        if state.showingHelp {
            state.showingHelp = false
        } else if state.area == .detail {
            state.area = .list
            return rescrollAll(&state)
        } else if state.triage.queries[state.focus] != nil {
            state.message = StatusMessage("Filter cleared")
            return setQuery(nil, for: state.focus, &state)
        } else if state.brandFilter != nil {
            return setBrandFilter(nil, &state)
        }
        return []
    }

    static func toggleBrandFilter(_ state: inout AppState) -> [Effect] {
        guard state.focus == .brands, let id = state.selectedID(in: .brands) else {
            state.message = StatusMessage("Go to the Brands pane (1) and pick a brand to filter by")
            return []
        }
        return setBrandFilter(state.brandFilter == id ? nil : id, &state)
    }

    static func setBrandFilter(_ id: String?, _ state: inout AppState) -> [Effect] {
        state.brandFilter = id
        state.message = StatusMessage(id == nil ? "Showing all brands" : "Showing only \(state.brandFilterName ?? "one brand")")
        var effects: [Effect] = [.loadAttention(state.listFilter)]
        for pane in [Pane.reviews, .complaints, .followUps] {
            state.positions[pane] = ListPosition()
            effects.append(.loadRows(pane, state.listFilter(for: pane), offset: 0, limit: windowSize(for: pane, in: state)))
        }
        return effects
    }

    // MARK: Loading and scrolling

    static func listLoaded(_ pane: Pane, total: Int, _ state: inout AppState) -> [Effect] {
        state.positions[pane, default: ListPosition()].total = total
        state.positions[pane, default: ListPosition()].isCounting = false
        restoreSelection(pane, &state)
        return rescroll(pane, &state) + (pane == state.focus ? syncDetail(&state) : [])
    }

    static func layout(of state: AppState) -> DashboardLayout {
        DashboardLayout(for: state)
    }

    static func windowSize(for pane: Pane, in state: AppState) -> Int {
        max(minimumWindow, layout(of: state).visibleRows(pane) * 4)
    }

    static func rescroll(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        state.positions[pane, default: ListPosition()].scrollToSelection(visibleRows: layout(of: state).visibleRows(pane))
        return ensureWindow(pane, &state)
    }

    /// Keeps the help from scrolling past a full last page; its length depends on the width,
    /// so a resize can leave it past the end.
    static func clampHelpScroll(_ state: inout AppState) {
        let lastTop = HelpScreen.lineCount(for: state) - HelpScreen.visibleRows(for: state.size)
        state.helpScroll = max(0, min(state.helpScroll, lastTop))
    }

    static func rescrollAll(_ state: inout AppState) -> [Effect] {
        Pane.allCases.flatMap { rescroll($0, &state) }
    }

    /// Asks for the rows around the screen when they are not loaded yet.
    static func ensureWindow(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        let position = state.position(pane)
        let rows = layout(of: state).visibleRows(pane)
        let visible = position.top..<(position.top + rows)
        let covered: Bool
        switch pane {
        case .brands: return []
        case .reviews: covered = state.reviews.covers(visible, total: position.total)
        case .complaints: covered = state.complaints.covers(visible, total: position.total)
        case .followUps: covered = state.followUps.covers(visible, total: position.total)
        }
        if covered { return [] }
        let size = windowSize(for: pane, in: state)
        let offset = max(0, position.top - (size - rows) / 2)
        return [.loadRows(pane, state.listFilter(for: pane), offset: offset, limit: size)]
    }

    /// Points the detail view at the focused pane's selected row, loading it when it changed.
    static func syncDetail(_ state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard let id = state.selectedID(in: pane) else {
            if state.position(pane).total == 0 { state.detail = nil; if state.area == .detail { state.area = .list } }
            return []
        }
        if state.detail?.pane == pane, state.detail?.id == id { return [] }
        if pane == .brands { return showKeptBrand(id, &state) ?? showBrand(id, &state) }
        keepBrandDetail(&state)
        state.detail = DetailState(pane: pane, id: id)
        return [.loadDetail(pane, id: id)]
    }
}
