/// Longer texts from the dev sentences, for timing only.
extension DevSet {
    /// The dev set with every `count` consecutive sentences of a file joined into one text (a
    /// space between them), and a file's last sentences dropped when fewer than `count` are left.
    /// VADER's time per text grows faster than its length (it lower-cases the whole text again
    /// for every sentiment word), so the speed-up over it depends on how long the texts are.
    /// The joined texts keep the first sentence's gold label only to keep the shape of the set:
    /// they have no gold of their own, and the report shows no accuracy for them.
    func joined(every count: Int) -> DevSet {
        guard count > 1 else { return self }
        var joined = self
        joined.sentencesPerText = count
        joined.files = files.map { file in
            let groups = stride(from: 0, to: file.sentences.count - count + 1, by: count)
            return File(name: file.name, sentences: groups.map { file.sentences[$0..<($0 + count)].joined(separator: " ") },
                        gold: groups.map { file.gold[$0] })
        }
        return joined
    }
}
