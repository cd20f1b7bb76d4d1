import Foundation

/// `earshot-bench import`: the real `earshot import` of a generated store (tagging and search
/// indexing included) beside `sqlite3`'s `.import` of the same items as CSV, the floor no
/// importer that checks and indexes its input can beat.
enum ImportBenchmark {
    static let entry = Benchmarks.Entry(
        name: "import",
        summary: "earshot import throughput and peak memory beside sqlite3 .import of the same CSV",
        usage: "import \(StoreBenchOptions.usage)   (default 3 runs; keeps the store for 'dashboard')",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        StoreBenchOptions.run(arguments, command: "import", defaultRuns: 3, measure: measure)
    }

    static func measure(_ options: StoreBenchOptions) throws -> [Figure] {
        let workspace = options.workspace
        let generated = try workspace.generated()
        let earshot = try BenchWorkspace.earshotBinary()
        var rates: [Double] = [], cpuRates: [Double] = [], memory: [Double] = []
        var readingCPU: [Double] = [], otherCPU: [Double] = [], searchCPU: [Double] = []
        setenv(ImportThreadSplit.variable, "1", 1)
        defer { unsetenv(ImportThreadSplit.variable) }
        for run in 1...options.runs {
            let store = workspace.freshFile("import-run.db")
            let result = try ChildRun.run(earshot, ["--store", store, "import"] + generated.jsonLines)
            guard result.status == 0 else {
                throw BenchError("earshot import failed (exit \(result.status)): \(result.errorText.prefix(400))")
            }
            rates.append(Double(options.items) / result.wallSeconds)
            cpuRates.append(Double(options.items) / result.cpuSeconds)
            memory.append(Double(result.peakRSS) / 1_048_576)
            print("  run \(run): \(Figure.format(result.wallSeconds)) s wall, \(Figure.format(result.cpuSeconds)) s CPU, "
                + "peak RSS \(Figure.format(Double(result.peakRSS) / 1_048_576)) MB")
            if let split = ImportThreadSplit(result) {
                readingCPU.append(split.readingCPU / Double(options.items) * 100_000)
                otherCPU.append(split.otherCPU / Double(options.items) * 100_000)
                if let search = split.searchCPU { searchCPU.append(search / Double(options.items) * 100_000) }
                print("    \(split.describe(wallSeconds: result.wallSeconds))")
            }
            if run == options.runs { workspace.move(store, to: workspace.storePath) }
        }
        var floor: [Double] = []
        if let sqlite = which("sqlite3"), let csv = generated.csv {
            for _ in 1...options.runs {
                let store = workspace.freshFile("floor-run.db")
                let result = try ChildRun.run(sqlite, [store, ".import --csv \(csv) item"])
                guard result.status == 0 else { throw BenchError("sqlite3 .import failed: \(result.errorText.prefix(400))") }
                floor.append(Double(options.items) / result.wallSeconds)
            }
            _ = workspace.freshFile("floor-run.db")
        } else {
            print("  (no sqlite3 program on PATH: the sqlite3 .import floor is left out; apt-get install sqlite3)")
        }
        let files = "\(options.items) generated items (seed \(options.seed)) with their brands, customers, complaints and follow-ups"
        var figures = [
            Figure(name: "import throughput", unit: "items/s", samples: rates,
                   method: "wall time of the release `earshot import` (a child process) of \(files) as JSON Lines "
                       + "into a new store: reading, checking, sentiment tagging, writing and full-text indexing; "
                       + "input files in the page cache (just generated or read)",
                   budget: 50_000, better: .higher),
            Figure(name: "import per CPU second", unit: "items/s", samples: cpuRates,
                   method: "the same imports, items per second of CPU time (user + system, all threads): steadier "
                       + "than wall time when other processes share the cores"),
            Figure(name: "import peak RSS", unit: "MB", samples: memory,
                   method: "ru_maxrss of the same `earshot import` processes (wait4)", budget: 150),
        ]
        if !readingCPU.isEmpty {
            figures.append(Figure(name: "import reading side CPU", unit: "s per 100k items", samples: readingCPU,
                                  method: "CPU of the import's reading thread (parse, check, tag) plus the tagging it hands "
                                      + "to other threads (CLOCK_THREAD_CPUTIME_ID, printed by the import)"))
            if !searchCPU.isEmpty {
                figures.append(Figure(name: "import search thread CPU", unit: "s per 100k items", samples: searchCPU,
                                      method: "CPU of the thread that builds the item search index in a temporary "
                                          + "database during a big import into an empty store, from its start to its "
                                          + "commit (CLOCK_THREAD_CPUTIME_ID, printed by the import); the copy into "
                                          + "the store is the writer's"))
            }
            figures.append(Figure(name: "import writer and rest CPU", unit: "s per 100k items", samples: otherCPU,
                                  method: "the same imports' CPU (wait4) less the reading side and the search thread: "
                                      + "the writer's transaction, index builds, start-up"))
        }
        if !floor.isEmpty {
            figures.append(Figure(name: "floor: sqlite3 .import", unit: "items/s", samples: floor,
                                  method: "wall time of `sqlite3 NEW.db '.import --csv items.csv item'` of the same items "
                                      + "(no checks, no tagging, no indexes, every column TEXT)"))
        }
        return figures
    }

    /// The full path of a program on PATH.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
