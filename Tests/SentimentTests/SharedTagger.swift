import Sentiment

/// The tagger every test shares: building the lexicon once is enough.
let sharedTagger = SentimentTagger()
