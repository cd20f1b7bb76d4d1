import Foundation

/// Reads a file descriptor line by line as raw bytes, so invalid UTF-8 never stops it.
enum TagLineReader {
    /// Bytes asked of each read. A read ends early when the input pauses, and the lines read so
    /// far are answered then.
    static let chunkSize = 1 << 16

    /// Calls `body` with the bytes of each line, without its LF (or CR LF), and `onPause` whenever
    /// the lines read so far are done and more input must be waited for. The bytes are the
    /// reader's own, valid only during the call: no line is copied, and lines are found with
    /// `memchr` rather than byte by byte.
    static func forEachLine(of descriptor: Int32, onPause: () -> Void, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var capacity = 2 * chunkSize
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        // The line not yet ended starts at `lineStart`; the bytes read end at `end`.
        var lineStart = 0
        var end = 0
        while true {
            if capacity &- end < chunkSize {
                // Room for the next read: move the unfinished line to the front, or, when it
                // fills the buffer already (a long line), double the buffer.
                let pending = end &- lineStart
                if lineStart > 0 {
                    memmove(buffer, buffer + lineStart, pending)
                    (lineStart, end) = (0, pending)
                }
                if capacity &- end < chunkSize {
                    capacity *= 2
                    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                    larger.initialize(from: buffer, count: pending)
                    buffer.deallocate()
                    buffer = larger
                }
            }
            let count = read(descriptor, buffer + end, chunkSize)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var scan = end
            end &+= count
            while let found = memchr(buffer + scan, 0x0A, end &- scan) {
                let stop = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                body(line(buffer, from: lineStart, to: stop))
                lineStart = stop &+ 1
                scan = lineStart
            }
            onPause()
        }
        if lineStart < end { body(line(buffer, from: lineStart, to: end)) }
    }

    /// The bytes from `start` to `stop`, less a CR at the end.
    @inline(__always)
    private static func line(_ buffer: UnsafeMutablePointer<UInt8>, from start: Int, to stop: Int) -> UnsafeBufferPointer<UInt8> {
        let last = stop > start && buffer[stop &- 1] == 0x0D ? stop &- 1 : stop
        return UnsafeBufferPointer(start: buffer + start, count: last &- start)
    }
}
