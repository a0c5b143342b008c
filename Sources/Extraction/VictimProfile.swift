import ClaimModel

/// The victims' role and party, read from their noun phrase.
enum VictimProfile {
    static let militaryHeads = Lexicon.militaryNouns.subtracting(["members", "officers", "forces", "service", "general", "major", "private"])

    /// The role the noun phrase's words name.
    static func role(of words: [String]) -> VictimRole {
        let set = Set(words)
        if set.contains("police") || set.contains("policemen") || set.contains("policeman") || set.contains("cops")
            || set.contains("policewomen") || set.contains("constables") || set.contains("patrolmen") { return .police }
        if !set.isDisjoint(with: ["militants", "militant", "insurgents", "insurgent", "rebels", "rebel", "jihadists", "jihadist",
                                  "gunmen", "gunman", "attackers", "attacker", "bombers", "extremists", "terrorists", "guerrillas",
                                  "separatists", "kidnappers", "assailants", "fighters", "fighter"]) { return .militant }
        if !set.isDisjoint(with: militaryHeads)
            || set.contains("forces") || (set.contains("service") && set.contains("members")) { return .military }
        if set.contains("officers") || set.contains("officer") || set.contains("guards") || set.contains("bodyguards") { return .police }
        if !set.isDisjoint(with: Lexicon.civilianNouns) && !set.contains("iraqis") { return .civilian }
        return .unknown
    }

    /// Victims whose nationalities are usually mixed: pilgrims, migrants, passengers (ANNOTATION_NOTES: party null).
    static func isMultinational(_ words: [String]) -> Bool {
        !Set(words).isDisjoint(with: ["pilgrims", "pilgrim", "migrants", "migrant", "passengers", "passenger", "refugees", "tourists", "crew"])
    }

    /// The party named in the noun phrase ("Turkish soldiers" → Turkey), if any.
    static func party(of words: [String]) -> String? {
        for word in words {
            if let party = Gazetteer.parties[word] { return party }
        }
        return nil
    }
}
