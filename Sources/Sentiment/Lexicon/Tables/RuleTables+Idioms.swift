extension RuleTables {
    /// Multi-word expressions: their valence replaces the valences of their words.
    static let idioms = """
    # VADER 3.3.2's special cases and idioms.
    the shit | 3.0 |
    the bomb | 3.0 |
    bad ass | 1.5 |
    badass | 1.5 |
    bus stop | 0 |
    yeah right | -2.0 |
    kiss of death | -1.5 |
    to die for | 3.0 |
    beating heart | 3.5 |
    broken heart | -2.9 |
    cut the mustard | 2.0 |
    hand to mouth | -2.0 |
    back handed | -2.0 |
    blow smoke | -2.0 |
    blowing smoke | -2.0 |
    upper hand | 1.0 |
    break a leg | 2.0 |
    cooking with gas | 2.0 |
    in the black | 2.0 |
    in the red | -2.0 |
    on the ball | 2.0 |
    under the weather | -2.0 |
    # Questions that ask rather than deny ("Isn't it great?", "Weren't they rude!"): at the start
    # of a clause they leave what follows as it is; elsewhere they negate ("why isn't it ready").
    isn't it | 0 | clauseInitialOnly
    isn't this | 0 | clauseInitialOnly
    isn't that | 0 | clauseInitialOnly
    isn't she | 0 | clauseInitialOnly
    isn't he | 0 | clauseInitialOnly
    wasn't it | 0 | clauseInitialOnly
    wasn't this | 0 | clauseInitialOnly
    wasn't that | 0 | clauseInitialOnly
    wasn't she | 0 | clauseInitialOnly
    wasn't he | 0 | clauseInitialOnly
    ain't it | 0 | clauseInitialOnly
    ain't this | 0 | clauseInitialOnly
    ain't that | 0 | clauseInitialOnly
    ain't she | 0 | clauseInitialOnly
    ain't he | 0 | clauseInitialOnly
    aren't they | 0 | clauseInitialOnly
    aren't you | 0 | clauseInitialOnly
    aren't these | 0 | clauseInitialOnly
    aren't those | 0 | clauseInitialOnly
    weren't they | 0 | clauseInitialOnly
    weren't you | 0 | clauseInitialOnly
    weren't these | 0 | clauseInitialOnly
    weren't those | 0 | clauseInitialOnly
    # Praise that no amount is enough for, after whichever negator it blocks ("can't recommend
    # them enough", "could not recommend this place more", "couldn't thank the staff enough").
    recommend it enough | 3.2 | negationBlocker
    recommend them enough | 3.2 | negationBlocker
    recommend this place enough | 3.2 | negationBlocker
    recommend this enough | 3.2 | negationBlocker
    recommend her enough | 3.2 | negationBlocker
    recommend him enough | 3.2 | negationBlocker
    recommend you enough | 3.2 | negationBlocker
    recommend enough | 3.2 | negationBlocker
    recommend highly enough | 3.2 | negationBlocker
    recommend it highly enough | 3.2 | negationBlocker
    recommend them highly enough | 3.2 | negationBlocker
    recommend this place highly enough | 3.2 | negationBlocker
    recommend her highly enough | 3.2 | negationBlocker
    recommend him highly enough | 3.2 | negationBlocker
    recommend you highly enough | 3.2 | negationBlocker
    recommend it more | 3.2 | negationBlocker
    recommend them more | 3.2 | negationBlocker
    recommend this place more | 3.2 | negationBlocker
    thank you enough | 2.5 | negationBlocker
    thank them enough | 2.5 | negationBlocker
    thank her enough | 2.5 | negationBlocker
    thank him enough | 2.5 | negationBlocker
    thank the staff enough | 2.5 | negationBlocker
    thank the team enough | 2.5 | negationBlocker
    praise it enough | 2.6 | negationBlocker
    praise them enough | 2.6 | negationBlocker
    praise this place enough | 2.6 | negationBlocker
    # Negations that are not ("no problem" is fine, "can't wait" is eager).
    no problem | 1.2 |
    no problems | 1.5 |
    not a problem | 1.2 |
    no worries | 1.2 |
    no complaints | 1.8 |
    no doubt | 0 | negationBlocker
    without a doubt | 1.0 |
    no wonder | 0 |
    no matter | 0 |
    can't believe | 0 | booster=0.3
    cannot believe | 0 | booster=0.3
    couldn't believe | 0 | booster=0.3
    could not believe | 0 | booster=0.3
    didn't know | 0 |
    did not know | 0 |
    never knew | 0 |
    didn't expect | 0 |
    did not expect | 0 |
    never expected | 0 |
    don't have to | 0 |
    do not have to | 0 |
    didn't have to | 0 |
    don't make the same mistake | -2.0 |
    do not make the same mistake | -2.0 |
    the same mistake | -1.2 |
    couldn't ask for a better | 2.8 |
    could not ask for a better | 2.8 |
    not only | 0 |
    not just | 0 |
    nothing but | 0 |
    can't wait | 2.0 |
    cant wait | 2.0 |
    cannot wait | 2.0 |
    can't complain | 1.2 |
    cant complain | 1.2 |
    can't go wrong | 2.2 |
    cant go wrong | 2.2 |
    you can't go wrong | 2.2 |
    can't beat | 2.0 |
    cant beat | 2.0 |
    can't fault | 2.0 |
    can't miss | 1.5 |
    don't miss | 1.5 |
    not to be missed | 2.2 |
    can't say enough | 2.8 |
    couldn't be happier | 3.0 |
    could not be happier | 3.0 |
    couldn't be better | 3.0 |
    couldn't have been better | 3.0 |
    couldn't ask for more | 2.8 |
    couldn't ask for better | 2.8 |
    never been better | 2.8 |
    never disappoints | 2.6 |
    never disappoint | 2.6 |
    never fails | 2.0 |
    never fails to | 1.5 |
    not bad | 1.2 |
    not too bad | 1.0 |
    not too shabby | 1.5 |
    could be worse | 0.4 |
    could have been worse | 0.4 |
    not for me | -1.0 |
    not what i expected | -0.8 |
    just what i needed | 1.8 |
    exactly what i needed | 1.8 |
    just what i wanted | 1.8 |
    exactly what i wanted | 1.8 |
    # "Anything but friendly" denies what follows, like "not".
    anything but | 0 | negator
    not bad at all | 1.8 |
    not half bad | 1.5 |
    nothing wrong | 1.0 |
    # Negative expressions without a negative word.
    can't stand | -2.5 |
    cant stand | -2.5 |
    cannot stand | -2.5 |
    fed up | -2.0 |
    screwed up | -1.5 |
    messed up | -1.7 |
    could have been better | -1.5 |
    could've been better | -1.5 |
    could be better | -1.2 |
    should have been better | -1.7 |
    expected more | -1.5 |
    # "X at best" grants X as the most it gets to ("average at best", "slow at best").
    at best | -2.0 |
    # Comparisons that put the thing reviewed below something else ("I've had better",
    # "sound better than these"); "nothing better than this" is still praise, by negation.
    have had better | -1.5 |
    i've had better | -1.5 |
    ive had better | -1.5 |
    we've had better | -1.5 |
    he's had better | -1.5 |
    she's had better | -1.5 |
    nothing better than | 2.0 |
    doesn't get better than this | 2.6 |
    doesn't get any better | 2.4 |
    does not get any better | 2.4 |
    doesn't get much better | 2.2 |
    couldn't get any better | 2.6 |
    could not get any better | 2.6 |
    couldn't get better | 2.4 |
    can't get any better | 2.4 |
    can't get better | 2.2 |
    # Things that could not get worse are as bad as they get.
    couldn't get any worse | -2.2 |
    could not get any worse | -2.2 |
    couldn't get worse | -2.0 |
    can't get any worse | -2.0 |
    couldn't be worse | -2.4 |
    could not be worse | -2.4 |
    couldn't have been worse | -2.4 |
    better than this | -1.2 |
    better than these | -1.2 |
    better than that | -1.0 |
    find better | -1.2 |
    expect better | -1.5 |
    hoping for more | -1.4 |
    hoped for more | -1.4 |
    # "Far from the best" denies what follows, like "not".
    far from | 0 | negator
    # What was and is no more ("used to be my favourite", "this used to be spotless").
    used to be | 0 | negator
    nothing beats | 2.2 |
    nothing beat | 2.0 |
    # Owed more than was given: a rebuke ("voters deserve better than empty slogans").
    deserve better | -1.6 |
    deserves better | -1.6 |
    deserved better | -1.6 |
    # Short of a mark, owed a credit: verdicts of opinion writing.
    falls short | -1.5 |
    fell short | -1.5 |
    fall short | -1.4 |
    falling short | -1.4 |
    deserves credit | 1.8 |
    deserve credit | 1.8 |
    unanswered | -0.8 |
    # Praise in slang that VADER reads as violence ("killing it", "dinner was bomb").
    killing it | 2.2 |
    is bomb | 2.0 |
    was bomb | 2.0 |
    so bomb | 2.2 |
    nailed it | 2.0 |
    this slaps | 2.0 |
    # Online exasperation VADER lacks.
    this ain't it | -1.5 |
    so done with | -1.5 |
    fml | -2.0 |
    # A lift to someone's day that no word of it carries ("she made our day").
    made my day | 2.3 |
    made my week | 2.3 |
    made my night | 2.3 |
    made my morning | 2.3 |
    made my weekend | 2.3 |
    made our day | 2.3 |
    made our week | 2.3 |
    made our night | 2.3 |
    made our morning | 2.3 |
    made our weekend | 2.3 |
    makes my day | 2.3 |
    makes my week | 2.3 |
    makes my night | 2.3 |
    makes my morning | 2.3 |
    makes my weekend | 2.3 |
    makes our day | 2.3 |
    makes our week | 2.3 |
    makes our night | 2.3 |
    makes our morning | 2.3 |
    makes our weekend | 2.3 |
    make my day | 2.3 |
    make our day | 2.3 |
    made her day | 2.3 |
    made his day | 2.3 |
    # Reviewers' set phrases whose words say little or the opposite ("a cut above", "left a
    # lot to be desired", "not a patch on").
    above and beyond | 2.5 |
    the extra mile | 2.2 |
    a cut above | 2.0 |
    more than made up for | 1.8 |
    made up for | 1.2 |
    makes up for | 1.2 |
    does the job | 1.2 |
    did the job | 1.2 |
    not a patch on | -1.8 |
    not my cup of tea | -1.2 |
    to be desired | -1.6 |
    first and last time | -1.8 |
    # Failing at something denies it ("failed to impress") and is a failure itself, as much
    # as VADER rates the verb.
    failed to | -2.3 | negator
    fails to | -1.8 | negator
    fail to | -2.5 | negator
    failing to | -2.3 | negator
    never failed to | 1.5 |
    never fail to | 1.5 |
    failed to deliver | -2.2 | negator
    fails to deliver | -2.2 | negator
    # Doubt that denies what follows ("unlikely to survive", "hard to see how this helps").
    unlikely to | 0 | negator
    hard to see how | 0 | negator
    difficult to see how | 0 | negator
    # Frankness that announces an opinion without being one.
    to be honest | 0 |
    let's be honest | 0 |
    lets be honest | 0 |
    expected better | -1.6 |
    not worth | -1.8 |
    not worth it | -2.0 |
    worth it | 1.8 |
    worth the wait | 2.2 |
    worth every penny | 2.8 |
    worth the money | 2.0 |
    worth the price | 2.0 |
    waste of money | -2.6 |
    waste of time | -2.5 |
    a waste | -2.2 |
    thanks for nothing | -2.3 |
    nothing special | -1.0 |
    nothing to write home about | -1.2 |
    nothing to rave about | -1.0 |
    not impressed | -1.8 |
    what a joke | -2.2 |
    a joke | -1.6 |
    a steal | 2.0 |
    absolute steal | 2.2 |
    real steal | 2.0 |
    rip off | -2.3 |
    ripoff | -2.3 |
    ripped off | -2.4 |
    let down | -1.8 |
    a letdown | -1.8 |
    letdown | -1.8 |
    fell asleep | -1.4 |
    walked out | -1.4 |
    turned it off | -1.5 |
    fell flat | -1.8 |
    falls flat | -1.8 |
    over the top | -0.5 |
    over hyped | -1.4 |
    thumbs up | 2.0 |
    thumbs down | -2.0 |
    hands down | 1.5 |
    top notch | 2.8 |
    second to none | 2.8 |
    spot on | 2.2 |
    on point | 2.0 |
    hit the spot | 2.2 |
    blew me away | 2.8 |
    blown away | 2.8 |
    melt in your mouth | 2.6 |
    bang for your buck | 2.0 |
    bang for the buck | 2.0 |
    must try | 2.2 |
    must see | 2.2 |
    a must | 2.0 |
    highly recommended | 2.6 |
    well worth | 2.2 |
    well done | 2.0 |
    well made | 1.8 |
    well written | 1.8 |
    save your money | -2.0 |
    save your time | -1.6 |
    off putting | -1.8 |
    gave up | -1.0 |
    dropped the ball | -1.8 |
    gone downhill | -1.8 |
    went downhill | -1.8 |
    going downhill | -1.6 |
    not what it used to be | -1.6 |
    not what it was | -1.4 |
    out of this world | 2.8 |
    must visit | 2.0 |
    must buy | 2.0 |
    last time buying | -1.8 | urgency=churn complaint
    last time ordering | -1.8 | urgency=churn complaint
    as well | 0 |
    as well as | 0 | clauseBreak
    """
}
