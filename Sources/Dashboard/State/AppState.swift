import Foundation
import Store
import Triage
import TerminalUI

/// Everything the dashboard shows, as one value. `reduce` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    public var size: Size
    /// Names the store in the header ("demo", or the file's name).
    public var storeLabel: String
    /// The clock, for ages and deadlines; moved forward by ticks.
    public var now: Date
    public var focus: Pane = .reviews
    public var area: FocusArea = .list
    public var positions: [Pane: ListPosition] = [:]

    /// The Brands pane's figures over `brandPeriod`; nil until loaded.
    public var brandReport: BrandStatsReport?
    public var brandPeriod: StatsPeriod = .quarter
    public var reviews = RowWindow<ReviewRow>()
    public var complaints = RowWindow<ComplaintRow>()
    public var followUps = RowWindow<FollowUpRow>()
    /// The config's business hours, deadlines and urgency weights (complaint clocks, follow-up ranking).
    public var triageSettings = TriageSettings()
    public var attention: AttentionCounts?

    /// The brand the other panes are limited to, if any.
    public var brandFilter: String?
    public var detail: DetailState?
    /// The brand detail last shown with its notable items, kept while the detail follows another
    /// pane: Tab back onto Brands shows it again instead of reading the brand's items once more.
    /// Dropped whenever the brand figures reload (a change, another period, another session).
    public var keptBrandDetail: DetailState?
    public var showingHelp = false
    public var helpScroll = 0
    public var message: StatusMessage?
    public var isRunning = true
    /// The effective key bindings: the defaults with the user's config applied.
    public var keymap: Keymap
    /// Marks, per-pane filters and sorts, the prompt, the note editor and the triage dialogs.
    public var triage = TriageState()

    public init(size: Size, storeLabel: String, now: Date, keymap: Keymap = .defaults) {
        self.size = size
        self.storeLabel = storeLabel
        self.now = now
        self.keymap = keymap
        for pane in Pane.allCases { positions[pane] = ListPosition() }
    }

    /// The brands of the Brands pane, own first.
    public var brands: [BrandStats] { brandReport?.brands ?? [] }

    /// The position of `pane`'s list.
    public func position(_ pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    /// The filter the Reviews, Complaints and Follow-ups panes load with.
    public var listFilter: ListFilter { ListFilter(brandID: brandFilter) }

    /// The name of the brand filter, for the header.
    public var brandFilterName: String? {
        guard let id = brandFilter else { return nil }
        return brands.first { $0.id == id }?.name ?? id
    }

    /// The id of the selected row in `pane`, when it is loaded.
    public func selectedID(in pane: Pane) -> String? {
        let index = position(pane).selected
        switch pane {
        case .brands: return brands.indices.contains(index) ? brands[index].id : nil
        case .reviews: return reviews[index]?.id
        case .complaints: return complaints[index]?.id
        case .followUps: return followUps[index]?.id
        }
    }

    /// The key scopes in force, most specific first.
    public var keyScopes: [KeyScope] {
        if showingHelp { return [.help] }
        if area == .detail { return [.detail, KeyScope(focus)] }
        return [KeyScope(focus)]
    }
}
