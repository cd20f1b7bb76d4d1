import ArgumentParser
import Foundation
import NcursesTerminal
import Store
import TerminalUI

/// The `earshot` command: opens the dashboard, or runs one of the subcommands for scripts.
@main
struct Earshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "earshot",
        abstract: "Keep your business within earshot of its customers.",
        subcommands: [
            DemoCommand.self,
            InitCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            TagCommand.self,
            ReviewsCommand.self,
            ComplaintsCommand.self,
            FollowupsCommand.self,
            BrandsCommand.self,
            StatsCommand.self,
            ShowCommand.self,
            UpdateCommand.self,
            ComplainCommand.self,
            FollowupCommand.self,
            DoneCommand.self,
            UndoCommand.self,
            ReplyCommand.self,
            CustomerCommand.self,
            DoctorCommand.self,
            BackupCommand.self,
        ]
    )

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @Option(help: "The theme: default, light, high-contrast, solarized, monochrome, or one in your config directory.")
    var theme: String?

    /// Runs the command; our own errors become one line on stderr and the contract's exit code.
    static func main() {
        BacktraceSettings.ensureNonInteractive()
        DisplayWidth.prepareLocale()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as LaunchError {
            fail(error.description, code: 1)
        } catch let error as StoreError {
            fail(error.description, code: error.exitCode)
        } catch let error as NcursesTerminalError {
            // Its descriptions are whole lines already, prefix included.
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            Foundation.exit(1)
        } catch {
            // ArgumentParser says 64 (EX_USAGE) for usage errors; the contract says 2.
            let code = exitCode(for: error)
            if code.rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("earshot: \(message)\n".utf8))
        Foundation.exit(code)
    }

    func run() throws {
        let path = store ?? EarshotStore.defaultPath(environment: ProcessInfo.processInfo.environment)
        guard EarshotStore.exists(at: path) else {
            throw LaunchError("no store at \(path) yet: try the demo with `earshot demo`, or bring your reviews in with `earshot import FILE`")
        }
        let opened = try EarshotStore.open(at: path)
        try DashboardLauncher.run(store: opened, label: URL(fileURLWithPath: path).lastPathComponent, themeOption: theme)
    }
}
