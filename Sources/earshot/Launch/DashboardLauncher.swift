import Dashboard
import Foundation
import NcursesTerminal
import Store
import TerminalUI

/// Opens the dashboard on a store: terminal, config, theme, run loop, and the terminal restored after.
enum DashboardLauncher {
    static func run(store: EarshotStore, label: String, themeOption: String?) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = try NcursesTerminal.start()
        defer { terminal.restore() }
        let config = try UserConfig.load(themeOption: themeOption, environment: environment,
                                         colors: terminal.capabilities.colors)
        terminal.setEscapeDelay(milliseconds: config.escapeDelayMilliseconds)
        var state = AppState(size: terminal.size, storeLabel: label, now: Date(), keymap: config.keymap)
        state.triage.views = config.views
        state.triageSettings = config.triage
        state.triage.bulkThreshold = config.confirmOver
        if config.mouse, !terminal.setMouseReporting(true) {
            state.message = StatusMessage("This terminal reports no mouse clicks; keys work as always", kind: .error)
        }
        if let first = config.errors.first {
            let more = config.errors.count > 1 ? " (and \(config.errors.count - 1) more)" : ""
            state.message = StatusMessage("\(first)\(more)", kind: .error)
        }
        let glyphs: Glyphs = terminal.capabilities.unicode ? .unicode : .ascii
        let renderer = DashboardRenderer(context: RenderContext(theme: config.theme, glyphs: glyphs))
        let runtime = DashboardRuntime(state: state, store: store, terminal: terminal, renderer: renderer)
        // Typed text survives a hang-up here, and is offered at the next start on this store.
        runtime.drafts = DraftFolder(path: DraftFolder.standardPath(environment: environment), store: store.path)
        runtime.run()
    }
}
