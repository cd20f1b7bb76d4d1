import Sentiment

/// How many items praised one aspect and how many complained about it (aspect score above
/// 0.05, below -0.05).
public struct AspectTally: Sendable, Hashable {
    public var aspect: Aspect
    public var praised: Int
    public var complained: Int

    public init(aspect: Aspect, praised: Int, complained: Int) {
        self.aspect = aspect
        self.praised = praised
        self.complained = complained
    }

    mutating func add(praised more: Int, complained worse: Int) {
        praised += more
        complained += worse
    }
}
