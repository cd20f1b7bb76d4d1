import Glibc

/// A deliberate crash for the terminal-restore tests, armed only by `EARSHOT_TEST_CRASH`.
///
/// The tests must show that a real Swift runtime trap (not just a signal sent from outside)
/// leaves a working terminal, and nothing in earshot traps on purpose. So with
/// `EARSHOT_TEST_CRASH=trap` (or `segv`, `abort`) in the environment, Ctrl-\ crashes the program
/// inside its run loop, as a bug in a key handler would. Raw mode delivers Ctrl-\ as a key, never
/// as SIGQUIT, and earshot binds it to nothing. Unset, the hook costs one `getenv` at start.
enum CrashProbe: String {
    /// An index out of range: the Swift runtime prints "Fatal error" and traps (SIGILL on x86-64).
    case trap
    /// A store through a bad pointer: a real SIGSEGV.
    case segv
    /// `abort()`: SIGABRT, as a C library would raise it.
    case abort

    /// The character that fires an armed probe: Ctrl-\ (FS).
    static let key: UInt32 = 0x1C

    /// The probe named by `EARSHOT_TEST_CRASH`, or nil (always, outside the tests).
    static func armed() -> CrashProbe? {
        guard let value = getenv("EARSHOT_TEST_CRASH") else { return nil }
        return CrashProbe(rawValue: String(cString: value))
    }

    /// Crashes the program the way this probe names.
    func fire() {
        switch self {
        case .trap:
            let none: [UInt32] = []
            _ = none[Int(Self.key)]
        case .segv:
            UnsafeMutablePointer<UInt32>(bitPattern: 0x10)?.pointee = Self.key
        case .abort:
            Glibc.abort()
        }
    }
}
