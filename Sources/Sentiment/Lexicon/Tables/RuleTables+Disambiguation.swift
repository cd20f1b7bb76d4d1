extension RuleTables {
    /// Words whose sentiment depends on how they are used, and the words that tell.
    static let disambiguation = """
    # "like" is a verb after these ("I like it"), a preposition elsewhere ("looks like rain").
    like | | likeAmbiguous
    i | | likeSubject
    we | | likeSubject
    you | | likeSubject
    they | | likeSubject
    he | | likeSubject
    she | | likeSubject
    people | | likeSubject
    everyone | | likeSubject
    kids | | likeSubject
    # Not "would", "I'd", "we'd": "I'd like a latte" is a wish, not a liking.
    really | | likeSubject
    also | | likeSubject
    still | | likeSubject
    do | | likeSubject
    does | | likeSubject
    did | | likeSubject
    don't | | likeSubject
    didn't | | likeSubject
    doesn't | | likeSubject
    dont | | likeSubject
    didnt | | likeSubject
    doesnt | | likeSubject
    just | | likeSubject
    definitely | | likeSubject
    actually | | likeSubject
    totally | | likeSubject
    truly | | likeSubject
    honestly | | likeSubject
    personally | | likeSubject
    always | | likeSubject
    usually | | likeSubject
    generally | | likeSubject
    particularly | | likeSubject
    especially | | likeSubject
    kinda | | likeSubject
    # Modals, "will" and its contractions, "who" and "to" are followed by the verb ("you'll like
    # it", "people who like jazz", "hard not to like").
    will | | likeSubject
    won't | | likeSubject
    wont | | likeSubject
    i'll | | likeSubject
    you'll | | likeSubject
    we'll | | likeSubject
    they'll | | likeSubject
    he'll | | likeSubject
    she'll | | likeSubject
    can | | likeSubject
    can't | | likeSubject
    cant | | likeSubject
    could | | likeSubject
    couldn't | | likeSubject
    might | | likeSubject
    should | | likeSubject
    wouldn't | | likeSubject
    who | | likeSubject
    to | | likeSubject
    even | | likeSubject
    genuinely | | likeSubject
    absolutely | | likeSubject
    # Polite and neutral uses of words VADER rates in isolation.
    please | 0.4 |
    gluten free | 0.2 |
    sugar free | 0.2 |
    dairy free | 0.2 |
    fat free | 0.2 |
    nut free | 0 |
    peanut free | 0 |
    allergen free | 0 |
    egg free | 0 |
    wheat free | 0 |
    lactose free | 0 |
    meat free | 0 |
    alcohol free | 0 |
    caffeine free | 0 |
    hands free | 0 |
    toll free | 0 |
    # A subject line's "URGENT" asks for speed; it is no praise (VADER: +0.8).
    urgent | 0 |
    free of charge | 1.2 |
    for free | 1.2 |
    tasted funny | -1.5 |
    tastes funny | -1.5 |
    smelled funny | -1.5 |
    smells funny | -1.5 |
    """
}
