import Foundation
import StoreGenerator

/// The folder the store benchmarks keep their generated data and stores in, reused between
/// runs (generating and importing a million items takes minutes; the files are the same bytes
/// for the same size and seed).
struct BenchWorkspace {
    let root: String
    let items: Int
    let seed: UInt64

    init(root: String?, items: Int, seed: UInt64) throws {
        self.root = root ?? NSTemporaryDirectory() + "/earshot-bench"
        self.items = items
        self.seed = seed
        try BenchFiles.makeDirectory(self.root)
    }

    /// The generated files for this size and seed, made now unless an earlier run left them.
    func generated() throws -> GeneratedStore {
        let folder = root + "/data-\(items)-s\(seed)"
        let marker = folder + "/complete"
        try BenchFiles.makeDirectory(folder)
        let configuration = GeneratorConfiguration(items: items, seed: seed)
        if FileManager.default.fileExists(atPath: marker) {
            return GeneratedStore(jsonLines: StoreGenerator.jsonLinesNames.map { folder + "/" + $0 },
                                  csv: folder + "/" + StoreGenerator.csvName, items: items)
        }
        print("generating \(items) items (seed \(seed)) into \(folder) …")
        let store = try StoreGenerator.generate(configuration, into: folder)
        guard FileManager.default.createFile(atPath: marker, contents: nil) else {
            throw BenchError("cannot write \(marker), which marks the generated data as complete; check that \(folder) is writable")
        }
        return store
    }

    /// The store with these items imported, kept by the import benchmark for the others.
    var storePath: String { root + "/store-\(items)-s\(seed).db" }

    /// A scratch store file for one run (removed first, with its -wal and -shm).
    func freshFile(_ name: String) -> String {
        let path = root + "/" + name
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
        return path
    }

    /// Moves a store (and its -wal/-shm) to `target`.
    func move(_ path: String, to target: String) {
        for suffix in ["", "-wal", "-shm"] {
            unlink(target + suffix)
            rename(path + suffix, target + suffix)
        }
    }

    /// The `earshot` executable built beside this one (the same build, release or debug).
    static func earshotBinary() throws -> String {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = own.deletingLastPathComponent().appendingPathComponent("earshot").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BenchError("no earshot executable at \(candidate): build it with the same command and "
                + "--product earshot (e.g. swift build -c release --product earshot)")
        }
        return candidate
    }
}
