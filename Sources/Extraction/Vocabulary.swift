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

    /// A known word: its shared string and the lists it belongs to.
    struct Entry: Sendable {
        var text: String
        var flags: WordFlags
    }

    /// The lists behind each flag.
    static let flagged: [(WordFlags, [String])] = [
        (.countOpener, Array(SentenceAnalysis.candidateWords)),
        (.clauseBreak, Array(Extractor.clauseBreaks)),
        (.weekday, Array(Lexicon.weekdays)),
        (.month, Array(Lexicon.months)),
        (.categoryNoun, Lexicon.categoryNouns.keys),
        (.phraseStop, Array(Lexicon.phraseStops)),
        (.reversal, Array(Lexicon.reversals)),
        (.casualtyVerb, Lexicon.activeVerbs.keys + Lexicon.predicates.keys),
        (.speechVerb, Array(Attribution.speechVerbs)),
        (.nonVictimNoun, Array(Lexicon.nonVictimNouns)),
        (.hypothetical, Array(Lexicon.hypotheticals)),
        (.timeOpener, Array(TimeExpression.openers)),
        (.personNoun, Array(Lexicon.personNouns)),
        (.policeWord, Array(VictimProfile.policeWords)),
        (.militantWord, Array(VictimProfile.militantWords)),
        (.militaryHead, Array(VictimProfile.militaryHeads)),
        (.guardWord, Array(VictimProfile.guardWords)),
        (.civilianNoun, Array(Lexicon.civilianNouns)),
        (.multinational, Array(VictimProfile.multinationalWords)),
    ]

    /// The entry of every ASCII byte as a one-byte punctuation token.
    static let asciiPunctuation: [Entry] = (0..<128).map { byte in
        let text = String(UnicodeScalar(UInt8(byte)))
        return words[text] ?? Entry(text: text, flags: [])
    }

    static let words: WordMap<Entry> = {
        var all = common
        let lists: [WordSet] = [
            Lexicon.ordinals, Lexicon.auxiliaries, Lexicon.personNouns, Lexicon.militaryNouns, Lexicon.policeNouns,
            Lexicon.militantNouns, Lexicon.civilianNouns, Lexicon.negations, SentenceAnalysis.tollConnectors, SentenceAnalysis.changeVerbs,
        ]
        for list in lists { all += Array(list) }
        all += Lexicon.units.keys + Lexicon.tens.keys + Lexicon.scales.keys + Lexicon.ofNouns.keys + Gazetteer.parties.keys
            + Gazetteer.capitals.keys + TimeExpression.unitDays.keys
        var flags: [String: WordFlags] = [:]
        for word in all { flags[word, default: []] = [] }
        for word in CandidateWindow.words { flags[word, default: []] = [] }
        for (flag, words) in flagged {
            for word in words { flags[word, default: []].insert(flag) }
        }
        for (word, wordFlags) in flags where CandidateWindow.words.contains(word) || TriggerScan.startsWithStem(word)
            || !wordFlags.isDisjoint(with: [.casualtyVerb, .categoryNoun]) {
            flags[word] = wordFlags.union(.relevant)
        }
        return WordMap(flags.map { ($0.key, Entry(text: $0.key, flags: $0.value)) })
    }()
}
