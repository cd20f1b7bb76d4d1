/// A mistake in a reply template, with its file and line: "templates/sorry.txt:3: …".
public struct ReplyTemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { "\(source):\(line): \(message)" }
}
