import Sentiment

/// How many items praised (or complained about) one aspect.
public struct AspectCount: Sendable, Hashable {
    public var aspect: Aspect
    public var count: Int

    public init(aspect: Aspect, count: Int) {
        self.aspect = aspect
        self.count = count
    }
}
