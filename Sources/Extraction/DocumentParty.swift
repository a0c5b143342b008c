/// The country a document is most likely about: the party of victims it does not otherwise name.
enum DocumentParty {
    /// The most mentioned country or dateline city among the capitalised words of the text.
    ///
    /// Country names and cities weigh 2, demonyms 1; the United States, often named as an actor
    /// rather than a place, weighs half. Armed groups and alliances do not count.
    /// An alliance named before the victims in their sentence ("NATO says five service members …").
    static func alliance(in tokens: [Token], before index: Int) -> String? {
        for k in stride(from: min(index, tokens.count) - 1, through: 0, by: -1) where tokens[k].isCapitalized {
            if let party = Gazetteer.parties[tokens[k].lower], party == "NATO" { return tokens[k].lower == "isaf" ? "ISAF" : party }
        }
        return nil
    }

    /// The one country named (by its name, not a demonym) in a sentence, if exactly one is.
    static func country(in tokens: [Token]) -> String? {
        var found: String?
        for (k, t) in tokens.enumerated() where t.isCapitalized && t.isWord {
            var l = t.lower
            if k + 1 < tokens.count, tokens[k + 1].isCapitalized, let joined = Gazetteer.parties[l + " " + tokens[k + 1].lower] { l = joined }
            guard let party = Gazetteer.parties[l] ?? Gazetteer.parties[t.lower], party.lowercased() == t.lower || party.lowercased().hasSuffix(t.lower)
                    || ["burkina", "congo", "lanka"].contains(t.lower) else { continue }
            if ["Taliban", "ISIL", "al-Shabab", "Boko Haram", "NATO", "Hamas", "Hezbollah", "United States"].contains(party) { continue }
            if let found, found != party { return nil }
            found = party
        }
        return found
    }

    static func likely(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scores: [String: Double] = [:]
        var i = 0
        let n = bytes.count
        var word: [UInt8] = []
        var multinational = false
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
                if w == "hajj" || w == "haj" { multinational = true }
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
        if multinational { return nil }
        return scores.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }
}
