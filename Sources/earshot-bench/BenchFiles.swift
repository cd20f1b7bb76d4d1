import Foundation

/// Folders and files the benchmarks make.
enum BenchFiles {
    /// Creates `path` (and its parents) unless it exists.
    static func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}
