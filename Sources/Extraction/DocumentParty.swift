/// The country a document is most likely about: the party of victims it does not otherwise name.
enum DocumentParty {
    /// The most mentioned country or dateline city among the capitalised words of the text.
    ///
    /// Country names and cities weigh 2, demonyms 1; the United States, often named as an actor
    /// rather than a place, weighs half. Armed groups and alliances do not count.
    static func likely(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scores: [String: Double] = [:]
        var i = 0
        let n = bytes.count
        var word: [UInt8] = []
        while i < n {
            let b = bytes[i]
            let isStart = b >= 65 && b <= 90 && (i == 0 || !Tokenizer.isLetter(bytes[i - 1]) && bytes[i - 1] != 46)
            guard isStart else { i += 1; continue }
            word.removeAll(keepingCapacity: true)
            var j = i
            while j < n && (Tokenizer.isLetter(bytes[j]) || (bytes[j] == 46 && j + 1 < n && Tokenizer.isLetter(bytes[j + 1]))) {
                let c = bytes[j]
                word.append(c >= 65 && c <= 90 ? c + 32 : c)
                j += 1
            }
            if j < n && bytes[j] == 46 && word.count <= 4 && word.contains(46) { word.append(46) }
            if word.count >= 2 && word.count <= 14 {
                let w = String(decoding: word, as: UTF8.self)
                if let party = Gazetteer.parties[w], !["Taliban", "ISIL", "al-Shabab", "Boko Haram", "NATO", "Hamas", "Hezbollah"].contains(party) {
                    let isName = !(w.hasSuffix("an") || w.hasSuffix("ans") || w.hasSuffix("i") || w.hasSuffix("is") || w.hasSuffix("ese") || w.hasSuffix("ish"))
                        || party.lowercased() == w
                    var weight = isName ? 2.0 : 1.0
                    if party == "United States" { weight = 0.5 }
                    if i < 400 { weight *= 2 }
                    scores[party, default: 0] += weight
                } else if let party = Gazetteer.capitals[w] {
                    scores[party, default: 0] += i < 400 ? 4 : 1
                }
            }
            i = max(j, i + 1)
        }
        return scores.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }
}
