import CPseudoTerminal
import Foundation

/// A program running on a pseudo-terminal of its own, with every byte it writes captured.
///
/// The program is the leader of a new session whose controlling terminal is the pty (as a login
/// shell would be), with an empty signal mask, default signal actions and only the environment
/// given. The test holds the master side (the "terminal emulator") and also keeps the slave side
/// open, so it can read the terminal's modes after the program exits, as `stty -g` would.
///
/// Reading is synchronous: every wait below drains the master, so the program never blocks on a
/// full pty buffer while the test waits.
///
/// ```swift
/// let pty = try PseudoTerminal.start(binary, ["demo"], environment: env, columns: 80, rows: 24)
/// pty.waitUntilIdle()
/// pty.send("j")
/// ```
public final class PseudoTerminal {
    public let pid: pid_t
    /// Everything the program wrote to the terminal so far.
    public private(set) var output: [UInt8] = []
    /// When the output last grew.
    public private(set) var lastOutput = Date()
    /// How the program ended, once it has.
    public private(set) var exit: ProcessExit?
    /// The terminal modes before the program started, as `stty -g` would print them.
    public let modesBeforeLaunch: TerminalModes
    public private(set) var columns: Int
    public private(set) var rows: Int
    private var master: Int32
    private var slave: Int32

    /// Starts `executable` with `arguments` on a new `columns`×`rows` pseudo-terminal.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                             columns: Int, rows: Int) throws -> PseudoTerminal {
        var master: Int32 = -1
        var path = [CChar](repeating: 0, count: 256)
        let opened = cpt_open(UInt16(rows), UInt16(columns), &master, &path, path.count)
        guard opened == 0 else { throw E2EError("cannot open a pseudo-terminal: \(String(cString: strerror(opened)))") }
        let slavePath = String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw E2EError("cannot open \(slavePath): \(String(cString: strerror(errno)))")
        }
        guard let modes = TerminalModes.read(slave) else {
            close(master)
            close(slave)
            throw E2EError("cannot read the modes of \(slavePath)")
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = cpt_spawn(slavePath, executable, argv, envp, &pid)
        guard spawned == 0 else {
            close(master)
            close(slave)
            throw E2EError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return PseudoTerminal(pid: pid, master: master, slave: slave, modes: modes, columns: columns, rows: rows)
    }

    private init(pid: pid_t, master: Int32, slave: Int32, modes: TerminalModes, columns: Int, rows: Int) {
        self.pid = pid
        self.master = master
        self.slave = slave
        self.modesBeforeLaunch = modes
        self.columns = columns
        self.rows = rows
    }

    deinit {
        if exit == nil {
            Glibc.kill(pid, SIGKILL)
            var value: Int32 = 0
            var cpu: Int64 = 0
            _ = cpt_reap(pid, 1, &value, &cpu)
        }
        if master >= 0 { close(master) }
        if slave >= 0 { close(slave) }
    }

    // MARK: - Driving

    /// Types `text` (as UTF-8 bytes) at the terminal.
    public func send(_ text: String) {
        send(Array(text.utf8))
    }

    /// Writes raw bytes to the terminal's input.
    public func send(_ bytes: [UInt8]) {
        guard master >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { pump(milliseconds: 5); continue }
                return
            }
            offset += written
        }
    }

    /// Changes the terminal's size (TIOCSWINSZ): the program gets SIGWINCH.
    public func resize(columns: Int, rows: Int) {
        guard master >= 0 else { return }
        _ = cpt_set_size(master, UInt16(rows), UInt16(columns))
        self.columns = columns
        self.rows = rows
    }

    /// Sends `signal` to the program.
    public func signal(_ signal: Int32) {
        Glibc.kill(pid, signal)
    }

    /// Closes the terminal, as when an SSH link drops: the program's side hangs up.
    public func hangUp() {
        guard master >= 0 else { return }
        close(master)
        master = -1
        close(slave)
        slave = -1
    }

    // MARK: - Reading

    /// The terminal's current modes (nil once the terminal was hung up).
    public var modes: TerminalModes? {
        slave >= 0 ? TerminalModes.read(slave) : nil
    }

    /// The output from byte `offset` on.
    public func output(since offset: Int) -> [UInt8] {
        Array(output[min(offset, output.count)...])
    }

    /// Reads what the program wrote, waiting up to `milliseconds` for the first byte; returns
    /// how many bytes arrived.
    @discardableResult
    public func pump(milliseconds: Int) -> Int {
        guard master >= 0 else {
            if milliseconds > 0 { usleep(UInt32(milliseconds) * 1000) }
            return 0
        }
        var total = 0
        var wait = Int32(milliseconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, wait)
            guard ready > 0, descriptor.revents & Int16(POLLIN) != 0 else { return total }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { return total }
            output += buffer[0..<count]
            lastOutput = Date()
            total += count
            wait = 0
        }
    }

    /// Waits until `condition` holds for the output since `offset`; false after `seconds`.
    @discardableResult
    public func waitForOutput(since offset: Int = 0, seconds: Double, _ condition: ([UInt8]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if condition(output(since: offset)) { return true }
            if Date() >= deadline || exit != nil { return false }
            pump(milliseconds: 20)
            reap()
        }
    }

    /// Waits until the output since `offset` contains `text`.
    @discardableResult
    public func waitForText(_ text: String, since offset: Int = 0, seconds: Double) -> Bool {
        let needle = Array(text.utf8)
        return waitForOutput(since: offset, seconds: seconds) { $0.contains(subsequence: needle) }
    }

    /// Waits until nothing arrived for `quiet` seconds; false when that did not happen within `seconds`.
    @discardableResult
    public func waitUntilQuiet(_ quiet: Double = 0.3, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            pump(milliseconds: 20)
            if Date().timeIntervalSince(lastOutput) >= quiet { return true }
        }
        return false
    }

    /// Waits until the program has read all typed input and sits waiting for more, with all it
    /// wrote drained: the frame for the last key is complete.
    ///
    /// "Waiting" means blocked in poll, select or read (`/proc/PID/syscall`) with nothing left in
    /// the terminal's input queue. Typing the next key only then makes every frame complete
    /// (curses abandons a frame when it sees typeahead), so two runs produce the same bytes.
    @discardableResult
    public func waitUntilIdle(seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var idleSamples = 0
        while Date() < deadline {
            pump(milliseconds: idleSamples == 0 ? 2 : 5)
            reap()
            if exit != nil { return false }
            if pendingInput == 0 && isWaitingForInput {
                idleSamples += 1
                // Twice in a row, a few ms apart, with nothing new written in between.
                if idleSamples >= 2 && Date().timeIntervalSince(lastOutput) >= 0.005 {
                    pump(milliseconds: 5)
                    return true
                }
            } else {
                idleSamples = 0
            }
        }
        return false
    }

    /// Bytes typed that the program has not read yet.
    public var pendingInput: Int {
        guard slave >= 0 else { return 0 }
        var count: Int32 = 0
        return ioctl(slave, UInt(FIONREAD), &count) == 0 ? Int(count) : 0
    }

    /// True while the program is blocked in poll, ppoll, select, pselect6 or read.
    ///
    /// From `/proc/PID/syscall` (x86-64 numbers); where a kernel does not offer it, from the
    /// kernel function it sleeps in (`/proc/PID/wchan`); failing both, from 50 ms of silence.
    var isWaitingForInput: Bool {
        if let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8),
           let number = text.split(separator: " ").first.flatMap({ Int($0) }) {
            return [0, 7, 23, 270, 271].contains(number)
        }
        if ProcessTable.state(of: pid) != "S" { return false }
        if let wchan = try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8), wchan != "0", !wchan.isEmpty {
            return ["poll", "select", "n_tty_read", "wait_woken"].contains { wchan.contains($0) }
        }
        return Date().timeIntervalSince(lastOutput) >= 0.05
    }

    // MARK: - Ending

    /// Checks, without waiting, whether the program has ended; records how.
    @discardableResult
    public func reap() -> ProcessExit? {
        if let exit { return exit }
        var value: Int32 = 0
        var cpu: Int64 = 0
        switch cpt_reap(pid, 0, &value, &cpu) {
        case 1: exit = ProcessExit(status: .exited(value), at: Date(), cpuMicroseconds: cpu)
        case 2: exit = ProcessExit(status: .signaled(value), at: Date(), cpuMicroseconds: cpu)
        default: break
        }
        return exit
    }

    /// Waits up to `seconds` for the program to end, draining its output meanwhile.
    @discardableResult
    public func waitForExit(seconds: Double) -> ProcessExit? {
        let deadline = Date().addingTimeInterval(seconds)
        while reap() == nil && Date() < deadline {
            pump(milliseconds: 5)
        }
        if exit != nil { pump(milliseconds: 20) }
        return exit
    }

    /// CPU time the running program has used, in microseconds (nil once it has ended).
    public var cpuMicroseconds: Int64? {
        let nanoseconds = cpt_cpu_nanoseconds(pid)
        return nanoseconds < 0 || exit != nil ? nil : nanoseconds / 1000
    }
}

/// How a program ended.
public struct ProcessExit: Equatable, CustomStringConvertible {
    public enum Status: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    public var status: Status
    /// When the test noticed (within a few milliseconds of the end).
    public var at: Date
    /// User and system CPU time over the program's whole life.
    public var cpuMicroseconds: Int64

    public var description: String {
        switch status {
        case .exited(let code): return "exit status \(code)"
        case .signaled(let signal): return "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
    }
}

extension Array where Element == UInt8 {
    /// True when `needle` occurs in the array.
    public func contains(subsequence needle: [UInt8]) -> Bool {
        indexRange(of: needle) != nil
    }

    /// Where `needle` first occurs at or after `start`.
    public func indexRange(of needle: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count, start <= count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        while index <= count - needle.count {
            if self[index] == first && self[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }

    /// Where `needle` last occurs.
    public func lastIndexRange(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = count - needle.count
        while index >= 0 {
            if self[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index -= 1
        }
        return nil
    }
}
