import Testing
import Sentiment

/// The rules, case by case: expected signs and orderings.
@Suite("Rule table")
struct RuleTableTests {
    static let cases: [RuleCase] = [
        // Plain lexicon.
        RuleCase("The food was great.", .positive, "lexicon"),
        RuleCase("The food was terrible.", .negative, "lexicon"),
        RuleCase("We went there on Tuesday.", .neutral, "lexicon"),
        // Negation with a real scope.
        RuleCase("The food was not good.", .negative, "negation"),
        RuleCase("The staff weren't friendly.", .negative, "negation"),
        RuleCase("Not bad at all.", .positive, "negation"),
        RuleCase("I don't think it is good.", .negative, "negation reaches past a few words"),
        RuleCase("Not good, but the dessert was amazing!", .positive, "negation stops at the comma"),
        RuleCase("The food wasn't hot and the service was excellent.", .positive, "negation stops at 'and'"),
        RuleCase("None of the dishes were tasty or fresh.", .negative, "negation reaches across 'or'"),
        RuleCase("It didn't work.", .negative, "a negated verb of function is a failure"),
        RuleCase("It is not smart, handsome, nor funny.", .negative, "negation carries along a list"),
        RuleCase("The food has never been this good!", .positive, "'never been this' intensifies"),
        RuleCase("I would not eat here again.", .negative, "a negated verb of function is a failure"),
        RuleCase("It never worked very well.", .negative, "the word after a negated verb of function carries the negation"),
        RuleCase("No problems at all.", .positive, "'no' negates"),
        RuleCase("No napkins anywhere.", .negative, "'no' on its own is negative"),
        RuleCase("Not only was it cheap, it was delicious.", .positive, "'not only' is no negation"),
        RuleCase("It wasn't anything at all just plain boring.", .negative, "'just' past the negator starts a restatement"),
        RuleCase("It isn't the only good thing on the menu.", .positive, "'only' past the negator starts a restatement"),
        RuleCase("I can't stop smiling.", .positive, "not stopping is going on"),
        RuleCase("It won't stop leaking.", .negative, "not stopping is going on"),
        RuleCase("Couldn't stop complaining about the price.", .negative, "not stopping is going on"),
        RuleCase("I wouldn't mind coming back.", .positive, "'wouldn't mind' is no negation"),
        RuleCase("Portions were tiny.", .negative, "small portions are a complaint"),
        RuleCase("I want those two hours of my life back.", .negative, "an idiom of wasted time"),
        RuleCase("I wish it had been better.", .negative, "counterfactual"),
        RuleCase("Can't believe how rude the cashier was.", .negative, "'can't believe' intensifies"),
        RuleCase("It should have been great.", .negative, "counterfactual"),
        RuleCase("Hardly edible.", .negative, "'hardly' negates"),
        RuleCase("The new menu does little to help.", .negative, "'does little to' negates"),
        // Contrast: every contrastive conjunction, not only the first 'but'.
        RuleCase("The food was good but the service was terrible.", .negative, "but"),
        RuleCase("The service was slow, but the food was wonderful.", .positive, "but"),
        RuleCase("Great coffee. However, the staff were rude and the tables dirty.", .negative, "however"),
        RuleCase("Although the staff were friendly, the food was awful.", .negative, "although"),
        RuleCase("Everything was delicious, except the dessert was a bit stale.", .positive, "except"),
        RuleCase("It was a nice place, yet the food was horrible.", .negative, "yet"),
        RuleCase("Despite the good reviews, the meal was disappointing.", .negative, "despite"),
        RuleCase("The food is great. The service is terrible though.", .negative, "trailing though"),
        RuleCase("Nice decor but slow service but the pasta was amazing.", .positive, "the last 'but' counts most"),
        RuleCase("After last summer's app meltdown I left a 1-star. Since then it's been flawless.", .positive,
                 "'since then' opening a sentence: what follows counts more"),
        RuleCase("Great coffee, we have been regulars since then.", .positive, "'since then' at the end weighs nothing down"),
        // Capitals, punctuation, emoticons, emoji.
        RuleCase("The food was GREAT", .positive, "caps"),
        RuleCase("Worst. Service. Ever!!!", .negative, "exclamation"),
        RuleCase("Is it any good?", .positive, "question keeps the word"),
        RuleCase("Waited an hour :(", .negative, "emoticon"),
        RuleCase("Lovely evening :)", .positive, "emoticon"),
        RuleCase("The cake 😍", .positive, "emoji"),
        RuleCase("The cake ❤️", .positive, "emoji with variation selector"),
        RuleCase("Delivery 😡😡", .negative, "emoji"),
        RuleCase("👍🏽", .positive, "emoji with skin tone"),
        // Multi-word expressions.
        RuleCase("I can't stand this place.", .negative, "idiom"),
        RuleCase("I'm fed up with the waiting.", .negative, "idiom"),
        RuleCase("No problem, they fixed it.", .positive, "idiom"),
        RuleCase("The burger was to die for.", .positive, "idiom"),
        RuleCase("It could have been better.", .negative, "idiom"),
        RuleCase("Can't wait to come back!", .positive, "idiom"),
        RuleCase("Cant say enough good things about them.", .positive, "idiom without apostrophe"),
        RuleCase("Save your money.", .negative, "idiom"),
        RuleCase("Waste of money.", .negative, "idiom"),
        RuleCase("It was great at first, but it has gone downhill.", .negative, "idiom"),
        RuleCase("The bakery is not what it used to be.", .negative, "idiom"),
        RuleCase("The coffee was passable at best.", .negative, "'X at best' grants X as the most"),
        RuleCase("The scones were fine, but we've had better.", .negative, "a comparison that puts it below"),
        RuleCase("My old kettle boiled water a lot better than this.", .negative, "'better than this'"),
        RuleCase("The new one works better than the old one.", .positive, "'better than' another thing is praise"),
        RuleCase("It doesn't get better than this.", .positive, "idiom"),
        RuleCase("The crust is far from perfect.", .negative, "'far from' negates"),
        RuleCase("To be honest, the soup was cold.", .negative, "'to be honest' is no praise"),
        RuleCase("I have never had such a bland pie.", .negative, "'never had such' stresses, not negates"),
        RuleCase("I've never seen such a lovely shop.", .positive, "'never seen such' stresses, not negates"),
        // Hashtags split into words.
        RuleCase("#NeverAgain", .negative, "CamelCase hashtag"),
        RuleCase("#BestCoffeeEver", .positive, "CamelCase hashtag"),
        // Negative facts without a negative word.
        RuleCase("The battery dies fast.", .negative, "negative fact"),
        RuleCase("The lid breaks easily.", .negative, "negative fact"),
        RuleCase("It stopped working after two days.", .negative, "negative fact"),
        RuleCase("We waited 40 minutes for cold food.", .negative, "negative fact"),
        RuleCase("Still waiting for my parcel.", .negative, "negative fact"),
        RuleCase("They hung up on me.", .negative, "negative fact"),
        RuleCase("Overpriced and bland.", .negative, "customer-service words"),
        RuleCase("The waiter was rude.", .negative, "customer-service words"),
        RuleCase("The click-and-collect slot is handy.", .positive, "review verdict VADER lacks"),
        RuleCase("The sausage roll was rubbish.", .negative, "British verdict VADER lacks"),
        RuleCase("Absolutely gutted they sold out.", .negative, "British verdict VADER lacks"),
        RuleCase("The service was atrocious.", .negative, "strong verdict VADER lacks"),
        RuleCase("Impeccable service and a phenomenal croissant.", .positive, "strong verdict VADER lacks"),
        RuleCase("Food was below average.", .negative, "strong verdict VADER lacks"),
        RuleCase("There was hardly any filling.", .negative, "'hardly any' is a lack"),
        RuleCase("The new bus lane is a victory for common sense.", .positive, "opinion-writing verdict VADER lacks"),
        RuleCase("Closing the branch is a setback for the high street.", .negative, "opinion-writing verdict VADER lacks"),
        RuleCase("Not gonna lie that cake was epic", .positive, "'not gonna lie' is no negation"),
        RuleCase("We're done with this place.", .negative, "threat to leave"),
        RuleCase("Lovely lunch, we'll be back.", .positive, "coming back is a verdict"),
        RuleCase("We will be back!", .positive, "coming back is a verdict"),
        RuleCase("Had to go back and ask twice.", .neutral, "going back to the counter is no verdict"),
        RuleCase("I found it way too big.", .negative, "'too' is an excess"),
        RuleCase("The app was clearly not ready.", .negative, "'clearly' stresses, it is no praise"),
        RuleCase("Couldn't get a seat.", .negative, "failing to get served"),
        RuleCase("Could not get anyone to help us.", .negative, "failing to get served"),
        RuleCase("You can't get a bad meal here.", .positive, "the failure phrase still negates"),
        RuleCase("You couldn't get a better cup of coffee.", .positive, "nowhere better is praise"),
        RuleCase("I couldn't get enough of the scones.", .positive, "'can't get enough' is praise"),
        RuleCase("Service couldn't get any better.", .positive, "'couldn't get any better' is praise"),
        RuleCase("Things couldn't get worse.", .negative, "'couldn't get worse' is as bad as it gets"),
        RuleCase("I couldn't get over how good it was.", .positive, "amazement takes its verdict from what follows"),
        RuleCase("Still haven't received my order.", .negative, "an order that has not come"),
        RuleCase("We haven't received any help.", .negative, "'haven't received' still negates"),
        RuleCase("The headset keeps disconnecting.", .negative, "a fault VADER has no word for"),
        RuleCase("It only lasted a week.", .negative, "a short life is a fault"),
        RuleCase("The waiter rolled his eyes at us.", .negative, "contempt without a negative word"),
        RuleCase("The plot goes nowhere.", .negative, "a story without a negative word"),
        RuleCase("The plot is full of clichés.", .negative, "critic's verdict VADER lacks"),
        RuleCase("It's a slog.", .negative, "critic's verdict VADER lacks"),
        RuleCase("The jokes miss the mark.", .negative, "critic's idiom"),
        RuleCase("It overstays its welcome.", .negative, "critic's idiom: no welcome in it"),
        RuleCase("It never gets off the ground.", .negative, "a negated critic's idiom"),
        RuleCase("The story never comes together.", .negative, "a negated critic's idiom"),
        RuleCase("The plot holes are big enough to drive a truck through.", .negative, "critic's verdict VADER lacks"),
        RuleCase("A tour de force.", .positive, "critic's idiom"),
        RuleCase("This little bakery is a hidden gem.", .positive, "a find"),
        RuleCase("Setup was a breeze.", .positive, "a product that does what it should"),
        RuleCase("Works as advertised.", .positive, "a product that does what it should"),
        RuleCase("I've had no issues so far.", .positive, "'no issues' like 'no problems'"),
        RuleCase("The router drops the connection every few hours.", .negative, "a fault VADER has no word for"),
        RuleCase("Customer support never got back to me.", .negative, "'support' the department is no approval"),
        RuleCase("Half the menu was unavailable.", .negative, "not on offer"),
        RuleCase("I had to ask three times for water.", .negative, "asking again is a service failure"),
        RuleCase("I had to ask for the recipe.", .neutral, "asking once is no failure"),
        RuleCase("Nothing beats a hot shower after a long day.", .positive, "'nothing beats' is praise"),
        RuleCase("Voters deserve better than empty slogans.", .negative, "'deserve better' is a rebuke"),
        RuleCase("The measure falls short of what is needed.", .negative, "'falls short' is a verdict"),
        RuleCase("Both parties share the blame for the gridlock.", .negative, "political parties are no celebration"),
        RuleCase("The decision is a slap in the face to residents.", .negative, "a slap in the face is an insult"),
        RuleCase("The bill is a step in the right direction.", .positive, "'in the right direction' is approval"),
        RuleCase("The senator's remarks were tone-deaf.", .negative, "'tone-deaf' is a rebuke"),
        RuleCase("Officials have dragged their feet for years.", .negative, "'dragged their feet' is a rebuke"),
        RuleCase("The economy is on the mend.", .positive, "'on the mend' is recovery"),
        RuleCase("The poster glows in the dark.", .neutral, "the dark alone is no verdict"),
        RuleCase("Three deaths were reported.", .negative, "harm in the plural VADER lacks"),
        RuleCase("Killing it today 💪", .positive, "slang praise VADER reads as violence"),
        RuleCase("Dinner was bomb.", .positive, "slang praise VADER reads as violence"),
        RuleCase("There was a bomb scare downtown.", .negative, "a bomb is still a bomb"),
        RuleCase("nailed it", .positive, "slang praise"),
        RuleCase("ngl this slaps", .positive, "slang praise"),
        RuleCase("this ain't it", .negative, "online exasperation"),
        RuleCase("so done with this weather", .negative, "online exasperation"),
        RuleCase("We were done with dinner by nine.", .neutral, "done with is not fed up"),
        RuleCase("Maria our server made our day.", .positive, "'made our day' is praise no word of it carries"),
        RuleCase("This place makes my week.", .positive, "'makes my week' is praise no word of it carries"),
        RuleCase("I made my way to the counter.", .neutral, "a way is no day"),
        RuleCase("The staff went above and beyond.", .positive, "'above and beyond' is praise no word of it carries"),
        RuleCase("A cut above the rest.", .positive, "'a cut above' is praise, not a cut"),
        RuleCase("Not a patch on what it used to be.", .negative, "'not a patch on' is a decline"),
        RuleCase("The service left a lot to be desired.", .negative, "'to be desired' is a lack, not a wish"),
        RuleCase("The place needs a deep clean.", .negative, "a clean that is needed is dirt"),
        RuleCase("The bread tasted like cardboard.", .negative, "'like cardboard' is tasteless"),
        RuleCase("The view more than made up for it.", .positive, "'made up for' is amends"),
        RuleCase("I'd like a cup of tea.", .neutral, "'I'd like' is a wish, not liking"),
        RuleCase("Exceeded my expectations.", .positive, "expectations beaten"),
        RuleCase("It did not meet my expectations.", .negative, "expectations met, negated"),
        RuleCase("Didn't live up to the hype.", .negative, "'live up to', negated"),
        RuleCase("Lives up to the hype.", .positive, "'lives up to' is praise"),
        RuleCase("Feels cheap.", .negative, "cheap in the hand is poor quality"),
        RuleCase("Fits like a glove.", .positive, "'fits like a glove' is praise"),
        RuleCase("Skip this one.", .negative, "'skip this one' is a critic's no"),
        RuleCase("The show failed to impress.", .negative, "'failed to' denies what follows"),
        RuleCase("It never failed to impress.", .positive, "'never failed to' is praise"),
        RuleCase("There is no excuse for this kind of negligence.", .negative, "editorial blame VADER lacks"),
        RuleCase("Lowkey obsessed with this show.", .positive, "'obsessed with' is a fan's word"),
        RuleCase("Shoutout to the barista who remembered my name.", .positive, "a shout-out is thanks"),
        RuleCase("RIP to my favourite jeans.", .negative, "a loss"),
        RuleCase("It looks like rain.", .neutral, "'like' as a preposition"),
        RuleCase("The apple tart is labelled nut-free.", .neutral, "'nut-free' is a label, not praise"),
        RuleCase("URGENT: question about my order", .neutral, "'urgent' asks for speed, it is no praise"),
        RuleCase("I like it.", .positive, "'like' as a verb"),
        RuleCase("You will like it.", .positive, "'like' as a verb after 'will'"),
        RuleCase("People who like jazz should come on Fridays.", .positive, "'like' as a verb after 'who'"),
        RuleCase("There is a lot to like here.", .positive, "'like' as a verb after 'to'"),
        RuleCase("I really wanted to like this place.", .negative, "wanting to like is a let-down"),
        RuleCase("We tried to like it.", .negative, "trying to like is a let-down"),
        RuleCase("The case still looks like new.", .positive, "'like new' is a condition"),
        RuleCase("I would definitely buy from them again.", .positive, "buying again is a verdict"),
        RuleCase("Would order again.", .positive, "ordering again is a verdict"),
        RuleCase("I would never buy again.", .negative, "refusing to buy again"),
        RuleCase("Had to buy it again after a week.", .neutral, "buying a replacement is no verdict"),
        RuleCase("The staff were so patient with my father.", .positive, "patience is praise"),
        RuleCase("Not enough flavour or just bad.", .negative, "'or just' ends the negation"),
        RuleCase("Not enough flavour or simply bad.", .negative, "'or simply' ends the negation"),
        RuleCase("The soup was not cold or bland.", .positive, "a bare 'or' carries the negation on"),
        RuleCase("We did not order the soup it never tastes good.", .negative,
                 "a later negator starts its own scope, it does not cancel the open one"),
        // Another language is never scored by English look-alikes.
        RuleCase("Le service était horrible et la nourriture froide.", .neutral, "French"),
        RuleCase("La comida estaba muy buena, excelente servicio.", .neutral, "Spanish"),
        RuleCase("Das Essen war super, sehr gut!", .neutral, "German"),
    ]

    @Test("sign", arguments: cases)
    func sign(_ rule: RuleCase) {
        let analysis = sharedTagger.analyze(rule.text)
        switch rule.expected {
        case .positive:
            #expect(analysis.score >= SentimentTagger.labelThreshold, "\(rule): \(analysis.score)")
            #expect(analysis.label == .positive, "\(rule)")
        case .negative:
            #expect(analysis.score <= -SentimentTagger.labelThreshold, "\(rule): \(analysis.score)")
            #expect(analysis.label == .negative, "\(rule)")
        case .neutral:
            #expect(analysis.label == .neutral, "\(rule): \(analysis.score)")
        }
    }

    static let orderings: [Ordering] = [
        Ordering("The food was very good.", above: "The food was good.", "booster"),
        Ordering("The food was good.", above: "The food was somewhat good.", "dampener"),
        Ordering("The plan is likely to succeed.", above: "The plan is unlikely to succeed.", "doubt denies what follows"),
        Ordering("This helps the town.", above: "It is hard to see how this helps the town.", "doubt denies what follows"),
        Ordering("The food was GOOD.", above: "The food was good.", "caps"),
        Ordering("The food was good!!", above: "The food was good.", "exclamation"),
        Ordering("Sooo good", above: "good", "stretched letters"),
        Ordering("The food was bad.", above: "The food was very bad.", "booster on a negative"),
        Ordering("The food was terrible.", above: "The food was TERRIBLE!!!", "caps and exclamations on a negative"),
        Ordering("Not bad.", above: "Bad.", "negated negative"),
        Ordering("Good.", above: "Not good.", "negated positive"),
        Ordering("Slow, but good.", above: "Good, but slow.", "but: what follows counts more"),
        Ordering("The food was excellent.", above: "The food was decent.", "intensity"),
    ]

    @Test("ordering", arguments: orderings)
    func ordering(_ pair: Ordering) {
        let higher = sharedTagger.analyze(pair.higher).score
        let lower = sharedTagger.analyze(pair.lower).score
        #expect(higher > lower, "\(pair): \(higher) vs \(lower)")
    }

    @Test("score() agrees with analyze()", arguments: cases)
    func fastPathAgrees(_ rule: RuleCase) {
        let full = sharedTagger.analyze(rule.text)
        let fast = sharedTagger.score(rule.text)
        #expect(fast.score == full.score)
        #expect(fast.label == full.label)
        #expect(fast.scored == full.scored)
    }
}
