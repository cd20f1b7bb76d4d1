extension Query {
    /// The fewest characters a word being typed needs before it matches as a prefix: shorter
    /// ones ("a", "th") would match most items of a big store at every keystroke.
    public static let typedPrefixLength = 3

    /// The query as a search-as-you-type line means it: the word still being typed (a free word
    /// that ends the text, with no space after it) also matches the words it begins, so that
    /// "coff" already finds "coffee"; once a space follows, it is a whole word again. Words of
    /// fewer than `typedPrefixLength` characters, phrases and `key:value` terms are unchanged.
    public func matchingTypedWordAsPrefix() -> Query {
        guard let last = terms.last, case .word(let word, prefix: false) = last.match,
              word.count >= Self.typedPrefixLength, text.hasSuffix(last.token) else { return self }
        var typed = terms
        typed[typed.count - 1].match = .word(word, prefix: true)
        return Query(text: text, terms: typed)
    }
}
