/// The options every store benchmark takes: `--items N [--seed S] [--runs R] [--work DIR]`.
struct StoreBenchOptions {
    var items: Int
    var seed: UInt64
    var runs: Int
    var workspace: BenchWorkspace
    var options: BenchOptions

    static let valued: Set<String> = ["--items", "--seed", "--runs", "--work"]
    static let usage = "--items N [--seed S] [--runs R] [--work DIR]"

    /// Parses the common options plus `valued` and `flags`; nil (after saying why) when wrong.
    init?(_ arguments: [String], command: String, defaultRuns: Int, valued: Set<String> = [], flags: Set<String> = []) {
        guard let options = BenchOptions(arguments, valued: Self.valued.union(valued), flags: flags) else { return nil }
        guard let items = Int(options.value("--items") ?? ""), items > 0 else {
            printError("\(command): --items N is required (a whole number above 0, e.g. --items 100000)")
            return nil
        }
        guard let seed = UInt64(options.value("--seed") ?? "1"), let runs = Int(options.value("--runs") ?? "\(defaultRuns)"),
              runs > 0 else {
            printError("\(command): --seed and --runs take whole numbers (runs above 0)")
            return nil
        }
        do {
            workspace = try BenchWorkspace(root: options.value("--work"), items: items, seed: seed)
        } catch {
            printError("\(command): \(error)")
            return nil
        }
        self.items = items
        self.seed = seed
        self.runs = runs
        self.options = options
    }
}
