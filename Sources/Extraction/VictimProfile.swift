import ClaimModel

/// The victims' role and party, read from their noun phrase.
enum VictimProfile {
    static let militaryHeads = Lexicon.militaryNouns.subtracting(["members", "officers", "forces", "service", "general", "major", "private"])

    static let policeWords: WordSet = ["police", "policemen", "policeman", "cops", "policewomen", "constables", "patrolmen"]
    static let militantWords: WordSet = [
        "militants", "militant", "insurgents", "insurgent", "rebels", "rebel", "jihadists", "jihadist", "gunmen", "gunman",
        "attackers", "attacker", "bombers", "extremists", "terrorists", "guerrillas", "separatists", "kidnappers", "assailants",
        "fighters", "fighter",
    ]
    static let guardWords: WordSet = ["officers", "officer", "guards", "bodyguards"]
    static let multinationalWords: WordSet = ["pilgrims", "pilgrim", "migrants", "migrant", "passengers", "passenger", "refugees", "tourists", "crew"]

    static let anaphoricWords: WordSet = ["others", "other", "another", "more", "rest"]

    /// Whether the victims have no noun of their own: none at all, or "others", "another", "the rest".
    static func isAnaphoric(_ words: ArraySlice<Token>) -> Bool {
        words.allSatisfy { anaphoricWords.contains($0.lower) || $0.lower == "the" }
    }

    /// The role the noun phrase's words name (each word's lists are the token's ``WordFlags``).
    static func role(of words: ArraySlice<Token>) -> VictimRole {
        var flags: WordFlags = []
        for word in words { flags.formUnion(word.flags) }
        if flags.contains(.policeWord) { return .police }
        if flags.contains(.militantWord) { return .militant }
        if flags.contains(.militaryHead) || words.contains(where: { $0.lower == "forces" })
            || (words.contains(where: { $0.lower == "service" }) && words.contains(where: { $0.lower == "members" || $0.lower == "member" })) { return .military }
        if flags.contains(.guardWord) { return .police }
        if flags.contains(.civilianNoun) && !words.contains(where: { $0.lower == "iraqis" }) { return .civilian }
        return .unknown
    }

    /// Victims whose nationalities are usually mixed: pilgrims, migrants, passengers (ANNOTATION_NOTES: party null).
    static func isMultinational(_ words: ArraySlice<Token>) -> Bool {
        words.contains { $0.flags.contains(.multinational) }
    }

    /// The party named in the noun phrase ("Turkish soldiers" → Turkey), if any.
    static func party(of words: ArraySlice<Token>) -> String? {
        for word in words {
            if let party = Gazetteer.parties[word.lower] { return party }
        }
        return nil
    }
}
