extension StoreGenerator {
    /// Turns some of the own brand's unhappy items into complaints, most with a follow-up, and
    /// some happy regulars into a thank-you follow-up.
    mutating func addCases(for item: GeneratedItem) {
        guard item.brand == 1, item.status != "duplicate", item.tone != .spam else { return }
        if item.tone == .negative, random.chance(0.05) {
            addComplaint(for: item)
        } else if item.tone == .positive, item.customer != nil, random.chance(0.01) {
            addFollowUp(customer: item.customer, item: item.number, complaint: nil, due: item.posted + 3 * GeneratorTime.day,
                        done: configuration.end - item.posted > 14 * GeneratorTime.day,
                        reason: "Thank them for the kind words")
        }
    }

    private mutating func addComplaint(for item: GeneratedItem) {
        let number = complaintLines.count + 1
        let opened = item.posted + 2 * 3600
        let resolved = configuration.end - opened > 21 * GeneratorTime.day ? random.chance(0.85) : random.chance(0.2)
        let severity = ["low", "normal", "high", "critical"][random.weighted([20, 50, 25, 5])]
        var line = RecordLine(type: "complaint")
        line.string("id", "C\(number)")
        line.string("brand", "B1")
        line.string("customer", item.customer.map { "P\($0)" })
        line.strings("items", ["R\(item.number)"])
        line.string("category", item.aspect)
        line.string("summary", String(item.text.prefix(80)))
        line.string("severity", severity)
        line.string("status", resolved ? "resolved" : (random.chance(0.7) ? "open" : "waiting"))
        line.string("opened", GeneratorTime.iso(opened))
        line.string("first_response_due", GeneratorTime.iso(opened + GeneratorTime.day))
        line.string("resolution_due", GeneratorTime.iso(opened + 7 * GeneratorTime.day))
        let responded = resolved || random.chance(0.5)
        line.string("first_response_at", responded ? GeneratorTime.iso(opened + Double(1 + random.below(30)) * 3600) : nil)
        line.string("resolved_at", resolved ? GeneratorTime.iso(opened + Double(1 + random.below(10)) * GeneratorTime.day) : nil)
        line.string("resolution", resolved ? random.pick(GeneratorWords.noteTexts) : nil)
        line.string("owner", random.pick(GeneratorWords.owners))
        complaintLines.append(line.line)
        if random.chance(0.6) {
            addFollowUp(customer: item.customer, item: item.number, complaint: number,
                        due: opened + Double(1 + random.below(5)) * GeneratorTime.day, done: resolved,
                        reason: random.pick(GeneratorWords.followUpReasons))
        }
    }

    private mutating func addFollowUp(customer: Int?, item: Int, complaint: Int?, due: Double, done: Bool, reason: String) {
        var line = RecordLine(type: "followup")
        line.string("id", "F\(followUpLines.count + 1)")
        line.string("customer", customer.map { "P\($0)" })
        line.string("item", "R\(item)")
        line.string("complaint", complaint.map { "C\($0)" })
        line.string("owner", random.pick(GeneratorWords.owners))
        line.string("channel", ["call", "email", "visit", "note", "gift"][random.weighted([40, 30, 15, 10, 5])])
        line.string("due", GeneratorTime.isoDate(due))
        line.string("status", done ? (random.chance(0.9) ? "done" : "skipped") : "todo")
        line.string("reason", reason)
        line.string("outcome", done ? random.pick(GeneratorWords.noteTexts) : nil)
        line.string("done_at", done ? GeneratorTime.iso(due + 3600) : nil)
        followUpLines.append(line.line)
    }
}
