import Foundation

/// A file's bytes mapped read-only into memory, so a big input is read without copying it.
///
/// Pages are faulted in as the reader touches them; `PageRelease` gives back the ones already
/// read, so the whole file never counts towards the process's memory at once.
final class MappedFile: @unchecked Sendable {
    let path: String
    /// Start of the mapping; nil for an empty file.
    private let base: UnsafeMutableRawPointer?
    let count: Int

    /// Opens and maps the file at `path`, with the messages `import` gives for a bad path.
    init(path: String) throws(ImportError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ImportError(file: path, line: 0, message: "no such file: check the path")
        }
        guard !isFolder.boolValue else {
            throw ImportError(file: path, line: 0, message: "is a folder: name the files to import (e.g. \(path)/*.jsonl)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportError(file: path, line: 0, message: "cannot read the file: check its permissions")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ImportError(file: path, line: 0, message: "cannot read the file: check its permissions")
        }
        self.path = path
        count = Int(status.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw ImportError(file: path, line: 0, message: "cannot read the file: check its permissions")
        }
        _ = madvise(mapped, count, MADV_SEQUENTIAL)
        base = mapped
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The mapped bytes, valid while this object lives.
    var bytes: UnsafeBufferPointer<UInt8> {
        guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Drops the pages of `range` from this process; touching them again reads them back from
    /// the page cache, so the bytes stay valid.
    func release(_ range: Range<Int>) {
        guard let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = range.lowerBound / page * page
        let end = min(count, range.upperBound) / page * page
        guard end > start else { return }
        _ = madvise(base + start, end - start, MADV_DONTNEED)
    }
}
