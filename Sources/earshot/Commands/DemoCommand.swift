import ArgumentParser
import Foundation
import Store

/// `earshot demo`: the dashboard on a fresh copy of the bundled demo data, removed on exit.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the dashboard on a fresh copy of the bundled demo data (removed on exit)."
    )

    @Option(help: "The theme: default, light, high-contrast, solarized, monochrome, or one in your config directory.")
    var theme: String?

    /// The root command: `--theme` may be parsed there, wherever it appears on the line.
    @ParentCommand var root: Earshot

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let seeds = try DemoData.seedFiles(environment: environment)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("earshot-demo-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try EarshotStore.open(at: directory.appendingPathComponent("demo.db").path, createIfMissing: true)
        var options = ImportOptions()
        options.dateShift = DemoData.dateShift(now: Date())
        let report = try store.importFiles(seeds, options: options)
        guard report.errors.isEmpty else {
            throw LaunchError("the demo data did not import: \(report.errors[0])")
        }
        try DashboardLauncher.run(store: store, label: "demo", themeOption: theme ?? root.theme)
    }
}
