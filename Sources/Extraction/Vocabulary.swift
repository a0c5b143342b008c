/// Every word extraction names, as prebuilt strings keyed by their bytes, so tokenizing a known
/// word costs one table lookup instead of an allocation and UTF-8 validation.
enum Vocabulary {
    /// Frequent words of news prose that the word lists do not name.
    static let common: [String] = [
        "the", "of", "and", "a", "an", "to", "in", "on", "at", "for", "from", "by", "with", "as", "is", "was", "were",
        "are", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they", "his", "her", "their", "that",
        "this", "which", "who", "said", "says", "told", "after", "before", "when", "while", "but", "or", "not", "no",
        "more", "than", "least", "about", "over", "some", "other", "others", "people", "police", "officials", "said",
        "attack", "government", "ministry", "spokesman", "near", "province", "city", "district", "town", "village",
        "region", "area", "capital", "state", "army", "forces", "security", "military", "president", "minister",
        "according", "also", "later", "earlier", "since", "into", "during", "up", "out", "toll", "death", "local",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "day",
        "yesterday", "today", "night", "morning", "evening", "afternoon", "-", ",", ".", ";", ":", "\"", "'", "(", ")",
        "--", "'s", "$", "%", "!", "?", "/",
    ]

    static let words: WordMap<String> = {
        var all = common
        let lists: [WordSet] = [
            Lexicon.ordinals, Lexicon.months, Lexicon.weekdays, Lexicon.auxiliaries, Lexicon.phraseStops, Lexicon.nonVictimNouns,
            Lexicon.personNouns, Lexicon.militaryNouns, Lexicon.policeNouns, Lexicon.militantNouns, Lexicon.civilianNouns,
            Lexicon.negations, Lexicon.hypotheticals, Lexicon.reversals, Attribution.speechVerbs, SentenceAnalysis.tollConnectors,
            SentenceAnalysis.changeVerbs,
        ]
        for list in lists { all += Array(list) }
        all += Lexicon.units.keys + Lexicon.tens.keys + Lexicon.scales.keys + Lexicon.activeVerbs.keys + Lexicon.predicates.keys
            + Lexicon.categoryNouns.keys + Lexicon.ofNouns.keys + Gazetteer.parties.keys + Gazetteer.capitals.keys
            + TimeExpression.unitDays.keys
        return WordMap(all.map { ($0, $0) })
    }()
}
