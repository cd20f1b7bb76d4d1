#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSentimentScan

/// Working memory for one analysis, kept per thread and reused from call to call, so that
/// tagging millions of short texts does not allocate for each. It holds no results: every call
/// overwrites what it uses. Texts that need more than `maxKept` bytes get memory of their own.
enum ThreadScratch {
    /// The most memory a thread keeps between calls.
    static let maxKept = 1 << 20
    private static let headerSize = 64

    /// Calls `body` with at least `byteCount` bytes, 64-byte aligned.
    @inline(__always)
    static func withBytes<Result>(_ byteCount: Int, _ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        if byteCount <= maxKept, let block = threadBlock(byteCount) {
            return body(block + headerSize)
        }
        let memory = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        defer { memory.deallocate() }
        return body(memory)
    }

    /// This thread's block, grown to hold `byteCount` bytes after its header (which stores the
    /// capacity); nil if memory ran out. Found through a C thread-local; the pthread key (set
    /// only when the block changes) is there for its destructor.
    @inline(__always)
    private static func threadBlock(_ byteCount: Int) -> UnsafeMutableRawPointer? {
        if let block = csentiment_scratch(), block.load(as: Int.self) >= byteCount {
            return block
        }
        return grow(byteCount)
    }

    private static func grow(_ byteCount: Int) -> UnsafeMutableRawPointer? {
        if let old = csentiment_scratch() {
            pthread_setspecific(key, nil)
            csentiment_set_scratch(nil)
            free(old)
        }
        let capacity = max(byteCount, 16_384)
        guard let block = aligned(capacity + headerSize) else { return nil }
        block.storeBytes(of: capacity, as: Int.self)
        pthread_setspecific(key, block)
        csentiment_set_scratch(block)
        return block
    }

    private static func aligned(_ byteCount: Int) -> UnsafeMutableRawPointer? {
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, 64, byteCount) == 0 else { return nil }
        return memory
    }

    /// The key of each thread's block; its destructor frees the block when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { block in free(block) }
        return key
    }()
}
