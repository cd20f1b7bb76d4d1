import Foundation

/// One progress line on a terminal's standard error (`exporting: 42%`), redrawn when the
/// percentage changes and cleared at the end; nothing at all when stderr is not a terminal.
final class ProgressText: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var shown = -1

    /// nil when standard error is not a terminal (a pipe or a log stays quiet).
    static func onTerminal(_ label: String) -> ProgressText? {
        isatty(STDERR_FILENO) == 1 ? ProgressText(label: label) : nil
    }

    private init(label: String) {
        self.label = label
    }

    func show(done: Int, total: Int) {
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        FileHandle.standardError.write(Data("\r\(label): \(percent)%\u{1B}[K".utf8))
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
