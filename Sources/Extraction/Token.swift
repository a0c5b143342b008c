/// One word, number or punctuation mark of a sentence, located by UTF-8 byte offsets in the document.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    /// Byte offset of the first byte in the document's UTF-8.
    var start: Int
    /// Byte offset just past the last byte.
    var end: Int
    /// Lowercased text ("u.s.", "1,200", "-"), held inline.
    var lower: WordText
    var kind: Kind
    /// Whether the original starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// The word lists the token belongs to, looked up once when tokenizing.
    var flags: WordFlags = []

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunctuation: Bool { kind == .punctuation }
}

/// Membership of a word in the lists the analysis consults on every token, so the hot loops test
/// a bit instead of looking a string up. Set from ``Vocabulary``; a word outside it has none but
/// ``relevant`` when it begins with a casualty stem.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    /// Can open a count: number words, articles, vague quantities (``SentenceAnalysis/candidateWords``).
    static let countOpener = WordFlags(rawValue: 1 << 0)
    static let clauseBreak = WordFlags(rawValue: 1 << 1)
    static let weekday = WordFlags(rawValue: 1 << 2)
    static let month = WordFlags(rawValue: 1 << 3)
    static let categoryNoun = WordFlags(rawValue: 1 << 4)
    static let phraseStop = WordFlags(rawValue: 1 << 5)
    static let reversal = WordFlags(rawValue: 1 << 6)
    /// An active verb or a predicate of ``Lexicon``.
    static let casualtyVerb = WordFlags(rawValue: 1 << 7)
    static let speechVerb = WordFlags(rawValue: 1 << 8)
    static let nonVictimNoun = WordFlags(rawValue: 1 << 9)
    static let hypothetical = WordFlags(rawValue: 1 << 10)
    /// Can start a time expression (``TimeExpression/openers``).
    static let timeOpener = WordFlags(rawValue: 1 << 11)
    /// A singular noun for one person (``Lexicon/personNouns``).
    static let personNoun = WordFlags(rawValue: 1 << 12)
    /// Words that make the victims police, militants, soldiers, guards or civilians (``VictimProfile``).
    static let policeWord = WordFlags(rawValue: 1 << 13)
    static let militantWord = WordFlags(rawValue: 1 << 14)
    static let militaryHead = WordFlags(rawValue: 1 << 15)
    static let guardWord = WordFlags(rawValue: 1 << 16)
    static let civilianNoun = WordFlags(rawValue: 1 << 17)
    /// Victims of mixed nationality: pilgrims, migrants, passengers (``VictimProfile/isMultinational(_:)``).
    static let multinational = WordFlags(rawValue: 1 << 18)
    /// A word a count's pattern may hinge on: a casualty stem or word, a toll word, a part opener
    /// (``CandidateWindow``).
    static let relevant = WordFlags(rawValue: 1 << 19)
    /// "according", which may open an attribution ("according to police").
    static let according = WordFlags(rawValue: 1 << 20)
    /// A word of a party's name (``Gazetteer/parties``), alone or first of two ("south sudanese").
    static let partyWord = WordFlags(rawValue: 1 << 21)
}
