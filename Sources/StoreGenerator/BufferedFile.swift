#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in large blocks: a million records are written without a system call each.
final class BufferedFile {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var bytesWritten = 0
    let path: String

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws(GeneratorError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw GeneratorError("\(path): cannot create the file (\(String(cString: strerror(errno))))")
        }
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit {
        close(descriptor)
    }

    static let blockSize = 1 << 20

    func write(_ text: String) throws(GeneratorError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try flush() }
    }

    func flush() throws(GeneratorError) {
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else {
                throw GeneratorError("\(path): cannot write (\(String(cString: strerror(errno))))")
            }
            start += written
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
