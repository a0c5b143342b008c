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
                    || Words.burkinaCongoLanka.contains(t.lower) else { continue }
            if Words.talibanIsilAlshababEtc.contains(party) { continue }
            if let found, found != party { return nil }
            found = party
        }
        return found
    }

    static let nonCountries: Set<String> = ["Taliban", "ISIL", "al-Shabab", "Boko Haram", "NATO", "Hamas", "Hezbollah"]

    /// For each lowercase first letter, a bit per length of the names that start with it (and of "haj",
    /// "hajj"), so most capitalised words are rejected before they are copied and looked up.
    static let shapes: [UInt32] = {
        var table = Array(repeating: UInt32(0), count: 256)
        for name in Gazetteer.parties.keys + Gazetteer.capitals.keys + ["haj", "hajj"] where name.utf8.count < 32 {
            table[Int(name.utf8.first!)] |= 1 << name.utf8.count
        }
        return table
    }()

    /// What a capitalised word says about the document's country: the party and its weight in the
    /// first 400 bytes and after. An empty party marks the hajj (pilgrims of many countries).
    struct NameWeight: Sendable {
        var party: String
        var earlyWeight: Double
        var weight: Double
    }

    /// Country names weigh 2, demonyms 1, the United States (often an actor, not the place) half,
    /// doubled near the top; a dateline city weighs 4 near the top, 1 after.
    static let names: WordMap<NameWeight> = {
        var table: [(String, NameWeight)] = []
        for word in Gazetteer.capitals.keys { table.append((word, NameWeight(party: Gazetteer.capitals[word]!, earlyWeight: 4, weight: 1))) }
        for word in Gazetteer.parties.keys {
            let party = Gazetteer.parties[word]!
            guard !nonCountries.contains(party) else { continue }
            let isDemonym = ["an", "ans", "i", "is", "ese", "ish"].contains { word.hasSuffix($0) } && party.lowercased() != word
            let weight = party == "United States" ? 0.5 : (isDemonym ? 1 : 2)
            table.append((word, NameWeight(party: party, earlyWeight: weight * 2, weight: weight)))
        }
        for word in ["haj", "hajj"] { table.append((word, NameWeight(party: "", earlyWeight: 0, weight: 0))) }
        return WordMap(table)
    }()

    static func likely(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scores: [String: Double] = [:]
        var i = 0
        let n = bytes.count
        var multinational = false
        while i < n {
            let b = bytes[i]
            guard b >= 65 && b <= 90, i == 0 || !Tokenizer.isLetter(bytes[i - 1]) && bytes[i - 1] != 46 else { i += 1; continue }
            var hasDot = false
            var j = i
            while j < n && (Tokenizer.isLetter(bytes[j]) || (bytes[j] == 46 && j + 1 < n && Tokenizer.isLetter(bytes[j + 1]))) {
                if bytes[j] == 46 { hasDot = true }
                j += 1
            }
            var length = j - i
            if j < n && bytes[j] == 46 && length <= 4 && hasDot { length += 1 }  // "U.S."
            if length >= 2 && length <= 14 && shapes[Int(b | 0x20)] & (1 << length) != 0 {
                let start = i
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer -> (party: String, weight: Double)? in
                    for k in 0..<length { let c = bytes[start + k]; buffer[k] = c >= 65 && c <= 90 ? c + 32 : c }
                    guard let name = names[bytes: UnsafeBufferPointer(buffer)] else { return nil }
                    if name.party.isEmpty { multinational = true; return nil }
                    return (name.party, start < 400 ? name.earlyWeight : name.weight)
                }
                if let found { scores[found.party, default: 0] += found.weight }
            }
            i = max(j, i + 1)
        }
        if multinational { return nil }
        return scores.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }
}
