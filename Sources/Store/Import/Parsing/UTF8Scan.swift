/// Finds an input's invalid UTF-8 a slice at a time, just ahead of the reader that asks about
/// it, instead of in a pass over the whole input before reading starts: the writer gets its
/// first window sooner, and a mapped file's pages are touched once while they are at hand.
final class UTF8Scan {
    /// Bytes checked at a time (then on to the next line feed, so no character is cut).
    static let sliceSize = 1 << 20

    private let bytes: UnsafeBufferPointer<UInt8>
    private let limit: Int
    /// Sorted offsets of the invalid sequences found so far.
    private var offsets: [Int] = []
    /// Everything before this offset has been checked.
    private var checked = 0

    /// A scan of `bytes` that records at most `limit` invalid sequences, as
    /// `UTF8Check.invalidOffsets(in:limit:)` (nothing after the last of them is reported).
    init(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 1000) {
        self.bytes = bytes
        self.limit = limit
    }

    /// The first invalid UTF-8 offset inside `range`, if any.
    func firstInvalidOffset(in range: Range<Int>) -> Int? {
        check(through: range.upperBound)
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < offsets.count, offsets[low] < range.upperBound else { return nil }
        return offsets[low]
    }

    /// Checks the bytes up to at least `end`.
    private func check(through end: Int) {
        while checked < min(end, bytes.count) {
            guard offsets.count < limit else {
                checked = bytes.count
                return
            }
            var sliceEnd = min(bytes.count, max(end, checked + Self.sliceSize))
            while sliceEnd < bytes.count, bytes[sliceEnd - 1] != 0x0A { sliceEnd += 1 }
            let slice = UnsafeBufferPointer(rebasing: bytes[checked..<sliceEnd])
            let start = checked
            offsets += UTF8Check.invalidOffsets(in: slice, limit: limit - offsets.count).map { $0 + start }
            checked = sliceEnd
        }
    }
}
