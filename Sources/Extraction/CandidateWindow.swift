/// Which candidates of a sentence are analysed in depth, so that text dense in numbers costs time
/// linear in its length and not much more per byte than news.
///
/// Every pattern of ``SentenceAnalysis`` ties a count to a casualty word, a toll word or a part opener
/// ("including", "among them") within a few tokens, or to an earlier count of the sentence a few
/// tokens before. A candidate with none of these within ``before`` tokens before it or ``after``
/// tokens after it (more than any pattern reaches) cannot be a count, and is skipped at once.
/// Past ``maximumPerSentence`` candidates analysed, the rest of the sentence is skipped: no news
/// sentence holds so many, only tables and garbage do.
struct CandidateWindow {
    /// How far back from a candidate the patterns reach, with room to spare (a toll named up to 30
    /// tokens before, qualifiers before the number).
    static let before = 48
    /// How far after a candidate the patterns reach, with room to spare (a long number, the victims'
    /// phrase, an appositive, an aside and auxiliaries before the fate).
    static let after = 100
    /// How close an earlier count must end for a candidate to be coordinated with it or continue it.
    static let afterEarlierCount = 16
    /// Candidates analysed in depth in one sentence at most (the most in a news sentence is about a dozen).
    static let maximumPerSentence = 64

    /// Words a pattern may hinge on besides the casualty stems (``TriggerScan/stems``) and the words
    /// of the casualty lists (``WordFlags/casualtyVerb``, ``WordFlags/categoryNoun``).
    static let words: WordSet = [
        "toll", "tally", "count", "number", "total", "figure", "estimate", "estimates", "casualties", "casualty",
        "including", "included", "includes", "among", "whom", "them", "victims", "shot", "death", "lives",
        "custody", "captivity", "hostage", "hostages", "captive", "captives", "prisoner", "prisoners",
        "hospital", "critical", "treated", "treatment", "receiving", "unaccounted",
        "lost", "lose", "loses", "losing", "sacrificed", "gave", "claimed", "claiming", "claims", "claim", "cost", "costing",
        "taken", "took", "take", "takes", "taking", "holding", "held", "holds",
    ]

    private let tokens: [Token]
    /// The first relevant token at or after the last window's start, or past its end when there is none.
    private var next = 0

    init(tokens: [Token]) { self.tokens = tokens }

    /// Whether a relevant token lies within the window of the candidate at `index`. Candidates must
    /// come in increasing order: each token is looked at once for the whole sentence.
    mutating func isRelevantNear(_ index: Int) -> Bool {
        let low = index - Self.before
        let high = index + Self.after
        if next < low { next = low }
        while next < tokens.count && next <= high && !tokens[next].flags.contains(.relevant) { next += 1 }
        return next < tokens.count && next <= high
    }
}
