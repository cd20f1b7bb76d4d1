/// A line of a lexicon override file that could not be read, with where and what to do.
public struct LexiconOverrideError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    /// 1-based line number; 0 when the whole file could not be read.
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)"
    }
}
