/// Checks a reply before it is posted: pure, no store, each flag saying why and where.
///
/// The flags are warnings for the person sending, not a gate: a business may well mean to give
/// its own phone number, and only a person can tell.
public enum ReplyCheck {
    public static func flags(for text: String, context: ReplyCheckContext) -> [ReplyFlag] {
        let located = LocatedText(text)
        return (personalData(located) + reviewChange(located) + competitors(located, names: context.competitors)
            + tone(located, context: context) + length(text, source: context.source))
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
