import Foundation

/// `earshot-bench scale`: every store figure (import, dashboard, filter) for each size asked for,
/// then one table of them against the budgets of BRIEF §9.
enum ScaleBenchmark {
    static let entry = Benchmarks.Entry(
        name: "scale",
        summary: "import, dashboard and filter figures for each size, with the budgets (BRIEF §9)",
        usage: "scale --items N[,N…] [--seed S] [--runs R] [--work DIR] [--presses P] [--idle SECONDS] [--reuse-store]",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        guard let options = BenchOptions(arguments, valued: ["--items", "--seed", "--runs", "--work", "--presses", "--idle"],
                                         flags: ["--reuse-store"]) else { return 2 }
        let sizes = (options.value("--items") ?? "").split(separator: ",").compactMap { Int($0) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
            printError("scale: --items takes sizes like 100000,1000000")
            return 2
        }
        print("earshot-bench scale: " + BenchMachine.description)
        var table: [(size: Int, figure: Figure)] = []
        for size in sizes {
            var forwarded = ["--items", String(size)]
            for name in ["--seed", "--runs", "--work"] { if let value = options.value(name) { forwarded += [name, value] } }
            guard let common = StoreBenchOptions(forwarded, command: "scale", defaultRuns: 3) else { return 2 }
            var dashboardArguments = forwarded
            for name in ["--presses", "--idle"] { if let value = options.value(name) { dashboardArguments += [name, value] } }
            guard let dashboard = StoreBenchOptions(dashboardArguments, command: "scale", defaultRuns: 5,
                                                    valued: ["--presses", "--idle"]) else { return 2 }
            print("\n== \(size) items ==")
            do {
                var figures: [Figure] = []
                let reuse = options.has("--reuse-store") && FileManager.default.fileExists(atPath: common.workspace.storePath)
                if !reuse { figures += try ImportBenchmark.measure(common) }
                figures += try DashboardBenchmark.measure(dashboard)
                figures += try FilterBenchmark.measure(common)
                for figure in figures {
                    print(figure.report)
                    table.append((size, figure))
                }
            } catch {
                printError("scale: \(size) items: \(error)")
                return 1
            }
        }
        printTable(table)
        return 0
    }

    static func printTable(_ table: [(size: Int, figure: Figure)]) {
        print("\n| items | figure | median | p95 | p99 | budget | |")
        print("|---:|---|---:|---:|---:|---|---|")
        for (size, figure) in table {
            let budget = figure.budget.map { (figure.better == .lower ? "≤ " : "≥ ") + Figure.format($0) + " " + figure.unit } ?? ""
            let verdict = figure.meetsBudget.map { $0 ? "met" : "**missed**" } ?? ""
            print("| \(Figure.format(Double(size))) | \(figure.name) | \(Figure.format(figure.median)) \(figure.unit) | "
                + "\(Figure.format(figure.p95)) | \(Figure.format(figure.p99)) | \(budget) | \(verdict) |")
        }
    }
}
