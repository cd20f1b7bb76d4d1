extension RuleTables {
    /// Negators, what cancels them, counterfactuals, and verbs whose negation means a failure.
    static let negation = """
    # VADER 3.3.2's negators ("despite" is concessive here, see the contrast table).
    aint | | negator
    arent | | negator
    cannot | | negator
    cant | | negator
    couldnt | | negator
    darent | | negator
    didnt | | negator
    doesnt | | negator
    dont | | negator
    hadnt | | negator
    hasnt | | negator
    havent | | negator
    isnt | | negator
    mightnt | | negator
    mustnt | | negator
    neither | | negator
    neednt | | negator
    never | | negator neverWord
    none | | negator
    nope | | negator
    not | | negator
    nothing | | negator
    nowhere | | negator
    nobody | | negator
    oughtnt | | negator
    shant | | negator
    shouldnt | | negator
    uhuh | | negator
    uh-uh | | negator
    wasnt | | negator
    werent | | negator
    without | | negator
    wont | | negator
    wouldnt | | negator
    rarely | | negator
    seldom | | negator
    hardly | | negator
    barely | | negator
    scarcely | | negator
    wish | 0 | negator counterfactual
    wished | 0 | negator counterfactual
    expected | | negator counterfactual
    as expected | 0 |
    no | | negator negatorWithOwnValence
    lack | -1.0 | negator
    lacks | -1.0 | negator
    lacked | -1.0 | negator
    lacking | -1.2 | negator
    # Counterfactuals: what should have been, was not.
    should have | | negator counterfactual
    should've | | negator counterfactual
    could have | | negator counterfactual
    could've | | negator counterfactual
    would have | | negator counterfactual
    would've | | negator counterfactual
    supposed to | | negator counterfactual
    if only | | negator counterfactual
    # "The plan does little to help": as good as "does not help".
    does little to | | negator
    do little to | | negator
    did little to | | negator
    done little to | | negator
    # Not negations.
    only | | negationBlocker
    just | | negationBlocker
    doubt | | negationBlocker
    wonder | | negationBlocker
    matter | | negationBlocker
    mention | | negationBlocker
    # "I wouldn't mind coming back" is no refusal.
    mind | | negationBlocker
    # Not stopping is going on: "can't stop smiling" is praise, "won't stop leaking" a complaint.
    stop | | negationBlocker
    stops | | negationBlocker
    stopped | | negationBlocker
    least | | least
    at | | leastException
    very | | leastException
    so | | neverIntensifierTarget
    this | | neverIntensifierTarget
    # "I have never had such bland food": "never" stresses what follows, like "never so".
    had such | | neverIntensifierTarget
    seen such | | neverIntensifierTarget
    tasted such | | neverIntensifierTarget
    eaten such | | neverIntensifierTarget
    experienced such | | neverIntensifierTarget
    or | | coordinator
    nor | | negator coordinator
    # Neutral words of function: negated, they report a failure ("didn't work", "won't charge").
    again | | functionVerb
    back | | functionVerb
    bring | | functionVerb
    brought | | functionVerb
    quality | | functionVerb
    work | | functionVerb
    works | | functionVerb
    worked | | functionVerb
    working | | functionVerb
    function | | functionVerb
    functions | | functionVerb
    fit | | functionVerb
    fits | | functionVerb
    charge | | functionVerb
    charges | | functionVerb
    hold | | functionVerb
    holds | | functionVerb
    last | | functionVerb
    lasts | | functionVerb
    lasted | | functionVerb
    connect | | functionVerb
    connects | | functionVerb
    turn on | | functionVerb
    turns on | | functionVerb
    start | | functionVerb
    arrive | | functionVerb
    arrived | | functionVerb
    come | | functionVerb
    came | | functionVerb
    show up | | functionVerb
    showed up | | functionVerb
    answer | | functionVerb
    answered | | functionVerb
    respond | | functionVerb
    responded | | functionVerb
    reply | | functionVerb
    replied | | functionVerb
    call back | | functionVerb
    called back | | functionVerb
    deliver | | functionVerb
    delivered | | functionVerb
    honor | | functionVerb
    honored | | functionVerb
    help | | functionVerb
    helped | | functionVerb
    care | | functionVerb
    cared | | functionVerb
    listen | | functionVerb
    listened | | functionVerb
    recognize | | functionVerb
    hear | | functionVerb
    stay | | functionVerb
    fix | | functionVerb
    fixed | | functionVerb
    apologize | | functionVerb
    apologized | | functionVerb
    """
}
