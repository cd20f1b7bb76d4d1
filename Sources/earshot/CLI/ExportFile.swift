import Foundation
import Store

/// Writes an export to a file: a temporary file beside it (mode 0600) renamed into place
/// when complete, so a failed or interrupted export never leaves half a file under the name.
enum ExportFile {
    static func write<T>(to path: String, _ body: ((String) throws -> Void) throws -> T) throws -> T {
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw UserError("cannot write \(path) (\(String(cString: strerror(errno)))): check the folder exists and is writable")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            var buffer = OutputBuffer(handle: handle)
            let result = try body { try buffer.write($0) }
            try buffer.flush()
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw UserError("cannot rename the export into \(path) (\(String(cString: strerror(errno))))")
            }
            return result
        } catch {
            try? handle.close()
            unlink(temporary)
            throw error
        }
    }
}

/// Collects text and writes it to a file handle in large pieces.
struct OutputBuffer {
    let handle: FileHandle
    private var pending = Data()

    init(handle: FileHandle) {
        self.handle = handle
    }

    mutating func write(_ text: String) throws {
        pending.append(contentsOf: text.utf8)
        if pending.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}

/// Standard output through an `OutputBuffer`.
struct StandardOutput {
    private var buffer = OutputBuffer(handle: FileHandle.standardOutput)

    mutating func write(_ text: String) throws {
        try buffer.write(text)
    }

    mutating func flush() throws {
        try buffer.flush()
    }
}
