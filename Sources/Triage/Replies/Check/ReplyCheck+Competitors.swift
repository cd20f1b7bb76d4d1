import Foundation

extension ReplyCheck {
    /// A competitor's name or alias, as a whole word or phrase (letter case and accents ignored).
    static func competitors(_ text: LocatedText, names: [String]) -> [ReplyFlag] {
        names.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.flatMap { name in
            occurrences(of: name, in: text.text).map {
                text.flag(.competitor, $0, reason: "names a competitor (\(name)): answer about your own place; naming others reads as an attack or an advert")
            }
        }
    }

    private static func occurrences(of name: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: name, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false), !(after?.isLetter ?? false || after?.isNumber ?? false) {
                found.append(range)
            }
            start = range.upperBound
        }
        return found
    }
}
