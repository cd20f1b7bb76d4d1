import Foundation

/// Reads a file descriptor line by line as raw bytes, so invalid UTF-8 never stops it.
enum TagLineReader {
    /// Calls `body` with each line (without its LF, or CR LF), decoding invalid UTF-8 as U+FFFD,
    /// and `onPause` whenever the lines read so far are done and more input must be waited for.
    static func forEachLine(of descriptor: Int32, onPause: () -> Void, _ body: (String) -> Void) {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var lineStart = 0
            for index in 0..<count where chunk[index] == 0x0A {
                if pending.isEmpty {
                    body(decode(chunk[lineStart..<index]))
                } else {
                    pending.append(contentsOf: chunk[lineStart..<index])
                    body(decode(pending[...]))
                    pending.removeAll(keepingCapacity: true)
                }
                lineStart = index + 1
            }
            pending.append(contentsOf: chunk[lineStart..<count])
            onPause()
        }
        if !pending.isEmpty { body(decode(pending[...])) }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
