import Foundation

/// What the figures were measured on, printed before them so runs can be compared.
enum BenchMachine {
    static var description: String {
        #if DEBUG
        let build = "DEBUG build (figures are not representative: build with -c release)"
        #else
        let build = "release build"
        #endif
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
        return "\(build); \(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(load) at start "
            + "(other processes share the cores: compare runs at similar load)"
    }
}
