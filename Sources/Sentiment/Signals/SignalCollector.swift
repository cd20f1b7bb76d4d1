/// Collects complaint, urgency and spam evidence while the analyzer walks the units.
struct SignalCollector {
    let words: WordCountSlots
    private var urgency: UInt8 = 0
    private var complaint = false
    private var links = 0
    private var promotions = 0
    private var offTopic = 0
    private var contentWords = 0
    private var allWords = 0
    private var stopwords = 0
    private var distinctWords = 0

    /// A clause about an aspect this negative is a complaint even without a complaint word.
    static let complaintClause = -0.2
    /// Keyword stuffing: one content word is at least this share of at least `stuffingMinWords`.
    static let stuffingShare = 0.25
    static let stuffingMinWords = 8
    static let stuffingMinRepeats: Int32 = 4
    static let stuffingHashtags = 8
    /// Shorter words are never stuffed keywords.
    static let stuffingMinLength: Int32 = 3
    /// Stuffed keywords come without the little words of sentences: a text where at least this
    /// share of the words are stopwords is prose, however often it repeats a word ("couldn't get a
    /// seat, couldn't get a coffee in under 20 minutes, couldn't get a croissant…").
    static let proseStopwordShare = 0.2

    init(words: WordCountSlots) {
        self.words = words
    }

    mutating func sawLink() {
        links += 1
    }

    /// Takes in one unit's entry, what the rules marked it with and its final (weighted)
    /// contribution.
    mutating func see(_ entry: LexiconEntry, marks: RuleMarks, contribution: Double) {
        urgency |= entry.urgency
        if marks.contains(.refusedReturn) { urgency |= UrgencyKind.churn.bit }
        if entry.roles.contains(.complaintCue) && contribution < 0 { complaint = true }
        if entry.roles.contains(.promotionCue) { promotions += 1 }
        if entry.roles.contains(.offTopicCue) { offTopic += 1 }
    }

    /// Counts a word of `length` bytes for keyword stuffing: a stopword only towards the share
    /// of stopwords, a content word (long enough, no stopword) towards the repeats too.
    mutating func count(wordHash hash: UInt64, length: Int32, isStopword: Bool) {
        allWords += 1
        if isStopword { stopwords += 1 }
        guard !isStopword, length >= Self.stuffingMinLength else { return }
        contentWords += 1
        for slot in 0..<distinctWords where words.hash[slot] == hash {
            words.count[slot] += 1
            return
        }
        guard distinctWords < WordCountSlots.capacity else { return }
        words.hash[distinctWords] = hash
        words.count[distinctWords] = 1
        distinctWords += 1
    }

    func results(aspects: [AspectSentiment], hashtags: Int) -> Signals {
        let kinds = UrgencyKind.allCases.filter { urgency & $0.bit != 0 }
        let negativeAspect = aspects.contains { $0.score <= Self.complaintClause }
        var spam: [SpamReason] = []
        if links > 0 { spam.append(.links) }
        if promotions > 0 { spam.append(.promotion) }
        if offTopic >= 2 || (offTopic >= 1 && aspects.isEmpty) { spam.append(.offTopic) }
        if hashtags >= Self.stuffingHashtags || isStuffed() { spam.append(.keywordStuffing) }
        return Signals(complaint: complaint || negativeAspect || !kinds.isEmpty, urgency: kinds, spam: spam)
    }

    private func isStuffed() -> Bool {
        guard contentWords >= Self.stuffingMinWords,
              Double(stopwords) < Self.proseStopwordShare * Double(allWords) else { return false }
        var most: Int32 = 0
        for slot in 0..<distinctWords { most = max(most, words.count[slot]) }
        return most >= Self.stuffingMinRepeats && Double(most) >= Self.stuffingShare * Double(contentWords)
    }
}
