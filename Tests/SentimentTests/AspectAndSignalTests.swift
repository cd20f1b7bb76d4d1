import Testing
import Sentiment

/// Aspects with their own sentiment, the complaint, urgency and spam signals, and languages.
@Suite("Aspects, signals and languages")
struct AspectAndSignalTests {
    struct AspectCase: CustomStringConvertible, Sendable {
        var text: String
        var aspect: Aspect
        var positive: Bool
        var description: String { "\(aspect.rawValue) \(positive ? "+" : "-"): \(text)" }
    }

    static let aspectCases: [AspectCase] = [
        AspectCase(text: "The food was delicious but the waiter was rude.", aspect: .quality, positive: true),
        AspectCase(text: "The food was delicious but the waiter was rude.", aspect: .service, positive: false),
        AspectCase(text: "Way overpriced for what you get.", aspect: .price, positive: false),
        AspectCase(text: "Great value for money.", aspect: .price, positive: true),
        AspectCase(text: "We waited forever for a table.", aspect: .speed, positive: false),
        AspectCase(text: "Lovely staff, but the place needs a deep clean.", aspect: .cleanliness, positive: false),
        AspectCase(text: "The tablecloths were stained.", aspect: .cleanliness, positive: false),
        AspectCase(text: "The bathroom was filthy.", aspect: .cleanliness, positive: false),
        AspectCase(text: "Lovely cozy atmosphere.", aspect: .ambience, positive: true),
        AspectCase(text: "The delivery arrived cold and late.", aspect: .delivery, positive: false),
        AspectCase(text: "Booking online was easy and quick.", aspect: .booking, positive: true),
        AspectCase(text: "It was either too cold, not enough flavor or just bad.", aspect: .quality, positive: false),
    ]

    @Test("each aspect gets the sentiment of its own clause", arguments: aspectCases)
    func aspectSentiment(_ item: AspectCase) throws {
        let analysis = sharedTagger.analyze(item.text)
        let found = try #require(analysis.aspects.first { $0.aspect == item.aspect }, "\(item)")
        if item.positive {
            #expect(found.score > 0, "\(item): \(found.score)")
        } else {
            #expect(found.score < 0, "\(item): \(found.score)")
        }
        #expect(!found.mentions.isEmpty)
    }

    @Test("a complaint inside a positive review is still a complaint")
    func complaintInPositiveReview() {
        let analysis = sharedTagger.analyze("Loved the pastries and the staff were lovely, but the toilets were dirty.")
        #expect(analysis.signals.complaint)
        #expect(analysis.aspects.contains { $0.aspect == .cleanliness && $0.score < 0 })
    }

    @Test("praise alone is no complaint")
    func praiseIsNoComplaint() {
        #expect(!sharedTagger.analyze("Wonderful coffee and friendly staff!").signals.complaint)
    }

    struct UrgencyCase: CustomStringConvertible, Sendable {
        var text: String
        var kind: UrgencyKind
        var description: String { "\(kind.rawValue): \(text)" }
    }

    static let urgencyCases: [UrgencyCase] = [
        UrgencyCase(text: "Never coming back, what a disgrace.", kind: .churn),
        UrgencyCase(text: "Rude again at the till. We won't go back.", kind: .churn),
        UrgencyCase(text: "I want a full refund.", kind: .refund),
        UrgencyCase(text: "I've called my bank to dispute the charge.", kind: .chargeback),
        UrgencyCase(text: "You'll hear from my lawyer.", kind: .legal),
        UrgencyCase(text: "My son got food poisoning after eating here.", kind: .healthSafety),
        UrgencyCase(text: "There was a cockroach on the counter.", kind: .healthSafety),
        UrgencyCase(text: "Found a hair baked into my cinnamon bun.", kind: .healthSafety),
        UrgencyCase(text: "Saw a mouse running along the skirting board.", kind: .healthSafety),
        UrgencyCase(text: "Droppings behind the bread bins, disgusting.", kind: .healthSafety),
        UrgencyCase(text: "The tart said nut-free and my daughter had a reaction; we used her EpiPen.", kind: .healthSafety),
        UrgencyCase(text: "Honestly, I'm done with this place.", kind: .churn),
        UrgencyCase(text: "I will never buy from them again.", kind: .churn),
        UrgencyCase(text: "Cracked in a week, would not buy again.", kind: .churn),
        // Refusals the rule finds however they are worded (`Scorer.refusal`).
        UrgencyCase(text: "I will never buy anything from them again.", kind: .churn),
        UrgencyCase(text: "Cold chips twice. I won't eat here anymore.", kind: .churn),
        UrgencyCase(text: "We'll never go there again.", kind: .churn),
        UrgencyCase(text: "I don't think we'll be going back anytime soon.", kind: .churn),
        UrgencyCase(text: "Won't be ordering from this shop again.", kind: .churn),
        UrgencyCase(text: "Never set foot in there again.", kind: .churn),
        UrgencyCase(text: "I'm reporting this to the health department.", kind: .publicEscalation),
        UrgencyCase(text: "I'll be leaving a one star review on Google.", kind: .publicEscalation),
        UrgencyCase(text: "I'm posting this everywhere until you respond.", kind: .publicEscalation),
    ]

    @Test("urgency kinds", arguments: urgencyCases)
    func urgency(_ item: UrgencyCase) {
        let signals = sharedTagger.analyze(item.text).signals
        #expect(signals.urgency.contains(item.kind), "\(item): \(signals.urgency)")
        #expect(signals.isUrgent)
        #expect(signals.complaint)
    }

    @Test("no churn where nobody refuses to come back", arguments: [
        "The waiter never came back to our table.",  // past, and the staff's
        "They never called me back again.",  // no verb of patronage
        "It never worked again after the update.",
        "I wish I could go back to that night.",  // a wish negates praise, not a visit
        "I wouldn't mind coming back.",
        "Not only will we come back, we will bring friends.",
        "We will be back again soon!",
    ])
    func noChurn(_ text: String) {
        #expect(!sharedTagger.analyze(text).signals.urgency.contains(.churn))
    }

    @Test("a refusal scores as one, with the negator in its driver")
    func refusalScoresAndExplains() {
        let analysis = sharedTagger.analyze("I will never buy anything from them again.")
        #expect(analysis.score < -0.4)
        #expect(analysis.drivers.map(\.phrase) == ["never buy anything from them again"])
    }

    struct SpamCase: CustomStringConvertible, Sendable {
        var text: String
        var reason: SpamReason
        var description: String { "\(reason.rawValue): \(text)" }
    }

    static let spamCases: [SpamCase] = [
        SpamCase(text: "Great deals at https://example.com/cheap", reason: .links),
        SpamCase(text: "Visit www.example.net today", reason: .links),
        SpamCase(text: "Use code SAVE50 for 50% off, click here!", reason: .promotion),
        SpamCase(text: "Earn money fast with bitcoin and crypto trading", reason: .offTopic),
        SpamCase(text: "Dear Business Owner, your website is not on the first page of Google. Reply for a free audit.",
                 reason: .promotion),
        SpamCase(text: "Dear Customer, to avoid service suspension confirm payment details at the secure link below.",
                 reason: .offTopic),
        SpamCase(text: "pizza pizza best pizza cheap pizza pizza deals pizza near me pizza", reason: .keywordStuffing),
        SpamCase(text: "#food #foodie #yum #delicious #instafood #eat #dinner #lunch #tasty", reason: .keywordStuffing),
    ]

    @Test("spam reasons", arguments: spamCases)
    func spam(_ item: SpamCase) {
        let signals = sharedTagger.analyze(item.text).signals
        #expect(signals.spam.contains(item.reason), "\(item): \(signals.spam)")
        #expect(signals.isSpam)
    }

    @Test("a complaint that repeats itself is not keyword stuffing", arguments: [
        "Couldn't get a seat, couldn't get a coffee in under 20 minutes, couldn't get a croissant after 10. Could get a £7.50 loaf though.",
        "Slow, slow, slow. We waited and waited and waited for the food, and the food was slow to come.",
    ])
    func repetitionInProseIsNotStuffing(_ text: String) {
        #expect(!sharedTagger.analyze(text).signals.spam.contains(.keywordStuffing))
    }

    @Test("an ordinary review is not spam")
    func ordinaryReviewIsNotSpam() {
        let text = "The soup was hot and the bread was fresh. The staff were kind and the prices fair."
        #expect(sharedTagger.analyze(text).signals.spam.isEmpty)
    }

    struct LanguageCase: CustomStringConvertible, Sendable {
        var text: String
        var language: String
        var description: String { "\(language): \(text)" }
    }

    static let languageCases: [LanguageCase] = [
        LanguageCase(text: "The coffee was lovely and the staff were kind.", language: "en"),
        LanguageCase(text: "Service excellent, personnel très agréable, je recommande.", language: "fr"),
        LanguageCase(text: "El servicio fue horrible y la comida estaba fría.", language: "es"),
        LanguageCase(text: "Das Essen war kalt und der Service unfreundlich.", language: "de"),
        LanguageCase(text: "Il cibo era ottimo e il servizio molto gentile.", language: "it"),
        LanguageCase(text: "Super bon !", language: "fr"),
        LanguageCase(text: "Muy bueno, gracias", language: "es"),
        LanguageCase(text: "Die hard fan of this place", language: "en"),
        LanguageCase(text: "とても美味しかったです", language: "ja"),
        LanguageCase(text: "服务很好，菜也好吃", language: "zh"),
    ]

    @Test("languages other than English are not scored", arguments: languageCases)
    func language(_ item: LanguageCase) {
        let analysis = sharedTagger.analyze(item.text)
        #expect(analysis.language == item.language, "\(item): \(analysis.language)")
        if item.language == "en" {
            #expect(analysis.scored)
        } else {
            #expect(!analysis.scored)
            #expect(analysis.score == 0)
            #expect(analysis.label == .neutral)
            #expect(analysis.drivers.isEmpty)
        }
    }

    /// Letters of another script outweigh the Latin letters of the words and numbers (ASCII
    /// letters and letters such as é, in plain words, words with apostrophes and hashtags) only
    /// when there are more of them: one letter either way flips the verdict.
    @Test("Latin letters weigh against another script letter by letter", arguments: [
        LanguageCase(text: "zzzz щщщщщ", language: "und"),
        LanguageCase(text: "zzzzzz щщщщщ", language: "en"),
        LanguageCase(text: "zz'zz щщщщщ", language: "und"),
        LanguageCase(text: "zz'zzz щщщщщ", language: "en"),
        LanguageCase(text: "éééé zz щщщщщщщ", language: "und"),
        LanguageCase(text: "éééé zz щщщщщщ", language: "en"),
        LanguageCase(text: "#ZzzZ щщщщщ", language: "und"),
        LanguageCase(text: "#ZzzZz щщщщщ", language: "en"),
        LanguageCase(text: "zz9zz щщщщщ", language: "und"),
    ])
    func scriptsWeighed(_ item: LanguageCase) {
        let analysis = sharedTagger.analyze(item.text)
        #expect(analysis.language == item.language, "\(item): \(analysis.language)")
        #expect(analysis.scored == (item.language == "en"), "\(item)")
        #expect(sharedTagger.score(item.text).scored == analysis.scored, "\(item)")
    }

    @Test("an English review that names a French dish is still English")
    func englishWithForeignDish() {
        let analysis = sharedTagger.analyze("The crème brûlée was wonderful and the café was cosy.")
        #expect(analysis.language == "en")
        #expect(analysis.label == .positive)
    }
}
