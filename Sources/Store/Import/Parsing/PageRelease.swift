/// Gives back a mapped file's pages behind a reader once it has moved far enough past them.
final class PageRelease {
    /// Bytes read past the last release before the next one: big enough to keep `madvise` rare.
    static let stride = 16 << 20

    private let file: MappedFile
    private var released = 0

    init(_ file: MappedFile) {
        self.file = file
    }

    /// The reader needs nothing before `offset` any more.
    func consumed(upTo offset: Int) {
        guard offset - released >= Self.stride else { return }
        file.release(released..<offset)
        released = offset
    }
}
