extension RuleTables {
    /// Product and media review language: failures stated as facts, and verdicts VADER lacks.
    static let reviews = """
    # Food served wrong.
    cold food | -1.6 | aspect=quality complaint
    food was cold | -1.8 | aspect=quality complaint
    arrived cold | -1.8 | aspect=delivery complaint
    served cold | -1.4 | aspect=quality complaint
    was cold | -1.0 | complaint
    were cold | -1.0 | complaint
    ice cold | 0.8 |
    piping hot | 1.5 | aspect=quality
    like cardboard | -1.8 | aspect=quality complaint
    # A clean that is needed is dirt ("the place needs a deep clean").
    needs a clean | -1.5 | aspect=cleanliness complaint
    needs a deep clean | -1.5 | aspect=cleanliness complaint
    needs a good clean | -1.5 | aspect=cleanliness complaint
    could do with a clean | -1.5 | aspect=cleanliness complaint
    could do with a deep clean | -1.5 | aspect=cleanliness complaint
    could do with a good clean | -1.5 | aspect=cleanliness complaint
    # Products that fail.
    dies | -1.8 | complaint
    dies fast | -2.4 | aspect=quality complaint
    dies quickly | -2.4 | aspect=quality complaint
    died after | -2.4 | aspect=quality complaint
    drains fast | -2.0 | aspect=quality complaint
    drains quickly | -2.0 | aspect=quality complaint
    drains | -0.8 | complaint
    stopped working | -2.4 | aspect=quality complaint
    quit working | -2.4 | aspect=quality complaint
    stops working | -2.4 | aspect=quality complaint
    stop working | -2.0 | aspect=quality complaint
    not working | -1.8 | aspect=quality complaint
    broke after | -2.2 | aspect=quality complaint
    fell apart | -2.2 | aspect=quality complaint
    falls apart | -2.2 | aspect=quality complaint
    fell off | -1.4 | aspect=quality complaint
    falls off | -1.4 | aspect=quality complaint
    cracked | -1.5 | aspect=quality complaint
    breaks easily | -2.0 | aspect=quality complaint
    break easily | -1.8 | aspect=quality complaint
    breaks easy | -2.0 | aspect=quality complaint
    scratches easily | -1.6 | aspect=quality complaint
    falls out easily | -1.8 | complaint
    falls out | -1.2 | complaint
    flimsy | -1.7 | aspect=quality complaint
    junk | -2.0 | aspect=quality complaint
    garbage | -2.2 | aspect=quality complaint
    unusable | -2.2 | aspect=quality complaint
    unreliable | -1.8 | aspect=quality complaint
    unresponsive | -1.6 | complaint
    laggy | -1.4 | complaint
    glitchy | -1.5 | complaint
    buggy | -1.5 | complaint
    freezes | -1.2 | complaint
    froze | -1.2 | complaint
    crashes | -1.5 | complaint
    crashed | -1.5 | complaint
    crashing | -1.5 | complaint
    hung up on | -1.8 | aspect=service complaint
    negligence | -2.0 | complaint
    negligent | -2.0 | complaint
    inaccurate | -1.4 | complaint
    obsessed with | 1.4 |
    shoutout | 1.5 |
    shout out to | 1.5 |
    # "RIP" mourns what follows: its good is gone ("RIP to my favourite jeans").
    rip | -1.2 | negator negatorWithOwnValence
    disconnecting | -1.4 | complaint
    drops the connection | -1.8 | aspect=quality complaint
    drops connection | -1.8 | aspect=quality complaint
    dropped connection | -1.6 | aspect=quality complaint
    keeps dropping | -1.6 | aspect=quality complaint
    only lasts | -1.6 | aspect=quality complaint
    tinny | -1.4 | aspect=quality complaint
    washed out | -1.2 | aspect=quality
    bulky | -0.8 |
    # Products that do what they should.
    intuitive | 1.6 |
    a breeze | 2.0 |
    as advertised | 1.2 |
    as described | 1.2 |
    does what it says | 1.6 |
    does exactly what it says | 2.0 |
    no issues | 1.5 |
    zero issues | 1.6 |
    no trouble | 1.0 |
    fits like a glove | 2.0 |
    built like a tank | 2.0 |
    # Expectations met, beaten or missed ("exceeded my expectations"; "did not meet our
    # expectations" negates the meeting), and hype lived up to.
    exceeded my expectations | 2.2 |
    exceeded our expectations | 2.2 |
    exceeded all expectations | 2.2 |
    exceeded expectations | 2.2 |
    exceeds expectations | 2.2 |
    exceeds my expectations | 2.2 |
    beyond my expectations | 2.0 |
    beyond our expectations | 2.0 |
    beyond expectations | 2.0 |
    met my expectations | 1.0 |
    met our expectations | 1.0 |
    met expectations | 1.0 |
    meets expectations | 1.0 |
    meet my expectations | 1.0 |
    meet our expectations | 1.0 |
    meet expectations | 1.0 |
    below expectations | -1.5 | complaint
    below my expectations | -1.5 | complaint
    below our expectations | -1.5 | complaint
    live up to | 1.5 |
    lives up to | 1.5 |
    lived up to | 1.5 |
    living up to | 1.5 |
    # Cheap in the hand is poor quality; cheap on the bill stays a price ("cheap and cheerful").
    feels cheap | -1.5 | aspect=quality complaint
    felt cheap | -1.5 | aspect=quality complaint
    looks cheap | -1.2 | aspect=quality
    cheap plastic | -1.5 | aspect=quality complaint
    disconnects | -1.4 | complaint
    keeps disconnecting | -1.8 | complaint
    logs me out | -1.2 | complaint
    peeling off | -1.4 | aspect=quality complaint
    started peeling | -1.5 | aspect=quality complaint
    only lasted | -1.6 | aspect=quality complaint
    rolled his eyes | -1.8 | aspect=service complaint
    rolled her eyes | -1.8 | aspect=service complaint
    rolled their eyes | -1.8 | aspect=service complaint
    had to ask twice | -1.4 | aspect=service complaint
    had to ask three times | -1.6 | aspect=service complaint
    had to ask again | -1.2 | aspect=service complaint
    had to keep asking | -1.6 | aspect=service complaint
    goes nowhere | -1.6 |
    went nowhere | -1.5 |
    going nowhere | -1.4 |
    unavailable | -1.0 | complaint
    portions have shrunk | -1.6 | aspect=price complaint
    # Small portions are a complaint about value however they are put.
    small portions | -1.4 | aspect=price complaint
    tiny portions | -1.6 | aspect=price complaint
    portions were small | -1.4 | aspect=price complaint
    portions were tiny | -1.6 | aspect=price complaint
    portions are small | -1.4 | aspect=price complaint
    portions are tiny | -1.6 | aspect=price complaint
    portion was small | -1.4 | aspect=price complaint
    portion was tiny | -1.6 | aspect=price complaint
    portion is small | -1.4 | aspect=price complaint
    portion is tiny | -1.6 | aspect=price complaint
    # "I want those two hours of my life back": a film or a wait not worth the time.
    hours of my life back | -2.0 |
    minutes of my life back | -2.0 |
    shrunk | -0.8 |
    overheats | -1.7 | complaint
    leaks | -1.4 | complaint
    leaking | -1.4 | complaint
    static | -0.5 |
    dropped calls | -1.8 | complaint
    drops calls | -1.8 | complaint
    poor quality | -2.2 | aspect=quality complaint
    low quality | -2.0 | aspect=quality complaint
    poorly made | -2.1 | aspect=quality complaint
    poorly | -1.5 |
    returned it | -1.5 | complaint
    return it | -1.2 | complaint
    returning it | -1.5 | complaint
    sent it back | -1.6 | complaint
    send it back | -1.3 | complaint
    sending it back | -1.5 | complaint
    money back | -1.2 | complaint
    do not buy | -2.4 | complaint
    don't buy | -2.4 | complaint
    dont buy | -2.4 | complaint
    do not waste | -2.2 |
    don't waste | -2.2 |
    stay away | -2.2 |
    steer clear | -2.2 |
    look elsewhere | -1.8 |
    buyer beware | -2.0 |
    sturdy | 1.5 | aspect=quality
    durable | 1.6 | aspect=quality
    reliable | 1.7 | aspect=quality
    well built | 1.8 | aspect=quality
    works great | 2.6 | aspect=quality
    works well | 2.2 | aspect=quality
    works perfectly | 2.7 | aspect=quality
    works fine | 1.6 | aspect=quality
    works like a charm | 2.7 | aspect=quality
    easy to use | 1.9 |
    crisp | 1.2 |
    counterfeit | -2.0 | complaint
    stop | 0 |
    stops | 0 |
    stopped | 0 |
    rocks | 1.8 |
    rocked | 1.8 |
    convenient | 1.5 |
    handy | 1.4 |
    unnecessary | -1.2 |
    disapointing | -2.2 |
    dissapointing | -2.2 |
    disapointed | -2.1 |
    dissapointed | -2.1 |
    dissapointment | -2.1 |
    disapointment | -2.1 |
    # Films, books and shows.
    believable | 1.2 |
    skip this one | -1.5 |
    skip this movie | -1.5 |
    skip this film | -1.5 |
    legendary | 2.2 |
    predictable | -1.2 |
    cliched | -1.4 |
    clichéd | -1.4 |
    cliche | -1.0 |
    formulaic | -1.3 |
    tedious | -1.8 |
    pointless | -1.8 |
    forgettable | -1.5 |
    unwatchable | -2.6 |
    overlong | -1.2 |
    plodding | -1.4 |
    pretentious | -1.6 |
    contrived | -1.5 |
    wooden | -0.8 |
    lifeless | -1.8 |
    incoherent | -1.6 |
    uninspired | -1.6 |
    unfunny | -1.8 |
    shallow | -1.2 |
    amateurish | -1.8 |
    cheesy | -0.9 |
    lame | -1.8 |
    mindless | -1.4 |
    overrated | -1.5 |
    over rated | -1.5 |
    overacting | -1.5 |
    miscast | -1.4 |
    implausible | -1.2 |
    unconvincing | -1.5 |
    uninteresting | -1.6 |
    unoriginal | -1.4 |
    awkward | -1.0 |
    gripping | 2.2 |
    riveting | 2.4 |
    engrossing | 2.2 |
    captivating | 2.5 |
    mesmerizing | 2.4 |
    touching | 1.8 |
    heartwarming | 2.5 |
    heart warming | 2.5 |
    hilarious | 2.2 |
    witty | 2.0 |
    clever | 1.8 |
    superbly | 2.8 |
    masterful | 2.8 |
    masterfully | 2.8 |
    well crafted | 2.2 |
    well acted | 2.2 |
    underrated | 1.4 |
    refreshing | 1.8 |
    memorable | 1.8 |
    unforgettable | 2.4 |
    # Critics' verdicts VADER 3.3.2 lacks: the words of film, book and product reviews that say
    # a work is stale, slow or overdone, or a find.
    cliché | -1.0 |
    cliches | -1.2 |
    clichés | -1.2 |
    hackneyed | -1.6 |
    banal | -1.4 |
    derivative | -1.2 |
    telegraphed | -1.0 |
    paint by numbers | -1.5 |
    misfire | -1.8 |
    misfires | -1.8 |
    slog | -1.6 |
    snooze | -1.4 |
    snoozefest | -2.2 |
    yawn | -1.0 |
    tiresome | -1.6 |
    ponderous | -1.3 |
    turgid | -1.6 |
    leaden | -1.4 |
    listless | -1.5 |
    meandering | -1.2 |
    muddled | -1.4 |
    uneven | -0.9 |
    choppy | -1.0 |
    bloated | -1.2 |
    overwrought | -1.4 |
    overblown | -1.3 |
    stilted | -1.3 |
    clunky | -1.3 |
    slapdash | -1.6 |
    half baked | -1.6 |
    heavy handed | -1.3 |
    ham fisted | -1.5 |
    paper thin | -1.2 |
    vapid | -1.6 |
    soulless | -1.8 |
    witless | -1.8 |
    schmaltzy | -1.2 |
    saccharine | -1.0 |
    mawkish | -1.4 |
    hokey | -1.2 |
    middling | -0.9 |
    laughable | -1.4 |
    plot hole | -1.4 |
    plot holes | -1.6 |
    style over substance | -1.6 |
    overstays its welcome | -1.8 |
    outstays its welcome | -1.8 |
    wears thin | -1.4 |
    wore thin | -1.4 |
    runs out of steam | -1.6 |
    ran out of steam | -1.6 |
    miss the mark | -1.6 |
    misses the mark | -1.6 |
    missed the mark | -1.6 |
    left me cold | -1.6 |
    leaves me cold | -1.6 |
    # Said of a work that works; negated, that it never does ("never gets off the ground").
    hits the mark | 1.6 |
    hit the mark | 1.6 |
    gets off the ground | 1.0 |
    get off the ground | 1.0 |
    comes together | 1.0 |
    come together | 0.8 |
    finds its footing | 1.0 |
    find its footing | 1.0 |
    works on every level | 2.4 |
    gem | 2.2 |
    gems | 2.0 |
    hidden gem | 2.6 |
    instant classic | 2.6 |
    modern classic | 2.4 |
    tour de force | 2.8 |
    absorbing | 1.8 |
    poignant | 1.4 |
    luminous | 1.8 |
    dazzling | 2.4 |
    enthralling | 2.4 |
    spellbinding | 2.6 |
    uproarious | 2.2 |
    nuanced | 1.4 |
    deft | 1.6 |
    deftly | 1.6 |
    taut | 1.2 |
    rousing | 1.8 |
    well paced | 1.8 |
    edge of your seat | 2.0 |
    edge of my seat | 2.0 |
    laugh out loud | 2.0 |
    must watch | 2.2 |
    worth watching | 1.8 |
    worth seeing | 1.8 |
    worth reading | 1.8 |
    # Coming back is a verdict ("we'll be back", "would go back"); negated, it is a refusal
    # (`Scorer.refusal`: urgency=churn).
    be back | 1.5 | patronage returnIntent
    come back | 1.3 | patronage returnIntent
    coming back | 1.3 | patronage returnIntent
    go back | 1.0 | patronage returnIntent
    going back | 1.0 | patronage returnIntent
    will return | 1.5 |
    had to go back | 0 |
    come back later | 0 |
    # Buying again is the same verdict for a shop ("would buy again"); negated, a refusal.
    buy again | 1.5 | patronage returnIntent
    buy it again | 1.5 | patronage returnIntent
    buy this again | 1.5 | patronage returnIntent
    buy them again | 1.5 | patronage returnIntent
    buy from them again | 1.5 | patronage returnIntent
    buy from here again | 1.5 | patronage returnIntent
    order again | 1.3 | patronage returnIntent
    order it again | 1.3 | patronage returnIntent
    order from them again | 1.3 | patronage returnIntent
    order from here again | 1.3 | patronage returnIntent
    purchase again | 1.5 | patronage returnIntent
    repurchase | 1.2 |
    had to buy it again | 0 |
    had to order again | 0 |
    # Wanting or trying to like something is how a let-down is told ("I really wanted to like
    # this place"); "like new" is a condition, not a liking.
    wanted to like | -1.0 |
    tried to like | -1.0 |
    want to like | -0.8 |
    wanted to love | -1.0 |
    tried to love | -1.0 |
    like new | 1.5 |
    like brand new | 1.8 |
    very patient | 1.6 |
    so patient | 1.6 |
    extremely patient | 1.8 |
    really patient | 1.6 |
    # British spellings of VADER 3.3.2 entries, with the same ratings ("favorite" 2.0).
    favourite | 2.0 |
    favourites | 1.8 |
    favourable | 2.1 |
    favourably | 1.6 |
    honourably | 2.4 |
    humourless | -1.3 |
    demoralised | -1.6 |
    agonisingly | -2.3 |
    tumour | -1.6 |
    # Everyday verdicts VADER 3.3.2 lacks, British and online ones among them.
    rubbish | -2.0 |
    naff | -1.2 |
    gutted | -1.8 |
    chuffed | 2.0 |
    brill | 2.2 |
    unbearable | -2.2 |
    stellar | 2.3 |
    trash | -1.5 |
    trashy | -1.5 |
    cringe | -1.5 |
    cringey | -1.6 |
    cringy | -1.6 |
    cringeworthy | -1.8 |
    yikes | -1.2 |
    yum | 2.0 |
    delish | 2.2 |
    epic | 1.6 |
    epic fail | -2.5 |
    underwhelmed | -1.6 |
    nightmare | -2.5 |
    nightmares | -2.2 |
    nightmarish | -2.5 |
    shambles | -2.2 |
    diabolical | -2.4 |
    botched | -2.0 |
    sloppy | -1.8 |
    shabby | -1.6 |
    overdone | -1.2 |
    hectic | -0.8 |
    faff | -1.2 |
    seamless | 1.8 |
    uplifting | 2.2 |
    bleak | -1.6 |
    unmemorable | -1.5 |
    overhyped | -1.6 |
    gimmicky | -1.4 |
    corny | -1.2 |
    shady | -1.5 |
    sketchy | -1.4 |
    untrustworthy | -2.0 |
    over the moon | 2.6 |
    never gets old | 2.2 |
    # Puzzlement is a verdict ("what they were thinking is beyond me").
    is beyond me | -1.8 |
    # Everyday misfortune VADER 3.3.2 lacks.
    passed away | -2.0 |
    headache | -1.5 |
    migraine | -1.8 |
    can't sleep | -1.2 |
    cant sleep | -1.2 |
    couldn't sleep | -1.2 |
    # Strong verdicts VADER 3.3.2 lacks.
    abysmal | -3.0 |
    atrocious | -3.0 |
    shoddy | -2.0 | aspect=quality complaint
    incomprehensible | -1.8 |
    below average | -1.8 |
    below par | -1.6 |
    hardly any | -1.2 |
    barely any | -1.2 |
    went black | -1.8 | aspect=quality complaint
    stopped charging | -2.2 | aspect=quality complaint
    phenomenal | 3.0 |
    sublime | 2.8 |
    exquisite | 2.8 |
    impeccable | 2.8 |
    moreish | 2.2 | aspect=quality
    fluffy | 1.2 | aspect=quality
    tepid | -1.2 | aspect=quality complaint
    surly | -2.0 | aspect=service complaint
    patronising | -1.8 | aspect=service complaint
    patronizing | -1.8 | aspect=service complaint
    inefficient | -1.6 | complaint
    disorganised | -1.6 | complaint
    overworked | -1.0 |
    spacious | 1.5 | aspect=ambience
    extortionate | -2.4 | aspect=price complaint
    exorbitant | -2.0 | aspect=price complaint
    # Verdicts of news and opinion writing.
    victory | 2.4 |
    setback | -1.6 |
    sensible | 1.4 |
    breakthrough | 2.0 |
    corruption | -2.4 |
    prosperity | 2.2 |
    # Set phrases of opinion writing whose words say little or the opposite ("slap" is 0.4 in VADER).
    slap in the face | -2.0 |
    in the right direction | 1.4 |
    in the wrong direction | -1.4 |
    dragged their feet | -1.5 |
    dragging their feet | -1.5 |
    drag their feet | -1.5 |
    tone deaf | -1.8 |
    left in the dark | -1.3 |
    kept in the dark | -1.3 |
    on the mend | 1.5 |
    # News of harm in the plural, which VADER rates only in the singular ("injury", "death").
    injuries | -1.8 |
    deaths | -2.6 |
    casualties | -2.2 |
    wounded | -2.2 |
    # Politics' parties are no celebration (VADER's "party" is 1.7), and blame shared is blame.
    both parties | 0 |
    political parties | 0 |
    share the blame | -1.4 |
    # Asides that say an opinion is coming, not what it is ("not gonna lie, …").
    not gonna lie | 0 |
    not going to lie | 0 |
    no cap | 0 |
    # Ratings written out.
    five stars | 2.8 |
    5 stars | 2.8 |
    4 stars | 1.8 |
    four stars | 1.8 |
    3 stars | 0 |
    three stars | 0 |
    2 stars | -1.5 |
    two stars | -1.5 |
    one star | -2.5 |
    1 star | -2.5 |
    zero stars | -3.0 |
    0 stars | -3.0 |
    no stars | -3.0 |
    six stars | 3.0 |
    6 stars | 3.0 |
    more stars | 2.2 |
    wish i could give more | 2.5 |
    wish we could give more | 2.5 |
    10/10 | 2.8 |
    9/10 | 2.4 |
    8/10 | 1.8 |
    2/10 | -2.2 |
    1/10 | -2.6 |
    0/10 | -3.0 |
    5/5 | 2.8 |
    1/5 | -2.4 |
    """
}
