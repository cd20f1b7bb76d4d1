extension RuleTables {
    /// Urgency, spam and complaint cues (urgency kinds: churn, refund, chargeback, legal,
    /// health-safety, public-escalation).
    static let signals = """
    never returning | -2.2 | urgency=churn complaint
    never return | -2.2 | urgency=churn complaint
    never again | -2.2 | urgency=churn complaint
    # Refusing to come back or buy again is a rule, not a list of phrases (`Scorer.refusal`): a
    # negated verb of patronage, then a word of return in its clause ("never buy anything from
    # them again", "won't eat here anymore", "not going there again"), or a negated verdict of
    # coming back ("won't be back", "not buying it again", tagged in the reviews table).
    buy | | patronage
    buying | | patronage
    bought | | patronage
    order | | patronage
    ordering | | patronage
    ordered | | patronage
    purchase | | patronage
    purchasing | | patronage
    purchased | | patronage
    eat | | patronage
    eating | | patronage
    ate | | patronage
    dine | | patronage
    dining | | patronage
    dined | | patronage
    go | | patronage
    going | | patronage
    went | | patronage
    come | | patronage
    coming | | patronage
    visit | | patronage
    visiting | | patronage
    visited | | patronage
    shop | | patronage
    shopping | | patronage
    shopped | | patronage
    use | | patronage
    using | | patronage
    stay | | patronage
    staying | | patronage
    stayed | | patronage
    book | | patronage
    booking | | patronage
    set foot | | patronage
    step foot | | patronage
    again | | returnIntent
    anymore | | returnIntent
    not be returning | -2.0 | urgency=churn complaint
    won't be returning | -2.0 | urgency=churn complaint
    won't return | -2.0 | urgency=churn complaint
    will not return | -2.0 | urgency=churn complaint
    will not be returning | -2.0 | urgency=churn complaint
    last time i | -1.2 | urgency=churn complaint
    done with this place | -2.0 | urgency=churn complaint
    done with that place | -2.0 | urgency=churn complaint
    done with them | -1.6 | urgency=churn complaint
    done with you | -1.6 | urgency=churn complaint
    done with this company | -2.0 | urgency=churn complaint
    lost a customer | -2.2 | urgency=churn complaint
    lost my business | -2.2 | urgency=churn complaint
    lost our business | -2.2 | urgency=churn complaint
    business elsewhere | -1.8 | urgency=churn complaint
    go elsewhere | -1.4 | urgency=churn complaint
    going elsewhere | -1.4 | urgency=churn complaint
    find another | -0.8 | urgency=churn
    cancel my | -1.0 | urgency=churn complaint
    cancelled my | -1.0 | urgency=churn complaint
    canceled my | -1.0 | urgency=churn complaint
    cancelling my | -1.0 | urgency=churn complaint
    canceling my | -1.0 | urgency=churn complaint
    switching to | -0.5 | urgency=churn
    refund | -0.8 | urgency=refund complaint
    refunds | -0.6 | urgency=refund
    refunded | -0.3 | urgency=refund
    full refund | -1.2 | urgency=refund complaint
    my money back | -1.5 | urgency=refund complaint
    want my money | -1.8 | urgency=refund complaint
    reimburse | -0.6 | urgency=refund complaint
    reimbursement | -0.6 | urgency=refund complaint
    compensation | -0.6 | urgency=refund complaint
    chargeback | -1.5 | urgency=chargeback complaint
    charge back | -1.5 | urgency=chargeback complaint
    dispute the charge | -1.8 | urgency=chargeback complaint
    disputed the charge | -1.8 | urgency=chargeback complaint
    disputing the charge | -1.8 | urgency=chargeback complaint
    call my bank | -1.4 | urgency=chargeback complaint
    called my bank | -1.4 | urgency=chargeback complaint
    contact my bank | -1.4 | urgency=chargeback complaint
    contacted my bank | -1.4 | urgency=chargeback complaint
    credit card company | -1.0 | urgency=chargeback
    lawyer | -1.0 | urgency=legal complaint
    lawyers | -1.0 | urgency=legal complaint
    attorney | -1.0 | urgency=legal complaint
    solicitor | -1.0 | urgency=legal complaint
    sue | -1.8 | urgency=legal complaint
    suing | -1.8 | urgency=legal complaint
    lawsuit | -1.8 | urgency=legal complaint
    legal action | -2.0 | urgency=legal complaint
    small claims | -1.8 | urgency=legal complaint
    trading standards | -1.5 | urgency=legal complaint
    consumer protection | -1.2 | urgency=legal complaint
    discrimination | -2.2 | urgency=legal complaint
    discriminated | -2.4 | urgency=legal complaint
    food poisoning | -2.8 | urgency=health-safety complaint
    got sick | -2.4 | urgency=health-safety complaint
    get sick | -2.0 | urgency=health-safety complaint
    getting sick | -2.2 | urgency=health-safety complaint
    made me sick | -2.6 | urgency=health-safety complaint
    made us sick | -2.6 | urgency=health-safety complaint
    made him sick | -2.6 | urgency=health-safety complaint
    made her sick | -2.6 | urgency=health-safety complaint
    threw up | -2.4 | urgency=health-safety complaint
    throwing up | -2.4 | urgency=health-safety complaint
    vomit | -2.4 | urgency=health-safety complaint
    vomited | -2.4 | urgency=health-safety complaint
    vomiting | -2.4 | urgency=health-safety complaint
    diarrhea | -2.3 | urgency=health-safety complaint
    allergic reaction | -2.4 | urgency=health-safety complaint
    anaphylactic | -2.6 | urgency=health-safety complaint
    anaphylaxis | -2.8 | urgency=health-safety complaint
    had a reaction | -2.0 | urgency=health-safety complaint
    epipen | -2.2 | urgency=health-safety complaint
    epi pen | -2.2 | urgency=health-safety complaint
    hospital | -0.8 | urgency=health-safety
    emergency room | -1.5 | urgency=health-safety complaint
    injured | -2.2 | urgency=health-safety complaint
    injury | -1.8 | urgency=health-safety complaint
    unsafe | -2.1 | urgency=health-safety complaint
    dangerous | | urgency=health-safety complaint
    hazard | -1.8 | urgency=health-safety complaint
    cockroach | -2.5 | urgency=health-safety aspect=cleanliness complaint
    cockroaches | -2.5 | urgency=health-safety aspect=cleanliness complaint
    roach | -2.4 | urgency=health-safety aspect=cleanliness complaint
    roaches | -2.4 | urgency=health-safety aspect=cleanliness complaint
    mouse droppings | -2.7 | urgency=health-safety aspect=cleanliness complaint
    rat droppings | -2.7 | urgency=health-safety aspect=cleanliness complaint
    mice droppings | -2.7 | urgency=health-safety aspect=cleanliness complaint
    droppings | -2.2 | urgency=health-safety aspect=cleanliness complaint
    saw a mouse | -2.2 | urgency=health-safety aspect=cleanliness complaint
    saw a rat | -2.4 | urgency=health-safety aspect=cleanliness complaint
    saw mice | -2.2 | urgency=health-safety aspect=cleanliness complaint
    saw rats | -2.4 | urgency=health-safety aspect=cleanliness complaint
    mice in | -2.2 | urgency=health-safety aspect=cleanliness complaint
    rats in | -2.2 | urgency=health-safety aspect=cleanliness complaint
    rodent | -2.2 | urgency=health-safety aspect=cleanliness complaint
    rodents | -2.2 | urgency=health-safety aspect=cleanliness complaint
    vermin | -2.4 | urgency=health-safety aspect=cleanliness complaint
    infested | -2.5 | urgency=health-safety aspect=cleanliness complaint
    infestation | -2.5 | urgency=health-safety aspect=cleanliness complaint
    bed bugs | -2.6 | urgency=health-safety aspect=cleanliness complaint
    bedbugs | -2.6 | urgency=health-safety aspect=cleanliness complaint
    hair in my | -2.2 | urgency=health-safety aspect=cleanliness complaint
    hair in the | -2.0 | urgency=health-safety aspect=cleanliness complaint
    hair in it | -2.0 | urgency=health-safety aspect=cleanliness complaint
    hair in our | -2.0 | urgency=health-safety aspect=cleanliness complaint
    hair baked | -2.2 | urgency=health-safety aspect=cleanliness complaint
    found a hair | -2.0 | urgency=health-safety aspect=cleanliness complaint
    found hair | -2.0 | urgency=health-safety aspect=cleanliness complaint
    glass in | -2.4 | urgency=health-safety complaint
    bug in | -2.0 | urgency=health-safety aspect=cleanliness complaint
    fly in | -1.8 | urgency=health-safety aspect=cleanliness complaint
    caterpillar | -2.0 | urgency=health-safety aspect=cleanliness complaint
    worm | -2.0 | urgency=health-safety aspect=cleanliness complaint
    worms | -2.0 | urgency=health-safety aspect=cleanliness complaint
    maggot | -2.6 | urgency=health-safety aspect=cleanliness complaint
    maggots | -2.6 | urgency=health-safety aspect=cleanliness complaint
    mold | -2.0 | urgency=health-safety aspect=cleanliness complaint
    moldy | -2.2 | urgency=health-safety aspect=cleanliness complaint
    mouldy | -2.2 | urgency=health-safety aspect=cleanliness complaint
    raw chicken | -2.4 | urgency=health-safety aspect=quality complaint
    undercooked chicken | -2.4 | urgency=health-safety aspect=quality complaint
    salmonella | -2.8 | urgency=health-safety complaint
    expired | -1.5 | urgency=health-safety complaint
    better business bureau | -1.5 | urgency=public-escalation complaint
    bbb | -1.2 | urgency=public-escalation complaint
    health department | -1.6 | urgency=public-escalation complaint
    health inspector | -1.4 | urgency=public-escalation complaint
    report you | -1.6 | urgency=public-escalation complaint
    reporting you | -1.6 | urgency=public-escalation complaint
    reported you | -1.6 | urgency=public-escalation complaint
    report this to | -1.4 | urgency=public-escalation complaint
    reported this to | -1.4 | urgency=public-escalation complaint
    reporting this to | -1.4 | urgency=public-escalation complaint
    the news | | urgency=public-escalation
    local news | -0.5 | urgency=public-escalation
    journalist | | urgency=public-escalation
    social media | | urgency=public-escalation
    tell everyone | -1.2 | urgency=public-escalation complaint
    telling everyone | -1.2 | urgency=public-escalation complaint
    warn everyone | -1.8 | urgency=public-escalation complaint
    warn others | -1.8 | urgency=public-escalation complaint
    warning others | -1.8 | urgency=public-escalation complaint
    # A one-star review promised is a public complaint, as negative as the rating itself.
    one star review | -2.5 | urgency=public-escalation complaint
    1 star review | -2.5 | urgency=public-escalation complaint
    posting this everywhere | -1.2 | urgency=public-escalation complaint
    post this everywhere | -1.2 | urgency=public-escalation complaint
    all my friends | | urgency=public-escalation
    everyone i know | | urgency=public-escalation
    # Spam: selling something.
    promo code | | promotion
    discount code | | promotion
    coupon code | | promotion
    referral code | | promotion
    use code | | promotion
    use my code | | promotion
    my code | | promotion
    click here | | promotion
    click the link | | promotion
    link in bio | | promotion
    link in my bio | | promotion
    buy now | | promotion
    order now | | promotion
    limited time offer | | promotion
    limited offer | | promotion
    special offer | | promotion
    dm me | | promotion
    dm for | | promotion
    message me on | | promotion
    whatsapp | | promotion
    telegram | | promotion
    follow me | | promotion
    follow us | | promotion
    check out my | | promotion
    visit my | | promotion
    subscribe to my | | promotion
    my channel | | promotion
    earn money | | promotion offTopic
    make money | | promotion offTopic
    work from home | | promotion offTopic
    get paid | | promotion offTopic
    free followers | | promotion offTopic
    guaranteed results | | promotion
    # Search-ranking pitches ("not ranking on the first page of Google … free audit").
    dear business owner | | promotion
    first page of google | | promotion offTopic
    page 1 of google | | promotion offTopic
    free audit | | promotion
    free seo audit | | promotion
    best price guaranteed | | promotion
    # Spam: about something else.
    crypto | | offTopic
    cryptocurrency | | offTopic
    bitcoin | | offTopic
    btc | | offTopic
    forex | | offTopic
    casino | | offTopic
    betting | | offTopic
    viagra | | offTopic
    cialis | | offTopic
    loan | | offTopic
    loans | | offTopic
    seo | | offTopic
    backlinks | | offTopic
    followers | | offTopic
    porn | | offTopic
    xxx | | offTopic
    onlyfans | | offTopic
    investment | | offTopic
    investing | | offTopic
    weight loss | | offTopic
    # Phishing: a fake bill or account warning (two cues make it spam).
    dear customer | | offTopic
    dear valued customer | | offTopic
    service suspension | | offTopic
    account suspension | | offTopic
    account suspended | | offTopic
    verify your account | | offTopic
    confirm payment details | | offTopic
    confirm your payment details | | offTopic
    update your payment details | | offTopic
    secure link | | offTopic
    """
}
