/// One problem found in an import: the file, the line (0 for the whole file), the field or
/// column when it applies, and what is wrong and what to do.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var field: String?
    public var message: String

    public init(file: String, line: Int, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, the form editors and compilers use.
    public var description: String {
        var text = line > 0 ? "\(file):\(line): " : "\(file): "
        if let field { text += "\(field): " }
        return text + message
    }
}
