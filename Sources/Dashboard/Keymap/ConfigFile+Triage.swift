import Store

extension ConfigFile {
    /// `view NAME QUERY`: a named query; the query is checked here so a typo is reported with its line.
    mutating func applyView(_ words: [String]) -> String? {
        guard words.count >= 3 else { return "expected: view NAME QUERY, like: view urgent is:urgent -status:done" }
        let name = words[1]
        let text = words[2...].joined(separator: " ")
        do {
            let query = try Query(parsing: text)
            if let index = views.firstIndex(where: { $0.name == name }) {
                views[index].query = query
            } else {
                views.append(SavedView(name: name, query: query))
            }
            return nil
        } catch {
            return "view \(name): \(error)"
        }
    }

    /// `set confirm-over N`.
    mutating func applyConfirmOver(_ value: String) -> String? {
        guard let count = Int(value), count >= 0 else { return "confirm-over takes a number of rows, like 10 (0 asks before every change)" }
        confirmOver = count
        return nil
    }
}
