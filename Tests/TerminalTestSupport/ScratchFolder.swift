import Foundation

/// A temporary folder of one test's own, with empty config, data and temporary folders for the
/// program under test, so no user file changes what is tested.
public struct ScratchFolder {
    public let url: URL

    /// Creates `$TMPDIR/earshot-LABEL-PID-RANDOM` with `config`, `data` and `tmp` inside.
    public static func make(_ label: String) throws -> ScratchFolder {
        let name = "earshot-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        for folder in ["config", "data", "tmp"] {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return ScratchFolder(url: url)
    }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// The program's `TMPDIR`: what it leaves there can be checked.
    public var temporaryFolder: String { path("tmp") }

    /// What is left in the program's `TMPDIR`.
    public var temporaryFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder)) ?? []
    }

    /// The environment a user's shell would give earshot: `TERM`, a UTF-8 locale, this folder's
    /// config, data and temporary folders, the checkout's seeds, and nothing else.
    public func environment(term: String = "xterm-256color", locale: String = "C.UTF-8",
                            extra: [String: String] = [:]) -> [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": url.path,
            "TERM": term,
            "LANG": locale,
            "LC_ALL": locale,
            "XDG_CONFIG_HOME": path("config"),
            "XDG_DATA_HOME": path("data"),
            "TMPDIR": temporaryFolder,
            "EARSHOT_SEEDS": BuiltProducts.seeds.path,
        ].merging(extra) { _, given in given }
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
