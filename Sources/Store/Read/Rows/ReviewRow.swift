import Foundation
import Sentiment

/// One voice item in the Reviews list.
public struct ReviewRow: Sendable, Hashable {
    public var id: String
    public var brandID: String
    public var brandName: String
    /// review, mention, message or survey.
    public var kind: String
    public var source: String
    public var author: String
    public var rating: Int?
    public var title: String?
    /// The whole text, byte for byte as imported (untrusted: sanitise before drawing).
    public var text: String
    public var posted: Date
    /// new, open, waiting, done, spam or duplicate.
    public var status: String
    public var score: Double
    public var label: SentimentLabel
    /// The tagger found a threat or risk (leaving, refund, legal, health…).
    public var isUrgent: Bool
    /// The tagger found an actionable problem, or a complaint links this item.
    public var isComplaint: Bool
    /// The tagger took the item for spam (a pitch, phishing, links, keyword stuffing); its status
    /// may still be new until someone marks it.
    public var isSpam: Bool
    /// The item's version: pass it as `expectedVersion` when applying a change read from this row.
    public var version: Int

    public init(id: String, brandID: String, brandName: String, kind: String, source: String, author: String,
                rating: Int?, title: String?, text: String, posted: Date, status: String, score: Double,
                label: SentimentLabel, isUrgent: Bool, isComplaint: Bool, isSpam: Bool = false, version: Int = 1) {
        self.id = id
        self.brandID = brandID
        self.brandName = brandName
        self.kind = kind
        self.source = source
        self.author = author
        self.rating = rating
        self.title = title
        self.text = text
        self.posted = posted
        self.status = status
        self.score = score
        self.label = label
        self.isUrgent = isUrgent
        self.isComplaint = isComplaint
        self.isSpam = isSpam
        self.version = version
    }
}
