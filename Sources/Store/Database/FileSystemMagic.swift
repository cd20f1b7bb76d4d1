import Foundation

/// Reads `statfs(2)`'s `f_type` for a path.
///
/// Swift's Glibc module does not export `statfs` (only `statvfs`, which has no type), so it is
/// looked up in the C library at run time. On Linux `f_type` is the first field of
/// `struct statfs` (a `long`) on every architecture.
enum FileSystemMagic {
    private typealias StatFS = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32

    private static let statfsFunction: StatFS? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "statfs") else { return nil }
        return unsafeBitCast(symbol, to: StatFS.self)
    }()

    @Sendable static func of(_ path: String) -> Int64? {
        #if os(Linux)
        guard let statfsFunction else { return nil }
        // Larger than struct statfs on every Linux architecture (120 bytes on x86_64 and arm64).
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        guard path.withCString({ statfsFunction($0, buffer) }) == 0 else { return nil }
        return Int64(buffer.load(as: Int.self)) & 0xFFFF_FFFF
        #else
        return nil
        #endif
    }
}
