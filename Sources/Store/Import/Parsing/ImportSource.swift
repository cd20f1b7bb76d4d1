/// The bytes of one input: held in memory (given by the caller, or standard input) or mapped
/// from its file, so that a big file is read without being copied into memory whole.
enum ImportSource: Sendable {
    case memory(ImportInput)
    case mapped(MappedFile)

    /// The input's name in messages.
    var name: String {
        switch self {
        case .memory(let input): return input.name
        case .mapped(let file): return file.path
        }
    }

    /// How many bytes the input holds.
    var byteCount: Int {
        switch self {
        case .memory(let input): return input.bytes.count
        case .mapped(let file): return file.count
        }
    }

    /// Opens `path` ("-" reads standard input to its end); throws the one-line reason it cannot be read.
    static func open(path: String) throws(ImportError) -> ImportSource {
        if path == "-" { return .memory(try ImportInput.read(path: path)) }
        let file = try MappedFile(path: path)
        return file.count == 0 ? .memory(ImportInput(name: path, bytes: [])) : .mapped(file)
    }

    /// Calls `body` with the bytes and, for a mapped file, what gives its pages back once read.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>, PageRelease?) -> Result) -> Result {
        switch self {
        case .memory(let input): return input.bytes.withUnsafeBufferPointer { body($0, nil) }
        case .mapped(let file): return body(file.bytes, PageRelease(file))
        }
    }
}
