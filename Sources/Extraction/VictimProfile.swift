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

    /// The role the noun phrase's words name.
    static func role(of words: [String]) -> VictimRole {
        if words.contains(where: policeWords.contains) { return .police }
        if words.contains(where: militantWords.contains) { return .militant }
        if words.contains(where: militaryHeads.contains) || words.contains("forces")
            || (words.contains("service") && words.contains("members")) { return .military }
        if words.contains(where: guardWords.contains) { return .police }
        if words.contains(where: Lexicon.civilianNouns.contains) && !words.contains("iraqis") { return .civilian }
        return .unknown
    }

    /// Victims whose nationalities are usually mixed: pilgrims, migrants, passengers (ANNOTATION_NOTES: party null).
    static func isMultinational(_ words: [String]) -> Bool {
        words.contains(where: multinationalWords.contains)
    }

    /// The party named in the noun phrase ("Turkish soldiers" → Turkey), if any.
    static func party(of words: [String]) -> String? {
        for word in words {
            if let party = Gazetteer.parties[word] { return party }
        }
        return nil
    }
}
