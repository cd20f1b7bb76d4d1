import Testing
@testable import Sentiment

/// The token layout the scorer relies on: `Token.number` writes `clause` and `sentence` with
/// one eight-byte store at `Token.clauseOffset`, and `Scorer.init` an entry's roles at
/// `Token.rolesOffset`.
@Suite("token layout")
struct TokenLayoutTests {
    @Test func clauseThenSentenceSitAtTheNumberingOffset() {
        #expect(MemoryLayout<Token>.offset(of: \Token.clause) == Token.clauseOffset)
        #expect(MemoryLayout<Token>.offset(of: \Token.sentence) == Token.clauseOffset + 4)
    }

    /// `Scorer.init` clears the roles of the tokens before the first with one store each.
    @Test func rolesSitAtTheRolesOffset() {
        #expect(MemoryLayout<Token>.offset(of: \Token.lex.roles) == Token.rolesOffset)
    }

    /// The kinds' bit sets name the cases they stand for.
    @Test func kindBitSetsMatchTheCases() {
        let kinds = (UInt8(0)...UInt8(15)).compactMap { TokenKind(rawValue: $0) }
        #expect(kinds.count == 10)
        for kind in kinds {
            let token = Token(kind: kind, textStart: 0, textEnd: 1)
            #expect(token.isWordLike == [.word, .number, .emoticon, .symbol].contains(kind))
            #expect(kind.endsSentence == [.sentenceMark, .exclamation, .question].contains(kind))
        }
    }

    @Test func numberingSetsBothFields() {
        let unit = UnsafeMutablePointer<Token>.allocate(capacity: 1)
        defer { unit.deallocate() }
        unit.initialize(to: Token(kind: .word, textStart: 0, textEnd: 1))
        Token.number(unit, clause: 3, sentence: -2)
        #expect(unit.pointee.clause == 3)
        #expect(unit.pointee.sentence == -2)
        #expect(unit.pointee.weight == 1)
    }
}
