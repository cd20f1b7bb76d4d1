import TerminalUI

/// A readable line diff between a rendered screen and the expected text, for test failures.
public enum LineDiff {
    /// Nil when the lines are equal; else every differing line as `-expected` / `+actual`.
    public static func describe(actual: [String], expected: [String]) -> String? {
        guard actual != expected else { return nil }
        var out = ["screen differs (- expected, + actual):"]
        for i in 0..<max(actual.count, expected.count) {
            let a = i < actual.count ? actual[i] : "<missing>"
            let e = i < expected.count ? expected[i] : "<missing>"
            if a == e {
                out.append(number(i + 1, " ") + a)
            } else {
                out.append(number(i + 1, "-") + e)
                out.append(number(i + 1, "+") + a)
            }
        }
        return out.joined(separator: "\n")
    }

    static func number(_ n: Int, _ mark: String) -> String {
        let digits = String(n)
        return String(repeating: " ", count: max(0, 3 - digits.count)) + digits + " " + mark
    }

    /// Compares a buffer's lines with a multi-line literal (trailing spaces are not significant).
    public static func describe(_ buffer: ScreenBuffer, _ expected: String) -> String? {
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = String(line)
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        return describe(actual: buffer.lines, expected: wanted)
    }
}
