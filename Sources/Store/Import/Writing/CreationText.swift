/// The text of the "created" events an import appends, "imported from FILE:LINE", built in one
/// buffer that keeps the part before the line while the file stays the same: a `String`
/// interpolated per record (a Swift string, its growth, the line's digits) was a visible share
/// of the writer, the import's critical path.
final class CreationText {
    private var bytes: [UInt8] = []
    private var file = ""
    /// Bytes of "imported from FILE:" at the start of `bytes`.
    private var prefixCount = 0

    /// The text's UTF-8 for a record at `line` of `file`, valid until the next call.
    func text(file: String, line: Int) -> [UInt8] {
        if file != self.file || bytes.isEmpty {
            self.file = file
            bytes = Array("imported from \(file):".utf8)
            prefixCount = bytes.count
        }
        bytes.removeSubrange(prefixCount...)
        if line < 0 {
            bytes.append(contentsOf: String(line).utf8)
            return bytes
        }
        var rest = line
        let digitsStart = bytes.count
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 48 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes[digitsStart...].reverse()
        return bytes
    }
}
