import Testing
import Sentiment

/// Any input terminates with a score in range: random bytes, huge texts, emoji floods.
@Suite("Robustness")
struct RobustnessTests {
    static func check(_ analysis: SentimentAnalysis, _ context: String) {
        #expect((-1...1).contains(analysis.score), "\(context)")
        #expect(!analysis.score.isNaN, "\(context)")
        for sentence in analysis.sentences {
            #expect(sentence.start <= sentence.end, "\(context)")
            #expect((-1...1).contains(sentence.score), "\(context)")
        }
        for aspect in analysis.aspects { #expect((-1...1).contains(aspect.score), "\(context)") }
    }

    @Test("random bytes", arguments: 0..<8)
    func randomBytes(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        for _ in 0..<400 {
            let count = Int.random(in: 0...300, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let direct = bytes.withUnsafeBufferPointer { sharedTagger.analyze(utf8: $0) }
            Self.check(direct, "bytes \(bytes)")
            let text = String(decoding: bytes, as: UTF8.self)
            Self.check(sharedTagger.analyze(text), "text of bytes \(bytes)")
            #expect(sharedTagger.score(text).score == sharedTagger.analyze(text).score)
        }
    }

    /// The tokenizer reads eight bytes at a time: whatever follows a text in memory (here the
    /// letters that would finish its last word: "goo" + "d") must never reach the result.
    @Test("bytes after the end of a text never count", arguments: 0..<4)
    func bytesAfterTheEnd(_ seed: Int) {
        let pieces = ["goo", "bad", "d", "not", "n't", "VERY", "soooo", "10", ".", ",", "!", " ", "'", "é", "😀", "x"]
        var generator = SeededGenerator(seed: UInt64(100 + seed))
        for _ in 0..<500 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += Array(pieces[Int.random(in: 0..<pieces.count, using: &generator)].utf8)
            }
            let followed = text + Array("d dgoodgreat".utf8)
            let alone = text.withUnsafeBufferPointer { sharedTagger.analyze(utf8: $0) }
            let inside = followed.withUnsafeBufferPointer {
                sharedTagger.analyze(utf8: UnsafeBufferPointer(rebasing: $0[0..<text.count]))
            }
            #expect(alone == inside, "\(String(decoding: text, as: UTF8.self))")
            let score = followed.withUnsafeBufferPointer {
                sharedTagger.score(utf8: UnsafeBufferPointer(rebasing: $0[0..<text.count]))
            }
            #expect(score.score == alone.score, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    @Test("random ASCII punctuation and words")
    func randomTokens() {
        let alphabet = Array("ab :;()-'!?.,#@<3xD😀❤️\u{FE0F}\u{200D}é\t\nNOT but very".unicodeScalars)
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            Self.check(sharedTagger.analyze(text), text)
        }
    }

    @Test("a 1 MB review")
    func megabyteText() {
        let paragraph = "The food was great but the service was slow, and we waited 40 minutes! Not bad though. "
        let text = String(repeating: paragraph, count: 1_048_576 / paragraph.utf8.count + 1)
        let analysis = sharedTagger.analyze(text)
        Self.check(analysis, "1 MB")
        #expect(analysis.sentences.count > 10_000)
        #expect(analysis.drivers.count <= 8)
    }

    @Test("an emoji flood")
    func emojiFlood() {
        let text = String(repeating: "😡\u{FE0F}", count: 200_000)
        let analysis = sharedTagger.analyze(text)
        Self.check(analysis, "emoji flood")
        #expect(analysis.label == .negative)
    }

    @Test("degenerate texts", arguments: [
        "", " ", "\n\n\n", "!!!!!!!!", "?????", "......", String(repeating: "a", count: 100_000),
        String(repeating: "not ", count: 50_000), String(repeating: "but ", count: 50_000),
        String(repeating: "very ", count: 50_000) + "good", String(repeating: "#", count: 10_000),
        String(repeating: ":) ", count: 30_000), "\u{0}\u{1}\u{7F}", String(repeating: "\u{301}", count: 1_000),
        String(repeating: "soooo", count: 20_000), String(repeating: "don't ", count: 20_000),
    ])
    func degenerate(_ text: String) {
        Self.check(sharedTagger.analyze(text), "degenerate text of \(text.utf8.count) bytes")
        #expect((-1...1).contains(sharedTagger.score(text).score))
    }

    @Test("the tagger is shared across threads")
    func concurrentUse() async {
        let texts = ["Great!", "Awful service.", "Not bad", "Le service était horrible"]
        let expected = texts.map { sharedTagger.analyze($0) }
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<16 {
                group.addTask {
                    let index = round % texts.count
                    return sharedTagger.analyze(texts[index]) == expected[index]
                }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test("each thread's working memory grows and is reused without mixing texts")
    func growingTextsOnThreads() async {
        // Working memory from within a thread's first block (16 KiB) to past the most a thread
        // keeps (1 MiB), then small again: each thread's block is replaced while others use theirs.
        let texts = [1, 300, 1_500, 40_000, 3, 800, 20].map { repeats in
            String(repeating: "Great food, awful service! ", count: repeats) + "Not bad :("
        }
        let expected = texts.map { sharedTagger.score($0) }
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<16 {
                group.addTask {
                    let order = (0..<texts.count).map { (round + $0 * 3) % texts.count }
                    return order.allSatisfy { sharedTagger.score(texts[$0]) == expected[$0] }
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
