extension RuleTables {
    /// Contrastive and concessive conjunctions, and words that end a clause.
    static let contrast = """
    # What follows these counts more; what came before counts less.
    but | | contrastive
    however | | contrastive
    yet | | contrastive clauseInitialOnly
    nevertheless | | contrastive
    nonetheless | | contrastive
    that said | | contrastive
    having said that | | contrastive
    on the other hand | | contrastive
    then again | | contrastive
    since then | | contrastive clauseInitialOnly
    unfortunately | | contrastive
    sadly | | contrastive
    though | | concessive trailingContrast
    tho | | concessive trailingContrast
    # These open a clause that is conceded: it counts less than the rest.
    although | | concessive
    albeit | | concessive
    even though | | concessive
    even if | | concessive
    despite | | concessive
    in spite of | | concessive
    whereas | | concessive
    except | | concessive
    except for | | concessive
    apart from | | concessive
    aside from | | concessive
    other than | | concessive
    granted | | concessive
    # Clause boundaries for negation scope and aspect clauses.
    and | | clauseBreak
    because | | clauseBreak
    since | | clauseBreak
    which | | clauseBreak
    who | | clauseBreak
    when | | clauseBreak
    while | | clauseBreak
    whilst | | clauseBreak
    if | | clauseBreak
    unless | | clauseBreak
    until | | clauseBreak
    so that | | clauseBreak
    # It opens another alternative, which a negation before it does not reach ("not enough
    # flavour or simply bad"); a bare "or" carries it on ("not hot or fresh"). "or just" needs no
    # row: "just" past a negator ends its scope (`TermRoles.restatement`).
    or simply | | clauseBreak
    plus | | clauseBreak
    also | | clauseBreak
    then | | clauseBreak
    as well as | | clauseBreak
    """
}
