import Foundation
import TerminalTestSupport
import Testing

/// The sentiment benchmark on a tiny labelled set of its own, end to end, without VADER (CI need
/// not have Python's vaderSentiment): accuracy rows and throughput lines for single sentences,
/// throughput only for joined texts (`--join`), and a refusal of bad values. Never checks timing.
@Suite("sentiment benchmark, tiny set, end to end")
struct SentimentBenchmarkRunTests {
    static let sentences = [
        "The coffee was lovely.\t1", "Staff were rude and slow.\t0", "Great value for money!\t1",
        "The soup was cold.\t0", "We will be back.\t1", "Never again.\t0",
    ]

    @Test("single sentences: accuracy per file, then throughput in sentences per second")
    func sentences() throws {
        let (status, output) = try Self.run([])
        #expect(status == 0, "earshot-bench sentiment failed:\n\(output)")
        #expect(output.contains("1 files, 6 sentences"), "\(output)")
        #expect(output.contains("\ntiny "), "no accuracy row for the file:\n\(output)")
        #expect(output.contains("earshot score") && output.contains("sentences/s median"), "\(output)")
    }

    @Test("--join 2: three texts of two sentences, throughput in texts per second, no accuracy")
    func joined() throws {
        let (status, output) = try Self.run(["--join", "2"])
        #expect(status == 0, "earshot-bench sentiment --join 2 failed:\n\(output)")
        #expect(output.contains("3 texts of 2 consecutive dev sentences each"), "\(output)")
        #expect(output.contains("no accuracy") && !output.contains("macro-F1"), "\(output)")
        #expect(output.contains("earshot score") && output.contains("texts/s median"), "\(output)")
    }

    @Test("bad --join values are refused with a message", arguments: [["--join", "0"], ["--join", "two"],
                                                                       ["--join", "2", "--dump", "out.tsv"]])
    func refused(arguments: [String]) throws {
        let (status, output) = try Self.run(arguments)
        #expect(status == 2, "\(arguments) was not refused:\n\(output)")
        #expect(output.contains("--join") || output.contains("--dump"), "\(output)")
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = try ScratchDirectory()
        defer { folder.remove() }
        try (sentences.joined(separator: "\n") + "\n").write(toFile: folder.file("tiny.txt"), atomically: true, encoding: .utf8)
        return try Command.result(try ScaleBenchmarkRunTests.benchBinary(), ["sentiment", "--dev-dir", folder.path,
                                                                              "--runs", "1", "--no-vader"] + arguments)
    }
}
