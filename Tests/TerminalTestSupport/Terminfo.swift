import Foundation

/// Strings from the terminfo database, as `tput` prints them (what curses itself would send).
public enum Terminfo {
    /// The bytes of capability `name` (say `rmcup`) for terminal type `term`, or nil when the
    /// type does not have it;
    /// `parameters` fill in a parameterised one (`csr 0 23`).
    public static func capability(_ name: String, term: String, parameters: [Int] = []) -> [UInt8]? {
        guard let tput = TmuxSession.executable(named: "tput"),
              let text = try? Command.run(tput, ["-T", term, name] + parameters.map(String.init)), !text.isEmpty else { return nil }
        return Array(text.utf8)
    }
}
