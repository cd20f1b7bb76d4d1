/// Minimal `--name value` / `--flag` option parsing for the benchmarks.
struct BenchOptions {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments`; `valued` names the options that take a value. Returns nil (after
    /// printing why) on an unknown option or a missing value.
    init?(_ arguments: [String], valued: Set<String>, flags known: Set<String>) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if valued.contains(argument) {
                guard index + 1 < arguments.count else {
                    printError("\(argument) needs a value")
                    return nil
                }
                values[argument] = arguments[index + 1]
                index += 2
            } else if known.contains(argument) {
                flags.insert(argument)
                index += 1
            } else {
                printError("unknown option '\(argument)'")
                return nil
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}
