import CNcursesw
import TerminalUI

extension NcursesTerminal: ShellHandoff {
    /// Leaves the screen for another program (the user's editor), runs `body`, and comes back
    /// with the screen repainted; the next event is `.resize` with the current size (the
    /// terminal may have been resized meanwhile).
    ///
    /// The signal handlers stay installed throughout: a hang-up while the editor runs is
    /// recorded, the screen stays left, and the next event is `.hangup`.
    public func runOutside(_ body: () -> Void) {
        guard !isRestored, terminationSignal == nil, cnc_session_leave() == 1 else {
            body()
            return
        }
        body()
        cnc_session_return()
        guard terminationSignal == nil else { return }
        needsFullRepaint = false
        pendingEvents.append(.resize(size))
    }
}
