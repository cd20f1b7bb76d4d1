import Foundation

/// The registry of benchmarks; each is a subcommand of `earshot-bench`.
enum Benchmarks {
    /// One benchmark: its subcommand name, a one-line summary, and its entry point, which
    /// returns the process exit code.
    struct Entry: Sendable {
        var name: String
        var summary: String
        var usage: String
        var run: @Sendable ([String]) -> Int32
    }

    /// Every benchmark. Add new ones here, each in its own file.
    static let all: [Entry] = [
        SentimentBenchmark.entry,
        GenerateCommand.entry,
        ImportBenchmark.entry,
        DashboardBenchmark.entry,
        FilterBenchmark.entry,
        ScaleBenchmark.entry,
        BrandsBenchmark.entry,
    ]

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h" else {
            printUsage()
            return arguments.isEmpty ? 2 : 0
        }
        guard let benchmark = all.first(where: { $0.name == name }) else {
            printError("unknown benchmark '\(name)'; run 'earshot-bench --help' for the list")
            return 2
        }
        return benchmark.run(Array(arguments.dropFirst()))
    }

    static func printUsage() {
        print("usage: earshot-bench <benchmark> [options]   (build with -c release for real figures)")
        for benchmark in all {
            print("  \(benchmark.name.padding(toLength: 12, withPad: " ", startingAt: 0))\(benchmark.summary)")
            print("      \(benchmark.usage)")
        }
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("earshot-bench: \(message)\n".utf8))
}
