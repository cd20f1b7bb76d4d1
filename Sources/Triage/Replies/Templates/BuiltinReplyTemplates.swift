/// The templates earshot ships: one for praise, one for a complaint, one for anything else.
/// A file of the same name in the templates folder replaces one.
enum BuiltinReplyTemplates {
    static let texts: [(name: String, text: String)] = [
        ("thanks", """
            Hi {first_name}, thank you for taking the time to write this. It means a lot to all of us at {brand}, \
            and we'll pass your kind words about the {aspect} on to the team. See you again soon!
            {owner}, {brand}
            """),
        ("apology", """
            Hi {first_name}, I'm sorry about your visit on {item_date}: the {aspect} was not what it should be, \
            and that is on us. I'd like to put it right. Please get in touch with us directly so we can talk it \
            through.
            {owner}, {brand}
            """),
        ("neutral", """
            Hi {first_name}, thank you for your feedback about {brand}. We read every review, and what you said \
            about the {aspect} helps us do better.
            {owner}, {brand}
            """),
    ]
}
