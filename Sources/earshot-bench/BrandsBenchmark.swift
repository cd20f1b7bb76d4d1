import Dashboard
import Foundation
import Store
import TerminalUI

/// `earshot-bench brands`: what the Brands pane costs on a large store, in this process: the
/// store's figures for each period (what a start, a period key or a reload waits for), a brand's
/// notable items (what moving through the pane loads), drawing the pane and the detail, and, for
/// comparison, the old all-items pass and a rebuild of the summary tables.
enum BrandsBenchmark {
    static let entry = Benchmarks.Entry(
        name: "brands",
        summary: "the Brands pane on a large store: figures per period, notable items, drawing",
        usage: "brands \(StoreBenchOptions.usage) [--store PATH] [--rebuild]   (--rebuild: also time a rebuild of the summaries)",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        StoreBenchOptions.run(arguments, command: "brands", defaultRuns: 20, valued: ["--store"], flags: ["--rebuild"], measure: measure)
    }

    static func measure(_ options: StoreBenchOptions) throws -> [Figure] {
        let path = try options.options.value("--store") ?? StoreBuilder.ensureStore(options)
        let store = try EarshotStore.open(at: path)
        let now = Date()
        let size = "\(options.items) items, \(options.runs) runs after one warm-up (warm page cache)"
        var figures: [Figure] = []
        for period in StatsPeriod.allCases {
            _ = try store.brandStats(period: period, now: now)
            let samples = try (1...options.runs).map { _ in try milliseconds { _ = try store.brandStats(period: period, now: now) } }
            figures.append(Figure(name: "brand figures \(period.rawValue) (store)", unit: "ms", samples: samples,
                                  method: "EarshotStore.brandStats(period: .\(period)) wall time on \(size): the summary "
                                      + "tables, follow-ups due and complaints opened in the period", budget: 16, budgetOn: 0.99))
        }
        let report = try store.brandStats(period: .quarter, now: now)
        var notable: [Double] = []
        for _ in 1...options.runs {
            for brand in report.brands {
                notable.append(try milliseconds { _ = try store.notableItems(brandID: brand.id, period: .quarter, now: now) })
            }
        }
        figures.append(Figure(name: "brand notable items 90d (store)", unit: "ms", samples: notable,
                              method: "EarshotStore.notableItems for each of \(report.brands.count) brands on \(size)",
                              budget: 16, budgetOn: 0.99))
        figures += drawing(report, store: store, now: now, runs: options.runs)
        let scan = try (1...3).map { _ in try milliseconds { _ = try store.brandSummaries(now: now) } }
        figures.append(Figure(name: "all-items pass, for comparison (store)", unit: "ms", samples: scan,
                              method: "EarshotStore.brandSummaries(now:), which groups every item (what the pane did "
                                  + "before the summary tables), 3 runs on \(options.items) items"))
        if options.options.has("--rebuild") {
            let rebuild = try milliseconds { try store.rebuildBrandStats() }
            figures.append(Figure(name: "summary rebuild (store)", unit: "ms", samples: [rebuild],
                                  method: "EarshotStore.rebuildBrandStats(), one run: what the v6 migration costs an existing "
                                      + "store of \(options.items) items, and about what an import of that many adds"))
        }
        return figures
    }

    /// Drawing the pane (Brands focused, the detail beside it) and the brand detail alone, at 120x35.
    static func drawing(_ report: BrandStatsReport, store: EarshotStore, now: Date, runs: Int) -> [Figure] {
        var state = AppState(size: Size(width: 120, height: 35), storeLabel: "bench", now: now)
        _ = Reducer.reduce(&state, .brandsLoaded(report))
        _ = Reducer.reduce(&state, .command(.showBrands))
        if let id = report.brands.first?.id {
            let notable = try? store.notableItems(brandID: id, period: report.period, now: now)
            _ = Reducer.reduce(&state, .detailLoaded(pane: .brands, id: id,
                                                     BrandProfile(id: id, report: report, notable: notable).map(Detail.brand)))
        }
        let renderer = DashboardRenderer(context: RenderContext(theme: .standard))
        _ = renderer.render(state)
        let samples = (1...max(runs, 50)).map { _ in milliseconds { _ = renderer.render(state) } }
        return [Figure(name: "brands frame render", unit: "ms", samples: samples,
                       method: "DashboardRenderer.render at 120x35 with the Brands pane focused and the first brand's "
                           + "detail (charts, aspect table, notable items) beside it; \(samples.count) runs, pure drawing "
                           + "into a screen buffer", budget: 16, budgetOn: 0.99)]
    }

    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let started = Timing.now()
        try body()
        return (Timing.now() - started) * 1000
    }
}
