import Sentiment

/// libFuzzer's entry: any bytes, valid UTF-8 or not, through both of the tagger's paths.
///
/// The tagger reads raw UTF-8 through unsafe pointers for speed; the checks are that it never
/// traps or reads out of bounds (AddressSanitizer), that the score is a number in -1...1, and that
/// the fast path (`score`, used by import and `earshot tag`) gives exactly the full analysis's
/// score and label.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentiment(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    let tagger = SentimentTagger()
    let fast = tagger.score(utf8: bytes)
    let full = tagger.analyze(utf8: bytes)
    guard fast.score.isFinite, (-1...1).contains(fast.score) else { fatalError("score \(fast.score) outside -1...1") }
    guard fast.score == full.score, fast.label == full.label, fast.scored == full.scored else {
        fatalError("score(utf8:) gave \(fast.score) \(fast.label), analyze gave \(full.score) \(full.label)")
    }
    for sentence in full.sentences where !sentence.score.isFinite || !(-1...1).contains(sentence.score) {
        fatalError("a sentence scored \(sentence.score)")
    }
    return 0
}

/// Builds the shared lexicon before the first input, so that input is not timed with it.
@_cdecl("LLVMFuzzerInitialize")
public func initializeSentimentFuzzer(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    _ = SentimentTagger().score("warm up the lexicon")
    return 0
}
