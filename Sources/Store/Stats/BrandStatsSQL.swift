/// SQL pieces shared by the summary tables' triggers, their upkeep and the reads, so that every
/// path counts an item the same way.
enum BrandStatsSQL {
    /// True when the item aliased `x` counts in the figures: not marked spam or duplicate, and
    /// not flagged as spam by the tagger while still untriaged.
    static func counted(_ x: String) -> String {
        "NOT (\(x).status IN ('spam', 'duplicate') OR (\(x).is_spam = 1 AND \(x).status = 'new'))"
    }

    /// 1 when the item is a complaint: the tagger says so, or a complaint links it (`is:complaint`).
    static func complaint(_ x: String) -> String {
        "(\(x).is_complaint = 1 OR EXISTS (SELECT 1 FROM complaint_item ci WHERE ci.item_id = \(x).id))"
    }

    /// Aspect scores beyond these count as praise or complaint (the import tallies with the
    /// numbers, the triggers with the comparisons).
    static let praiseAbove = 0.05
    static let blameBelow = -0.05
    static let praise = "> \(praiseAbove)"
    static let blame = "< \(blameBelow)"

    static let dayColumns = "brand_id, day, volume, rated, rating_sum, positive, neutral, negative, score_sum, complaints"

    static let addDayColumns = """
        ON CONFLICT (brand_id, day) DO UPDATE SET volume = volume + excluded.volume, rated = rated + excluded.rated,
            rating_sum = rating_sum + excluded.rating_sum, positive = positive + excluded.positive,
            neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
            score_sum = score_sum + excluded.score_sum, complaints = complaints + excluded.complaints
        """

    static let addAspectColumns = """
        ON CONFLICT (brand_id, day, aspect) DO UPDATE SET praised = praised + excluded.praised,
            complained = complained + excluded.complained
        """

    /// Adds (`sign` 1) or takes away (-1) the item `x` (`new` or `old` in a trigger) to its brand's day.
    static func dayDelta(_ x: String, sign: Int) -> String {
        """
        INSERT INTO brand_day (\(dayColumns))
        SELECT \(x).brand_id, \(StatsDay.sql(x)), \(sign), \(sign) * (\(x).rating IS NOT NULL),
            \(sign) * COALESCE(\(x).rating, 0), \(sign) * (\(x).label = 'pos'), \(sign) * (\(x).label = 'neu'),
            \(sign) * (\(x).label = 'neg'), \(sign) * \(x).score, \(sign) * \(complaint(x))
        WHERE \(counted(x))
        \(addDayColumns);
        """
    }

    /// Adds or takes away the aspects of item `x` to its brand's day.
    static func aspectDelta(_ x: String, sign: Int) -> String {
        """
        INSERT INTO brand_aspect_day (brand_id, day, aspect, praised, complained)
        SELECT \(x).brand_id, \(StatsDay.sql(x)), a.aspect, \(sign) * (a.score \(praise)), \(sign) * (a.score \(blame))
        FROM item_aspect a WHERE a.item_id = \(x).id AND (a.score \(praise) OR a.score \(blame)) AND \(counted(x))
        \(addAspectColumns);
        """
    }

    /// One aspect row `a` of item `i` added or taken away.
    static func oneAspectDelta(_ a: String, sign: Int) -> String {
        """
        INSERT INTO brand_aspect_day (brand_id, day, aspect, praised, complained)
        SELECT i.brand_id, \(StatsDay.sql("i")), \(a).aspect, \(sign) * (\(a).score \(praise)), \(sign) * (\(a).score \(blame))
        FROM item i WHERE i.id = \(a).item_id AND (\(a).score \(praise) OR \(a).score \(blame)) AND \(counted("i"))
        \(addAspectColumns);
        """
    }

    /// The complaint count of item `itemID`'s day moved by `sign`, when a link alone decides
    /// whether it is a complaint.
    static func complaintLinkDelta(_ itemID: String, sign: Int) -> String {
        """
        INSERT INTO brand_day (\(dayColumns))
        SELECT i.brand_id, \(StatsDay.sql("i")), 0, 0, 0, 0, 0, 0, 0, \(sign)
        FROM item i WHERE i.id = \(itemID) AND i.is_complaint = 0 AND \(counted("i"))
        \(addDayColumns);
        """
    }
}
