extension StoreBenchOptions {
    /// Runs one store benchmark: parses its options, names the machine, prints each figure it
    /// measures; exit 2 on bad options, 1 when the measuring failed.
    static func run(_ arguments: [String], command: String, defaultRuns: Int, valued: Set<String> = [],
                    flags: Set<String> = [], measure: (StoreBenchOptions) throws -> [Figure]) -> Int32 {
        guard let options = StoreBenchOptions(arguments, command: command, defaultRuns: defaultRuns,
                                              valued: valued, flags: flags) else { return 2 }
        print("earshot-bench: " + BenchMachine.description)
        do {
            for figure in try measure(options) { print(figure.report) }
            return 0
        } catch {
            printError("\(command): \(error)")
            return 1
        }
    }
}
