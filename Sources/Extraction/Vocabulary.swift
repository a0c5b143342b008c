/// The word lists a token belongs to, looked up once when it is tokenized (``WordFlags``), so the
/// hot loops of the analysis test a bit instead of looking a word up.
enum Vocabulary {
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
        (.according, ["according"]),
        (.partyWord, Gazetteer.parties.keys.map { String($0.split(separator: " ")[0]) }),
    ]

    /// The text and lists of every ASCII byte as a one-byte punctuation token.
    static let asciiPunctuation: [(text: WordText, flags: WordFlags)] = (0..<128).map { byte in
        let text = WordText(String(UnicodeScalar(UInt8(byte))))
        return (text, flags[text] ?? [])
    }

    /// Every listed word with its lists. A word outside gets no flag but ``WordFlags/relevant`` when it
    /// begins with a casualty stem (the tokenizer checks).
    static let flags: WordMap<WordFlags> = {
        var flags: [String: WordFlags] = [:]
        for word in CandidateWindow.words { flags[word, default: []] = [] }
        for (flag, words) in flagged {
            for word in words { flags[word, default: []].insert(flag) }
        }
        for (word, wordFlags) in flags where CandidateWindow.words.contains(word) || TriggerScan.startsWithStem(word)
            || !wordFlags.isDisjoint(with: [.casualtyVerb, .categoryNoun]) {
            flags[word] = wordFlags.union(.relevant)
        }
        return WordMap(flags.map { ($0.key, $0.value) })
    }()
}
