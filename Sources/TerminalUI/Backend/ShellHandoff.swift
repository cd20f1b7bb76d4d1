/// A terminal that can hand the screen to another program for a while (an editor) and take it
/// back: the program runs with the terminal as the shell left it, then the screen is redrawn.
public protocol ShellHandoff: Terminal {
    /// Leaves the screen, runs `body`, comes back; the next event is `.resize` so the run loop
    /// draws a fresh frame. When a terminating signal arrived meanwhile, the screen stays left.
    func runOutside(_ body: () -> Void)
}
