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

    static let nonCountries: Set<String> = ["Taliban", "ISIL", "al-Shabab", "Boko Haram", "NATO", "Hamas", "Hezbollah"]
    /// Demonym endings: "Afghan", "Iraqis", "Nepalese", "Turkish".
    static let demonymEndings: [[UInt8]] = ["an", "ans", "i", "is", "ese", "ish"].map { Array($0.utf8) }

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
            if length >= 2 && length <= 14 {
                let start = i
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer -> (party: String, weight: Double)? in
                    for k in 0..<length { let c = bytes[start + k]; buffer[k] = c >= 65 && c <= 90 ? c + 32 : c }
                    let w = UnsafeBufferPointer(buffer)
                    if Self.isHajj(w) { multinational = true }
                    if let party = Gazetteer.parties[bytes: w], !nonCountries.contains(party) {
                        let isName = !demonymEndings.contains { Self.hasSuffix(w, $0) } || Self.equalsLowercased(w, party)
                        var weight = isName ? 2.0 : 1.0
                        if party == "United States" { weight = 0.5 }
                        return (party, start < 400 ? weight * 2 : weight)
                    }
                    if let party = Gazetteer.capitals[bytes: w] { return (party, start < 400 ? 4 : 1) }
                    return nil
                }
                if let found { scores[found.party, default: 0] += found.weight }
            }
            i = max(j, i + 1)
        }
        if multinational { return nil }
        return scores.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }

    private static func isHajj(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        (w.count == 4 || w.count == 3) && w[0] == 104 && w[1] == 97 && w[2] == 106 && (w.count == 3 || w[3] == 106)
    }

    private static func hasSuffix(_ w: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard w.count >= suffix.count else { return false }
        let offset = w.count - suffix.count
        for k in suffix.indices where w[offset + k] != suffix[k] { return false }
        return true
    }

    private static func equalsLowercased(_ w: UnsafeBufferPointer<UInt8>, _ party: String) -> Bool {
        let p = party.utf8
        guard p.count == w.count else { return false }
        for (k, c) in p.enumerated() where (c >= 65 && c <= 90 ? c + 32 : c) != w[k] { return false }
        return true
    }
}
