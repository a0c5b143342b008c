/// The country a document is most likely about: the party of victims it does not otherwise name.
enum DocumentParty {
    /// The alliance one capitalised word names ("NATO", "ISAF"), if it names one.
    static func alliance(of token: Token) -> String? {
        guard token.isCapitalized, token.flags.contains(.partyWord), let party = Gazetteer.parties[token.lower], party == "NATO" else { return nil }
        return token.lower == "isaf" ? "ISAF" : party
    }

    /// The one country named (by its name, not a demonym) in a sentence, if exactly one is.
    static func country(in tokens: [Token]) -> String? {
        var found: String?
        var conflict = false
        // Where several countries are named, the one the sentence is "in": "in the DR Congo's Beni region
        // bordering Uganda", "in northern Syria, near the Turkish border".
        var located: String?
        var locatedConflict = false
        // Only a word of a party's name can name one, alone or with the next word ("South Sudanese").
        for k in tokens.indices where tokens[k].flags.contains(.partyWord) && tokens[k].isCapitalized && tokens[k].isWord && tokens[k].lower.isComplete {
            let t = tokens[k]
            let word = t.lower.string
            var l = word
            if k + 1 < tokens.count, tokens[k + 1].isCapitalized, tokens[k + 1].lower.isComplete,
               let joined = Gazetteer.parties[l + " " + tokens[k + 1].lower.string] { l = joined }
            guard let party = Gazetteer.parties[l] ?? Gazetteer.parties[t.lower], party.lowercased() == word || party.lowercased().hasSuffix(word)
                    || Words.burkinaCongoLanka.contains(t.lower) else { continue }
            if Words.talibanIsilAlshababEtc.contains(party) { continue }
            if let found, found != party { conflict = true }
            found = found ?? party
            if isLocated(k, in: tokens) {
                if let located, located != party { locatedConflict = true }
                located = located ?? party
            }
        }
        if !conflict { return found }
        return locatedConflict ? nil : located
    }

    static let directions: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeastern",
                                          "northwestern", "southeastern", "southwestern", "the", "north", "south", "east", "west"]

    /// Whether the name at `k` follows "in", perhaps with "the" or a direction between ("in northern Iraq").
    private static func isLocated(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        // Skipping directions, "the", and the name's own first words ("DR Congo", "South Sudan").
        while j >= 0 && k - j <= 3 && (directions.contains(tokens[j].lower.string) || tokens[j].isCapitalized && tokens[j].isWord) { j -= 1 }
        return j >= 0 && tokens[j].lower.string == "in"
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

    /// One bit per pair of lowercase first letters that begins some name (of ``names``): most
    /// capitalised words ("The", "Officials") are rejected before they are read.
    static let namePairs: [UInt64] = {
        var bits = Array(repeating: UInt64(0), count: 1024)
        for name in Gazetteer.parties.keys + Gazetteer.capitals.keys + ["haj", "hajj"] {
            let b = Array(name.utf8)
            guard b.count >= 2 else { continue }
            let pair = Int(b[0]) << 8 | Int(b[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    /// What a capitalised word says about the document's country: the party (an index into
    /// ``partyNames``) and its weight in the first 400 bytes and after. The hajj (pilgrims of many
    /// countries) has no party (−1).
    struct NameWeight: Sendable {
        var party: Int
        var earlyWeight: Double
        var weight: Double
    }

    /// Every party a name can point to, once each.
    static let partyNames: [String] = {
        var seen = Set<String>()
        return (Gazetteer.capitals.keys.map { Gazetteer.capitals[$0]! } + Gazetteer.parties.keys.map { Gazetteer.parties[$0]! })
            .filter { !nonCountries.contains($0) && seen.insert($0).inserted }
    }()

    /// Country names weigh 2, demonyms 1, the United States (often an actor, not the place) half,
    /// doubled near the top; a dateline city weighs 4 near the top, 1 after.
    static let names: WordMap<NameWeight> = {
        let index = Dictionary(uniqueKeysWithValues: partyNames.enumerated().map { ($0.element, $0.offset) })
        var table: [(String, NameWeight)] = []
        for word in Gazetteer.capitals.keys { table.append((word, NameWeight(party: index[Gazetteer.capitals[word]!]!, earlyWeight: 4, weight: 1))) }
        for word in Gazetteer.parties.keys {
            let party = Gazetteer.parties[word]!
            guard !nonCountries.contains(party) else { continue }
            let isDemonym = ["an", "ans", "i", "is", "ese", "ish"].contains { word.hasSuffix($0) } && party.lowercased() != word
            let weight = party == "United States" ? 0.5 : (isDemonym ? 1 : 2)
            table.append((word, NameWeight(party: index[party]!, earlyWeight: weight * 2, weight: weight)))
        }
        for word in ["haj", "hajj"] { table.append((word, NameWeight(party: -1, earlyWeight: 0, weight: 0))) }
        return WordMap(table)
    }()

    /// The most mentioned country or dateline city among the capitalised words of `bytes` (ties go to
    /// the name first in alphabetical order), or `nil` when none is named or the text speaks of the hajj.
    ///
    /// Country names and cities weigh 2, demonyms 1; the United States, often named as an actor
    /// rather than a place, weighs half. Armed groups and alliances do not count.
    ///
    /// Capitals are found eight bytes at a time; a capitalised word counts where it starts a word (after a
    /// byte that is neither a letter, part of a non-ASCII character, nor a dot).
    static func likely(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        let names = Self.names
        let partyNames = Self.partyNames
        var scores = [Double](repeating: 0, count: partyNames.count)
        var multinational = false
        let found: Bool = shapes.withUnsafeBufferPointer { shapes in namePairs.withUnsafeBufferPointer { namePairs in
            var any = false
            /// The capitalised word starting at `i` (an ASCII capital), if it starts a word.
            func consider(_ i: Int) {
                guard i == 0 || !Tokenizer.isLetter(bytes[i - 1]) && bytes[i - 1] != 46 else { return }
                // Every name has two letters or more, the second lowercase once lowered (a dot for "u.s.").
                guard i + 1 < n else { return }
                let second = bytes[i + 1] >= 65 && bytes[i + 1] <= 90 ? bytes[i + 1] + 32 : bytes[i + 1]
                let pair = Int(bytes[i] | 0x20) << 8 | Int(second)
                guard namePairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return }
                var hasDot = false
                var j = i
                while j < n && (Tokenizer.isLetter(bytes[j]) || (bytes[j] == 46 && j + 1 < n && Tokenizer.isLetter(bytes[j + 1]))) {
                    if bytes[j] == 46 { hasDot = true }
                    j += 1
                }
                var length = j - i
                if j < n && bytes[j] == 46 && length <= 4 && hasDot { length += 1 }  // "U.S."
                guard length >= 2 && length <= 14 && shapes[Int(bytes[i] | 0x20)] & (1 << length) != 0 else { return }
                guard let name = names[WordText(lowering: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))] else { return }
                if name.party < 0 { multinational = true; return }
                // A country the text is "in" counts double: "a raid in the DR Congo's Beni region bordering Uganda".
                scores[name.party] += (i < 400 ? name.earlyWeight : name.weight) * (followsIn(i) ? 2 : 1)
                any = true
            }
            /// Whether "in " or "in the " (any case) ends just before `i`.
            func followsIn(_ i: Int) -> Bool {
                func matches(_ text: StaticString, endingAt end: Int) -> Bool {
                    let count = text.utf8CodeUnitCount
                    guard end - count >= 0, end - count == 0 || !Tokenizer.isLetter(bytes[end - count - 1]) else { return false }
                    return (0..<count).allSatisfy { bytes[end - count + $0] | 0x20 == text.utf8Start[$0] | 0x20 }
                }
                return matches("in ", endingAt: i) || matches("in the ", endingAt: i)
            }
            var i = 0
            while i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let low7 = x & 0x7F7F_7F7F_7F7F_7F7F
                // High bit of each byte that is 'A'...'Z': at least 65, below 91, ASCII.
                var capitals = (low7 &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low7 &+ 0x2525_2525_2525_2525) & ~x & 0x8080_8080_8080_8080
                while capitals != 0 {
                    consider(i + capitals.trailingZeroBitCount / 8)
                    capitals &= capitals - 1
                }
                i += 8
            }
            while i < n {
                if bytes[i] >= 65 && bytes[i] <= 90 { consider(i) }
                i += 1
            }
            return any
        } }
        if multinational || !found { return nil }
        var best = -1
        for party in scores.indices where scores[party] > 0 {
            if best < 0 || scores[party] > scores[best] || (scores[party] == scores[best] && partyNames[party] < partyNames[best]) { best = party }
        }
        return best < 0 ? nil : partyNames[best]
    }
}
