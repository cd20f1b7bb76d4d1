extension ReplyCheck {
    /// Cheerful words on a one- or two-star review or a complaint (a thank-you template sent to
    /// someone who is upset), and apologies on praise.
    static func tone(_ text: LocatedText, context: ReplyCheckContext) -> [ReplyFlag] {
        switch context.tone {
        case .complaint:
            let cheerful = #/(?i)\b(?:glad (?:you|to hear)|so happy|happy to hear|thrilled|delighted|awesome|amazing|fantastic|wonderful|great to hear|love to hear|enjoyed|yay|woo+hoo|kind words|see you again soon)\b|!!+|[😀😃😄😁😊🙂😍🥳🎉👍😎🤩]/#
            let stars = context.rating.map { "a \($0)-star review" } ?? "a complaint"
            return text.flags(.tone, cheerful, reason: "cheerful wording on \(stars): it reads as not listening; acknowledge the problem instead")
        case .praise:
            let apologetic = #/(?i)\b(?:sorry|apologi[sz]e|apologies|regret|disappointed)\b/#
            return text.flags(.tone, apologetic, reason: "an apology on a happy review: thank them instead (is this the right template?)")
        case .neutral:
            return []
        }
    }
}
