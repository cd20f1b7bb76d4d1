import Store

/// What `update`, `complain`, `followup` and `done` print about a change.
enum ChangeOutput {
    static func show(_ result: ChangeResult, json: Bool, verb: String) {
        if json {
            CommandOutput.json(result.json)
            return
        }
        guard result.changed else {
            print("\(result.id) unchanged (version \(result.version)): it already was that way")
            return
        }
        let what = result.events.map(describe).joined(separator: "; ")
        print("\(result.id) \(verb) (version \(result.version)): \(what)")
        if !result.merged.isEmpty {
            let others = result.merged.map { "\($0.user) \(describe($0))" }.joined(separator: "; ")
            print("merged with changes made since you read it: \(others)")
        }
    }

    static func describe(_ event: HistoryEvent) -> String {
        switch (event.before, event.after) {
        case (nil, let after?):
            if event.field == "note" || event.field == "created" {
                return "\(event.field) \"\(CommandOutput.firstLine(after, width: 50))\""
            }
            return "\(event.field) +\(CommandOutput.safe(after))"
        case (let before?, nil):
            return "\(event.field) -\(CommandOutput.safe(before))"
        case (let before?, let after?):
            return "\(event.field) \(CommandOutput.firstLine(before, width: 30)) → \(CommandOutput.firstLine(after, width: 30))"
        case (nil, nil):
            return event.field
        }
    }
}
