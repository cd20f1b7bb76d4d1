import Foundation

/// What a reply to one item is written about: who wrote the item, about which brand, how they
/// rated it, what they complained about, and the brands a reply must not name.
public struct ReplySubject: Sendable, Hashable {
    public var itemID: String
    public var brandName: String
    /// The customer's name when the item is linked to one, else the item's author.
    public var personName: String
    public var rating: Int?
    /// The tagger's score, -1…1.
    public var score: Double
    public var source: String
    public var url: String?
    public var posted: Date
    /// The complaint's category, else the aspect the item is most negative about, else the one
    /// it praises most; nil when it names none.
    public var aspect: String?
    /// Who answers for it: the complaint's owner, else the item's assignee.
    public var owner: String?
    /// True when the item is a complaint (the tagger's flag or a linked complaint).
    public var isComplaint: Bool
    /// The other brands' names and aliases (competitors of the item's brand).
    public var competitors: [String]

    public init(itemID: String, brandName: String, personName: String, rating: Int?, score: Double, source: String,
                url: String?, posted: Date, aspect: String?, owner: String?, isComplaint: Bool, competitors: [String]) {
        self.itemID = itemID
        self.brandName = brandName
        self.personName = personName
        self.rating = rating
        self.score = score
        self.source = source
        self.url = url
        self.posted = posted
        self.aspect = aspect
        self.owner = owner
        self.isComplaint = isComplaint
        self.competitors = competitors
    }
}
