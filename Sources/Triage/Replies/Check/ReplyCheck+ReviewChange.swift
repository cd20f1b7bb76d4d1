extension ReplyCheck {
    /// Asking the reviewer to change, remove or raise their review, or offering something for
    /// it: Google, Yelp and Trustpilot all forbid it, and the site may take the reply down.
    static func reviewChange(_ text: LocatedText) -> [ReplyFlag] {
        let reason = "asks the customer to change or remove their review, which the review sites forbid: fix the problem and let them decide"
        let verbs = #/(?i)\b(?:remove|delete|take down|edit|change|update|amend|revise|reconsider|withdraw|modify|raise|increase|upgrade|improve|adjust|bump up)\s+(?:[\w'’]+\s+){0,2}?(?:your|the|this|that)\s+(?:[\w'’\-]+\s+){0,2}?(?:review|rating|post|comment|stars?|score)\b/#
        let takeDown = #/(?i)\btake\s+(?:it|this|that|the review|your review|the post)\s+down\b/#
        let moreStars = #/(?i)\b(?:give|leave)\s+us\s+(?:a\s+)?(?:\d|five|full|better|higher|more)\b/#
        return text.flags(.reviewChange, verbs, reason: reason) + text.flags(.reviewChange, takeDown, reason: reason)
            + text.flags(.reviewChange, moreStars, reason: reason)
    }
}
