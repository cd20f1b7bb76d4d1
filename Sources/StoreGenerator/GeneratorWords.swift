/// The words the generator builds names and texts from: a neighbourhood café-bakery and its
/// competitors, like the demo.
enum GeneratorWords {
    static let ownBrand = ("Crumb & Kettle", ["Crumb and Kettle", "C&K"])
    static let competitorStems = ["Beanline Coffee", "Maison Levain", "Bap & Go", "Daily Grind", "The Oven Door",
                                  "Copper Pot", "Little Loaf", "Steam & Stone", "Morning Crust", "Hearth House"]
    static let firstNames = ["Maya", "Tom", "Priya", "Daniel", "Margaret", "Liam", "Noor", "Hannah", "Marcus", "Zoe",
                             "Simon", "Phoebe", "Bethany", "Martin", "Amira", "Peter", "Rachel", "Sofia", "Oliver",
                             "Grace", "Ethan", "Chloe", "Arjun", "Fatima", "Jonas", "Elena", "Kwame", "Aisha", "Ben",
                             "Ines", "Yusuf", "Mei", "Lucas", "Ana", "Rory", "Leah", "Omar", "Freya", "Hugo", "Ivy"]
    static let lastNames = ["Ortiz", "Hale", "Osei", "Natarajan", "Doherty", "Shah", "Whitfield", "Patel", "Hart",
                            "Lang", "Crowther", "Ewell", "Said", "Lowe", "Adeyemi", "Brennan", "Kowalski", "Nguyen",
                            "Fischer", "Moreau", "Okafor", "Lindqvist", "Rossi", "Murphy", "Tanaka", "Silva",
                            "Haddad", "Novak", "Evans", "Park"]
    static let socialWords = ["eastfield", "commuter", "nightbus", "foodie", "crumbs", "brunch", "latte", "local",
                              "cyclist", "mumof3", "dogwalker", "student", "baker", "runner"]
    static let foods = ["sourdough", "cardamom bun", "croissant", "sausage roll", "almond croissant", "cinnamon swirl",
                        "bacon roll", "brownie", "focaccia", "lemon tart", "scone", "pain au chocolat", "quiche",
                        "banana bread", "toastie", "porridge", "carrot cake", "mince pie"]
    static let drinks = ["flat white", "oat latte", "Earl Grey", "cappuccino", "hot chocolate", "espresso", "chai",
                         "iced coffee", "americano", "mocha"]
    static let staff = ["Tom", "Ana", "Sam", "Maya", "the new barista", "the lady at the till", "the manager"]
    static let days = ["Saturday morning", "Sunday", "a weekday lunchtime", "Friday afternoon", "Monday", "bank holiday"]
    static let tags = ["regular", "wedding", "catering", "allergy", "press", "staff-praise", "vip", "school-run",
                       "student", "tourist", "delivery-app", "wholesale"]
    static let owners = ["sam", "ana", "maya", "tom"]
    static let aspects = ["price", "service", "speed", "quality", "cleanliness", "ambience", "delivery", "booking"]
    static let noteTexts = ["Called back, happy now", "Passed to the kitchen", "Offered a free coffee next visit",
                            "Replied on the platform", "Asked for more detail by email", "Regular: say hello",
                            "Checked the CCTV: queue was 20 minutes", "Refund issued at the till"]
    static let followUpReasons = ["Apologise in person and offer a coffee on us",
                                  "Check the allergy labelling with them", "Offer a refund for the order",
                                  "Invite them back for a tasting", "Explain the new queue system",
                                  "Ask how the cake went down at the party", "Call about the catering order"]

    /// Sentences by aspect: positive, negative. `{f}` food, `{d}` drink, `{s}` staff, `{w}` when.
    static let positive: [String: [String]] = [
        "quality": ["The {f} was outstanding, still warm from the oven.", "Best {f} in town, honestly.",
                    "Lovely {d}, perfectly made.", "Fresh, generous and delicious {f}."],
        "service": ["{s} was so friendly and remembered my order.", "Really kind, welcoming staff.",
                    "{s} went out of their way to help us."],
        "speed": ["Served in a couple of minutes even on {w}.", "Quick service, no waiting around."],
        "price": ["Great value for the money.", "Fair prices for the quality."],
        "cleanliness": ["Spotless tables and clean toilets.", "Everything looked clean and tidy."],
        "ambience": ["Cosy, calm and lovely music.", "A warm, bright place to sit with a {d}."],
        "delivery": ["Delivery arrived early and still hot.", "The courier was quick and careful."],
        "booking": ["Booking a table online was easy.", "They fitted our group of eight in at short notice."],
    ]
    static let negative: [String: [String]] = [
        "quality": ["The {f} was stale and dry.", "My {d} was cold and bitter.", "Burnt {f}, really disappointing."],
        "service": ["{s} was rude and ignored us.", "Unfriendly staff who clearly didn't care.",
                    "Nobody apologised when they got my order wrong."],
        "speed": ["We waited forty minutes on {w}.", "Painfully slow, the queue barely moved."],
        "price": ["Overpriced for what you get.", "Charged twice and the {f} cost a fortune."],
        "cleanliness": ["Dirty tables and sticky floors.", "The toilets were filthy."],
        "ambience": ["Far too loud and cramped.", "Freezing inside, we kept our coats on."],
        "delivery": ["The delivery was an hour late and cold.", "Half the order was missing from the delivery."],
        "booking": ["They lost our booking.", "The online booking never confirmed and we were turned away."],
    ]
    static let neutral = ["Popped in on {w} for a {d}.", "Ordered a {f} and a {d}.", "Came with friends after the market.",
                          "It was busy as usual.", "They have a new menu this month."]
    static let urgent = ["I want a refund.", "I will be reporting this to trading standards.",
                         "My son had an allergic reaction.", "Posting this everywhere so people know.",
                         "I've asked my bank for a chargeback."]
    static let spam = ["Buy 5,000 followers now at http://cheap-followers.example/deal !!!",
                       "Best crypto tips, message me on whatsapp, click http://bit.example/xyz",
                       "SEO services for your business, page one guaranteed, visit http://seo.example"]
    /// A few per cent of texts are in other languages, with their ISO code.
    static let foreign: [(lang: String, texts: [String])] = [
        ("fr", ["Très bon café et des croissants délicieux, le personnel est adorable.",
                "Service lent et le pain était rassis, dommage."]),
        ("de", ["Sehr leckerer Kuchen und freundliche Bedienung, gerne wieder.",
                "Leider war der Kaffee kalt und wir mussten lange warten."]),
        ("es", ["El café estaba buenísimo y el personal muy amable.", "Tardaron muchísimo y la comida llegó fría."]),
        ("ja", ["パンがとても美味しかったです。また来ます。", "店員さんが親切で、雰囲気も良かったです。"]),
        ("it", ["Cornetti freschissimi e cappuccino perfetto.", "Prezzi troppo alti e servizio lento."]),
    ]
    static let titles = ["Lovely spot", "Disappointed", "Our new favourite", "Not great", "Worth the trip",
                         "Never again", "Solid as ever", "Mixed feelings"]
    static let emailSubjects = ["Question about catering", "Complaint about my order", "Thank you!",
                                "Allergy information", "Booking for Saturday", "Re: your visit"]
}
