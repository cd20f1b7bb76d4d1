extension RuleTables {
    /// Customer-service language: problems, praise and facts that carry a verdict, with aspects.
    static let customerService = """
    # Staff and service.
    discourteous | -2.0 | aspect=service complaint
    snooty | -1.8 | aspect=service complaint
    unwelcoming | -1.8 | aspect=service complaint
    obliging | 1.6 | aspect=service
    rude | -2.0 | aspect=service complaint
    unprofessional | -2.3 | aspect=service complaint
    ignored | -1.3 | aspect=service complaint
    ignoring | -1.3 | aspect=service complaint
    understaffed | -1.5 | aspect=service complaint
    inattentive | -1.6 | aspect=service complaint
    unhelpful | -1.8 | aspect=service complaint
    condescending | -2.0 | aspect=service complaint
    arrogant | -2.0 | aspect=service complaint
    dismissive | -1.8 | aspect=service complaint
    attitude | -0.8 | aspect=service
    attentive | 2.0 | aspect=service
    knowledgeable | 1.8 | aspect=service
    courteous | 2.0 | aspect=service
    polite | 1.8 | aspect=service
    welcoming | 2.0 | aspect=service
    accommodating | 1.8 | aspect=service
    professional | 1.5 | aspect=service
    friendly | 2.2 | aspect=service
    unfriendly | -1.8 | aspect=service complaint
    helpful | 1.8 | aspect=service
    # Speed and waiting.
    tardy | -1.2 | aspect=speed complaint
    punctual | 1.5 | aspect=speed
    slow | -1.3 | aspect=speed complaint
    slowly | -1.0 | aspect=speed
    sluggish | -1.3 | aspect=speed complaint
    forever | -0.8 | aspect=speed
    took forever | -2.0 | aspect=speed complaint
    takes forever | -2.0 | aspect=speed complaint
    taking forever | -2.0 | aspect=speed complaint
    waited forever | -2.0 | aspect=speed complaint
    took ages | -2.0 | aspect=speed complaint
    waited | -0.6 | aspect=speed complaint
    waiting | | aspect=speed
    wait | | aspect=speed
    still waiting | -1.4 | aspect=speed complaint
    took a week | -1.4 | aspect=speed complaint
    took weeks | -1.8 | aspect=speed complaint
    long wait | -1.6 | aspect=speed complaint
    long line | -1.2 | aspect=speed complaint
    long lines | -1.2 | aspect=speed complaint
    long queue | -1.2 | aspect=speed complaint
    no wait | 1.0 | aspect=speed
    quick | 1.2 | aspect=speed
    quickly | 0.8 | aspect=speed
    prompt | 1.5 | aspect=speed
    promptly | 1.3 | aspect=speed
    speedy | 1.5 | aspect=speed
    fast | 0.8 | aspect=speed
    delay | -1.2 | aspect=speed complaint
    delayed | -1.3 | aspect=speed complaint
    delays | -1.2 | aspect=speed complaint
    late | -0.8 | aspect=speed complaint
    on time | 1.0 | aspect=speed
    # Price and value.
    not exactly cheap | -1.2 | aspect=price
    anything but cheap | -1.2 | aspect=price
    measly | -1.5 | aspect=price complaint
    meagre | -1.4 | aspect=price complaint
    meager | -1.4 | aspect=price complaint
    skimpy | -1.4 | aspect=price complaint
    plentiful | 1.4 | aspect=price
    overpriced | -1.9 | aspect=price complaint
    over priced | -1.9 | aspect=price complaint
    overcharged | -2.2 | aspect=price complaint
    overcharge | -2.0 | aspect=price complaint
    charged twice | -2.2 | aspect=price complaint
    double charged | -2.2 | aspect=price complaint
    pricey | -0.8 | aspect=price
    expensive | -0.9 | aspect=price
    cheap | 0 | aspect=price
    cheaply made | -1.8 | aspect=quality complaint
    affordable | 1.5 | aspect=price
    inexpensive | 1.3 | aspect=price
    reasonably priced | 1.6 | aspect=price
    reasonable | 1.1 | aspect=price
    bargain | 1.5 | aspect=price
    good value | 2.2 | aspect=price
    great value | 2.8 | aspect=price
    value for money | 1.8 | aspect=price
    poor value | -2.0 | aspect=price complaint
    hidden fees | -2.0 | aspect=price complaint
    hidden fee | -2.0 | aspect=price complaint
    # Quality and taste.
    flavoursome | 1.8 | aspect=quality
    succulent | 2.0 | aspect=quality
    hearty | 1.5 | aspect=quality
    leaky | -1.4 | aspect=quality complaint
    wobbly | -1.0 | aspect=quality complaint
    bland | -1.5 | aspect=quality complaint
    tasteless | -1.8 | aspect=quality complaint
    flavorless | -1.8 | aspect=quality complaint
    flavourless | -1.8 | aspect=quality complaint
    stale | -1.6 | aspect=quality complaint
    soggy | -1.6 | aspect=quality complaint
    greasy | -1.3 | aspect=quality complaint
    lukewarm | -1.3 | aspect=quality complaint
    cold | -0.6 | complaint
    burnt | -1.7 | aspect=quality complaint
    overcooked | -1.6 | aspect=quality complaint
    undercooked | -1.8 | aspect=quality complaint
    under cooked | -1.8 | aspect=quality complaint
    over cooked | -1.6 | aspect=quality complaint
    raw | -0.3 | aspect=quality
    dry | -0.7 | aspect=quality
    rubbery | -1.5 | aspect=quality complaint
    chewy | -0.6 | aspect=quality
    mushy | -1.3 | aspect=quality complaint
    watery | -1.2 | aspect=quality complaint
    salty | -0.6 | aspect=quality
    too salty | -1.5 | aspect=quality complaint
    microwaved | -1.2 | aspect=quality complaint
    reheated | -1.0 | aspect=quality complaint
    inedible | -2.6 | aspect=quality complaint
    edible | 0 | aspect=quality functionVerb
    undrinkable | -2.3 | aspect=quality complaint
    mediocre | -1.4 | aspect=quality
    subpar | -1.6 | aspect=quality complaint
    sub par | -1.6 | aspect=quality complaint
    underwhelming | -1.6 | aspect=quality
    lackluster | -1.5 | aspect=quality
    lacklustre | -1.5 | aspect=quality
    meh | -0.6 |
    decent | 1.2 | aspect=quality
    average | -0.3 |
    tasty | 2.0 | aspect=quality
    yummy | 2.3 | aspect=quality
    flavorful | 2.0 | aspect=quality
    flavourful | 2.0 | aspect=quality
    juicy | 1.5 | aspect=quality
    crispy | 1.2 | aspect=quality
    tender | 1.3 | aspect=quality
    fresh | 1.3 | aspect=quality
    homemade | 1.0 | aspect=quality
    authentic | 1.2 | aspect=quality
    scrumptious | 2.8 | aspect=quality
    mouthwatering | 2.6 | aspect=quality
    # Cleanliness.
    pristine | 2.0 | aspect=cleanliness
    gleaming | 1.5 | aspect=cleanliness
    stained | -1.2 | aspect=cleanliness complaint
    untidy | -1.4 | aspect=cleanliness complaint
    dirty | -1.9 | aspect=cleanliness complaint
    filthy | -2.4 | aspect=cleanliness complaint
    grimy | -1.9 | aspect=cleanliness complaint
    grubby | -1.6 | aspect=cleanliness complaint
    sticky | -1.0 | aspect=cleanliness complaint
    smelly | -1.7 | aspect=cleanliness complaint
    stinks | -2.0 | aspect=cleanliness complaint
    stank | -2.0 | aspect=cleanliness complaint
    stunk | -2.0 | aspect=cleanliness complaint
    smelled | -0.8 | aspect=cleanliness
    unsanitary | -2.3 | aspect=cleanliness complaint
    unhygienic | -2.3 | aspect=cleanliness complaint
    disgusting | -2.4 | aspect=cleanliness complaint
    spotless | 2.2 | aspect=cleanliness
    immaculate | 2.3 | aspect=cleanliness
    clean | 1.7 | aspect=cleanliness
    tidy | 1.4 | aspect=cleanliness
    # Ambience.
    draughty | -1.2 | aspect=ambience complaint
    cluttered | -1.0 | aspect=ambience
    stylish | 1.8 | aspect=ambience
    quaint | 1.2 | aspect=ambience
    tacky | -1.5 | aspect=ambience
    cozy | 1.8 | aspect=ambience
    cosy | 1.8 | aspect=ambience
    noisy | -0.9 | aspect=ambience
    loud | -0.4 | aspect=ambience
    too loud | -1.3 | aspect=ambience complaint
    crowded | -0.8 | aspect=ambience
    cramped | -1.3 | aspect=ambience complaint
    stuffy | -1.1 | aspect=ambience complaint
    dingy | -1.5 | aspect=ambience complaint
    drafty | -0.9 | aspect=ambience
    charming | 2.2 | aspect=ambience
    inviting | 1.8 | aspect=ambience
    relaxing | 1.9 | aspect=ambience
    # Delivery and ordering.
    wrong order | -1.8 | aspect=booking complaint
    order was wrong | -1.8 | aspect=booking complaint
    got my order wrong | -2.0 | aspect=booking complaint
    got the order wrong | -2.0 | aspect=booking complaint
    missing items | -1.8 | aspect=delivery complaint
    never arrived | -2.3 | aspect=delivery complaint
    never came | -2.0 | aspect=speed complaint
    never showed up | -2.3 | aspect=booking complaint
    never showed | -2.0 | aspect=booking complaint
    never received | -2.2 | aspect=delivery complaint
    never got | -1.5 | complaint
    # Not received: an order, a refund or a reply that has not come. Each still negates what
    # follows ("haven't received any help").
    haven't received | -1.8 | aspect=delivery complaint negator
    have not received | -1.8 | aspect=delivery complaint negator
    hasn't arrived | -1.8 | aspect=delivery complaint negator
    has not arrived | -1.8 | aspect=delivery complaint negator
    haven't heard back | -1.8 | aspect=service complaint negator
    have not heard back | -1.8 | aspect=service complaint negator
    didn't receive | -1.6 | aspect=delivery complaint negator
    did not receive | -1.6 | aspect=delivery complaint negator
    # Failing to get served ("couldn't get a table", "couldn't get anyone to help"), negating
    # what follows ("can't get a bad meal here"); "you couldn't get a better one" and "can't get
    # enough" are praise.
    couldn't get a | -1.2 | complaint negator
    could not get a | -1.2 | complaint negator
    couldnt get a | -1.2 | complaint negator
    can't get a | -1.0 | complaint negator
    cannot get a | -1.0 | complaint negator
    couldn't get a better | 2.0 |
    could not get a better | 2.0 |
    can't get a better | 2.0 |
    cannot get a better | 2.0 |
    couldn't get anyone | -1.6 | aspect=service complaint negator
    could not get anyone | -1.6 | aspect=service complaint negator
    couldn't get through | -1.6 | aspect=service complaint negator
    could not get through | -1.6 | aspect=service complaint negator
    couldn't get hold of | -1.6 | aspect=service complaint negator
    couldn't get in touch | -1.6 | aspect=service complaint negator
    could not get in touch | -1.6 | aspect=service complaint negator
    couldn't get it to work | -1.8 | complaint negator
    can't get it to work | -1.8 | complaint negator
    couldn't get a bad | 2.0 |
    can't get a bad | 2.0 |
    # Amazement that takes its verdict from what follows ("couldn't get over how good it was").
    couldn't get over | 0 |
    could not get over | 0 |
    can't get over | 0 |
    couldn't get enough | 2.4 |
    could not get enough | 2.4 |
    can't get enough | 2.4 |
    cannot get enough | 2.4 |
    cant get enough | 2.4 |
    never heard back | -2.0 | aspect=service complaint
    never got back to me | -2.0 | aspect=service complaint
    never got back to us | -2.0 | aspect=service complaint
    never called back | -2.0 | aspect=service complaint
    never called me back | -2.0 | aspect=service complaint
    no one answered | -1.8 | aspect=service complaint
    nobody answered | -1.8 | aspect=service complaint
    no response | -1.8 | aspect=service complaint
    no reply | -1.6 | aspect=service complaint
    on hold | -1.0 | aspect=service complaint
    cancelled | -1.0 | aspect=booking complaint
    canceled | -1.0 | aspect=booking complaint
    lost my | -1.3 | complaint
    lost our | -1.3 | complaint
    forgot | -1.0 | aspect=service complaint
    forgot our | -1.6 | aspect=service complaint
    forgot my | -1.6 | aspect=service complaint
    hassle | -1.5 | complaint
    hassle free | 1.8 |
    """
}
