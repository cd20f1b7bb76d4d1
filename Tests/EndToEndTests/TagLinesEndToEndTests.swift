import Foundation
import TerminalTestSupport
import Testing

/// The real `earshot tag` reading standard input from a pipe that the test writes in pieces:
/// lines split across reads, CR LF split across reads, invalid UTF-8 and a last line without LF
/// tag as the same texts given as arguments, and a line is answered before the input ends.
@Suite("earshot tag on standard input")
struct TagLinesEndToEndTests {
    @Test("lines split across reads tag as whole lines, answered while the input pauses")
    func linesSplitAcrossReads() throws {
        let earshot = try BuiltProducts.earshot()
        let scratch = try ScratchFolder.make("tag-lines")
        defer { scratch.remove() }
        let environment = scratch.environment()
        let fifo = scratch.path("tmp/input")
        try #require(mkfifo(fifo, 0o600) == 0)
        // Both ends open here before earshot starts: opening one end of a FIFO waits for the
        // other, and the child opens its end before `posix_spawn` returns. Close-on-exec, so
        // that earshot holds no write end of its own and sees the end of its input.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        let writer = open(fifo, O_WRONLY | O_CLOEXEC)
        try #require(reader >= 0 && writer >= 0)
        let child = try ChildProcess.start(earshot, ["tag"], environment: environment, stdin: fifo)
        close(reader)
        func send(_ bytes: [UInt8]) {
            _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
        }
        func outputLines() -> Int {
            ((try? Data(contentsOf: URL(fileURLWithPath: child.outputPath))) ?? Data()).filter { $0 == 0x0A }.count
        }
        // The first line is answered while the second is still incomplete: the output is
        // flushed whenever the input pauses, and the reader has taken everything sent so far.
        send(Array("I love it\r\nthis is terr".utf8))
        let answered = Poll.until(seconds: 10) { outputLines() == 1 }
        // The rest of the second line ends in a CR whose LF comes in the next read.
        send(Array("ible\r".utf8))
        Thread.sleep(forTimeInterval: 0.2)
        send(Array("\n".utf8) + [0xFF, 0x20, 0x62, 0x61, 0x64, 0x0A, 0x0A] + Array("great, thanks!".utf8))
        close(writer)
        let piped = try child.wait()
        #expect(answered, "the first line was not answered before the input ended")
        let texts = ["I love it", "this is terrible", "\u{FFFD} bad", "", "great, thanks!"]
        let given = try ChildProcess.run(earshot, ["tag"] + texts, environment: environment)
        #expect(piped.status == 0 && given.status == 0)
        #expect(piped.output == given.output)
        #expect(piped.output.split(separator: "\n", omittingEmptySubsequences: false).count == texts.count + 1)
    }

    @Test("typed at a terminal, a note says what is read and how to end it; each line is answered")
    func typedAtATerminal() throws {
        let scratch = try ScratchFolder.make("tag-typed")
        defer { scratch.remove() }
        let pty = try PseudoTerminal.start(try BuiltProducts.earshot(), ["tag"], environment: scratch.environment(),
                                           columns: 80, rows: 24)
        #expect(pty.waitForText("tagging each line you type; Ctrl-D ends", seconds: 10))
        let before = pty.output.count
        pty.send("the coffee was lovely\n")
        #expect(pty.waitForText("\tpos", since: before, seconds: 10), "\(String(decoding: pty.output, as: UTF8.self))")
        pty.send([0x04])
        #expect(pty.waitForExit(seconds: 10)?.status == .exited(0))
    }
}
