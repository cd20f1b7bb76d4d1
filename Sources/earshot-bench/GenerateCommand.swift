import StoreGenerator

/// `earshot-bench generate`: writes a realistic store as import files (see `StoreGenerator`).
enum GenerateCommand {
    static let entry = Benchmarks.Entry(
        name: "generate",
        summary: "write a realistic store as import files (JSON Lines and CSV), the same bytes for the same seed",
        usage: "generate --items N [--seed S] [--competitors N] [--out DIR] [--no-csv]",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        guard let options = BenchOptions(arguments, valued: ["--items", "--seed", "--competitors", "--out"],
                                         flags: ["--no-csv"]) else { return 2 }
        guard let items = Int(options.value("--items") ?? ""), items >= 0 else {
            printError("generate: --items N is required (a whole number, e.g. --items 100000)")
            return 2
        }
        guard let seed = UInt64(options.value("--seed") ?? "1"), let competitors = Int(options.value("--competitors") ?? "4") else {
            printError("generate: --seed and --competitors take whole numbers")
            return 2
        }
        let directory = options.value("--out") ?? "."
        let configuration = GeneratorConfiguration(items: items, seed: seed, competitors: competitors,
                                                   writesCSV: !options.has("--no-csv"))
        do {
            try BenchFiles.makeDirectory(directory)
            let store = try StoreGenerator.generate(configuration, into: directory)
            print("generated \(store.brands) brands, \(store.customers) customers, \(store.items) items, "
                + "\(store.complaints) complaints, \(store.followUps) follow-ups (seed \(seed))")
            print("import in this order: earshot import " + store.jsonLines.joined(separator: " "))
            if let csv = store.csv { print("items as CSV: \(csv)") }
            return 0
        } catch {
            printError("generate: \(error)")
            return 1
        }
    }
}
