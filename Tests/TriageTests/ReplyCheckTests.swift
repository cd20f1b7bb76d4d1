import Testing
import Triage

/// Each reply check, with replies it must flag (and the words it must point at) and replies it
/// must leave alone.
@Suite struct ReplyCheckTests {
    static let oneStar = ReplyCheckContext(source: "google", rating: 1, score: -0.6, isComplaint: true,
                                           competitors: ["Bean There", "Bap & Go", "Maison Levain"])
    static let fiveStars = ReplyCheckContext(source: "google", rating: 5, score: 0.8, isComplaint: false,
                                             competitors: ["Bean There"])

    static func flags(_ text: String, _ kind: ReplyFlagKind, _ context: ReplyCheckContext = oneStar) -> [ReplyFlag] {
        ReplyCheck.flags(for: text, context: context).filter { $0.kind == kind }
    }

    @Test(arguments: [
        ("Call me on 07700 900123 any time.", "07700 900123"),
        ("Our manager will ring +44 (0)20 7946 0958 today.", "+44 (0)20 7946 0958"),
        ("Reach Tom at 555-867-5309.", "555-867-5309"),
        ("Write to tom.reed@example.com and we'll sort it.", "tom.reed@example.com"),
        ("We'll drop a cake round to 12 Baker Street.", "12 Baker Street"),
        ("Sorry to 4b, Mill Lane residents!", "4b, Mill Lane"),
        ("Posted to SW1A 1AA this morning.", "SW1A 1AA"),
    ])
    func personalDataIsFlaggedWithItsWords(reply: String, words: String) {
        let found = Self.flags(reply, .personalData)
        #expect(found.map(\.excerpt).contains(words), "\(found)")
        #expect(found.allSatisfy { !$0.reason.isEmpty })
    }

    @Test(arguments: [
        "We opened at 7 on 2026-03-12 and were short of 2 bakers.",
        "Our 3 new ovens arrive in 10 days; order 12345 is on its way.",
        "Thanks for the note about our brunch menu at Crumb & Kettle.",
        "Send us a message through the site and we'll call back.",
        "The 2 Great pastries were gone by noon.",
    ])
    func ordinaryNumbersAndWordsAreNotPersonalData(reply: String) {
        #expect(Self.flags(reply, .personalData).isEmpty)
    }

    @Test(arguments: [
        ("Could you please update your review once it's fixed?", "update your review"),
        ("We'd be grateful if you would remove the one-star rating.", "remove the one-star rating"),
        ("Please reconsider your rating.", "reconsider your rating"),
        ("Maybe you could take it down now?", "take it down"),
        ("A refund if you change your review to five stars.", "change your review"),
        ("Give us 5 stars next time!", "Give us 5"),
    ])
    func askingToChangeTheReviewIsFlagged(reply: String, words: String) {
        #expect(Self.flags(reply, .reviewChange).map(\.excerpt).contains(words))
    }

    @Test(arguments: [
        "Thank you for your review, Tom.",
        "We changed the recipe after your review.",
        "We will change the menu after reading your review.",
        "Your post made us rethink our Saturday rota.",
        "Leave us a message and we'll call you.",
    ])
    func answeringAReviewIsNotAskingToChangeIt(reply: String) {
        #expect(Self.flags(reply, .reviewChange).isEmpty)
    }

    @Test(arguments: [
        ("Unlike Bean There, we bake everything here.", "Bean There"),
        ("Try us over bean there any day.", "bean there"),
        ("Better than Bap & Go!", "Bap & Go"),
        ("Nothing like Maison Lévain.", "Maison Lévain"),
    ])
    func namingACompetitorIsFlagged(reply: String, words: String) {
        #expect(Self.flags(reply, .competitor).map(\.excerpt) == [words])
    }

    @Test(arguments: [
        "We bake everything here, and we're sorry the beans ran out.",
        "Thanks from all of us at Crumb & Kettle.",
        "Bean Therefore is not a brand.",
        "Let's go over what happened.",
    ])
    func ownAndOrdinaryWordsAreNotCompetitors(reply: String) {
        #expect(Self.flags(reply, .competitor).isEmpty)
    }

    @Test(arguments: [
        ("So glad you enjoyed your visit!", "glad you"),
        ("Thanks for the kind words about our service.", "kind words"),
        ("Wonderful to have you with us", "Wonderful"),
        ("See you again soon 😊", "😊"),
        ("Thanks for stopping by!!", "!!"),
    ])
    func cheerfulWordsOnAOneStarComplaintAreFlagged(reply: String, words: String) {
        #expect(Self.flags(reply, .tone).map(\.excerpt).contains(words))
    }

    @Test(arguments: [
        "I'm sorry about the wait, Tom; that is on us.",
        "Thank you for telling us. Please get in touch so we can put it right.",
    ])
    func anApologyFitsAOneStarComplaint(reply: String) {
        #expect(Self.flags(reply, .tone).isEmpty)
    }

    @Test func theSameCheerfulWordsFitFiveStarsButAnApologyDoesNot() {
        #expect(Self.flags("So glad you enjoyed your visit!", .tone, Self.fiveStars).isEmpty)
        #expect(Self.flags("We are so sorry to hear that.", .tone, Self.fiveStars).map(\.excerpt) == ["sorry"])
        let neutral = ReplyCheckContext(source: "google", rating: 3, score: 0, isComplaint: false, competitors: [])
        #expect(Self.flags("So glad! Sorry!", .tone, neutral).isEmpty)
    }

    @Test(arguments: [
        ("google", "a", 4096, false), ("google", "a", 4097, true), ("google", "é", 2049, true),
        ("yelp", "é", 5000, false), ("yelp", "a", 5001, true),
        ("trustpilot", "a", 2500, false), ("trustpilot", "a", 2501, true),
        ("email", "a", 50_000, false),
    ])
    func lengthsAgainstEachSitesLimit(source: String, character: String, count: Int, flagged: Bool) {
        let reply = String(repeating: character, count: count)
        let context = ReplyCheckContext(source: source, rating: 3, score: 0, isComplaint: false, competitors: [])
        let found = Self.flags(reply, .length, context)
        #expect(found.isEmpty != flagged)
        if flagged { #expect(found.first?.reason.contains("at most") == true) }
    }

    @Test func aFlagSaysWhereOnWhichLine() throws {
        let found = Self.flags("Hi Tom,\nplease call 07700 900123.", .personalData)
        let flag = try #require(found.first)
        #expect(flag.line == 2 && flag.column == 13)
        #expect(flag.description.hasPrefix("2:13 personal-data \"07700 900123\": a phone number"))
    }

    @Test func aGoodApologyHasNoFlags() {
        let reply = "Hi Tom, I'm sorry about your wait on 12 March: that is on us. Please get in touch so we can put it right.\nSam, Crumb & Kettle"
        #expect(ReplyCheck.flags(for: reply, context: Self.oneStar).isEmpty)
    }
}
