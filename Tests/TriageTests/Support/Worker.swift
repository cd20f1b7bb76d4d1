import Foundation

/// `earshot-triage-worker`: a triage session in another process on the same store.
enum Worker {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The worker beside the test bundle in the build folder.
    static func path() throws -> String {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
        let path = folder + "/earshot-triage-worker"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Failure(description: "no earshot-triage-worker at \(path): run `swift build --build-tests` first")
        }
        return path
    }

    /// Starts the worker; `wait` on the result gives its output lines.
    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        return (process, pipe)
    }

    static func wait(_ started: (Process, Pipe)) throws -> [String] {
        let data = started.1.fileHandleForReading.readDataToEndOfFile()
        started.0.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard started.0.terminationStatus == 0 else {
            throw Failure(description: "worker exited \(started.0.terminationStatus): \(lines.joined(separator: " | "))")
        }
        return lines
    }

    static func run(_ arguments: [String]) throws -> [String] {
        try wait(start(arguments))
    }
}
