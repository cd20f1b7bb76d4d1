/// What a customer talks about: the things a small business can act on.
public enum Aspect: String, Sendable, Hashable, Codable, CaseIterable {
    case price        // price and value
    case service      // staff and service
    case speed        // speed and waiting
    case quality      // quality and taste
    case cleanliness
    case ambience
    case delivery
    case booking      // booking and ordering
}
