import Foundation

/// Where the built `earshot` executable and the checkout's files are.
public enum BuiltProducts {
    /// The checkout's root folder, found from this source file's path (Tests/TerminalTestSupport/…).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `earshot` executable: `$EARSHOT_E2E_BINARY`, else the one next to this test bundle
    /// (`swift build` and `swift test` put every product in the same folder).
    public static func earshot() throws -> String {
        if let given = ProcessInfo.processInfo.environment["EARSHOT_E2E_BINARY"], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                throw E2EError("EARSHOT_E2E_BINARY=\(given) is not an executable file")
            }
            return given
        }
        let testBundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = testBundle.deletingLastPathComponent().appendingPathComponent("earshot").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw E2EError("no earshot executable at \(candidate): run `swift build` (or `swift test`, which builds it) first")
        }
        return candidate
    }

    /// The demo data folder: `$EARSHOT_SEEDS`, else `seeds/` in the checkout.
    public static var seeds: URL {
        if let given = ProcessInfo.processInfo.environment["EARSHOT_SEEDS"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        return packageRoot.appendingPathComponent("seeds")
    }

    /// The demo data's `.jsonl` files, in import order, as paths for `earshot import`.
    public static func seedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { seeds.appendingPathComponent($0).path }
    }
}
