import Foundation

/// The store the dashboard and filter benchmarks read: the one `import` left, else one made now
/// with the real `earshot import`.
enum StoreBuilder {
    static func ensureStore(_ options: StoreBenchOptions) throws -> String {
        let workspace = options.workspace
        if FileManager.default.fileExists(atPath: workspace.storePath) { return workspace.storePath }
        let generated = try workspace.generated()
        print("importing \(options.items) items into \(workspace.storePath) …")
        let building = workspace.freshFile("building.db")
        let result = try ChildRun.run(try BenchWorkspace.earshotBinary(), ["--store", building, "import"] + generated.jsonLines)
        guard result.status == 0 else {
            throw BenchError("earshot import failed (exit \(result.status)): \(result.errorText.prefix(400))")
        }
        workspace.move(building, to: workspace.storePath)
        return workspace.storePath
    }
}
