import ClaimModel

/// Finds every casualty claim in English news text.
///
/// A pure function of the document: the same text always gives the same claims, with ids
/// `DOCID-1`, `DOCID-2`, … in text order. See ``SentenceAnalysis`` for the patterns, ``NumberPhrase``
/// for the bounds convention and ``VagueProfile`` for vague words.
///
/// - Complexity: one pass over the UTF-8 bytes to find casualty stems; sentences holding one are
///   tokenized and analysed. Byte offsets become code-point offsets only for emitted claims.
public struct Extractor: Sendable {
    /// How vague words ("dozens") become numbers.
    public var profile: VagueProfile

    public init(profile: VagueProfile = .tally) {
        self.profile = profile
    }

    /// One mention with the sentence it was found in.
    struct Found {
        var mention: Mention
        /// The sentence's position in the document.
        var sentence: Int
        /// The sentence's position among the analysed sentences that yielded mentions.
        var analysed: Int
        var index: Int
    }

    /// A sentence that yielded mentions: its tokens and the source it names.
    struct AnalysedSentence {
        var tokens: [Token]
        var source: Range<Int>?
    }

    /// The claims of one document.
    public func claims(in document: Document) -> [Claim] {
        var text = document.text
        return text.withUTF8 { claims(in: document, bytes: $0) }
    }

    private func claims(in document: Document, bytes: UnsafeBufferPointer<UInt8>) -> [Claim] {
        guard !bytes.isEmpty, TriggerScan.containsTrigger(bytes, 0..<bytes.count) else { return [] }
        var found: [Found] = []
        var analysed: [AnalysedSentence] = []
        var lastCategory: CasualtyCategory?
        var lastSentence = -10
        for (s, range) in SentenceSplitter.sentences(in: bytes, to: bytes.count).enumerated() {
            guard TriggerScan.containsTrigger(bytes, range)
                    || (lastSentence == s - 1 && TriggerScan.startsWithPartOpener(bytes, range)) else { continue }
            let tokens = Tokenizer.tokens(in: bytes, from: range.lowerBound, to: range.upperBound)
            let analysis = SentenceAnalysis(tokens: tokens, profile: profile, previousCategory: s - lastSentence <= 2 ? lastCategory : nil)
            let mentions = analysis.mentions()
            guard !mentions.isEmpty else { continue }
            for (k, m) in mentions.enumerated() {
                found.append(Found(mention: m, sentence: s, analysed: analysed.count, index: k))
            }
            analysed.append(AnalysedSentence(tokens: tokens, source: Attribution.source(in: tokens)))
            lastCategory = mentions.last?.category
            lastSentence = s
        }
        guard !found.isEmpty else { return [] }
        // Read the whole document for its country only when a claim needs it.
        var documentParty: String??
        func defaultParty() -> String? {
            if let documentParty { return documentParty }
            let party = DocumentParty.likely(in: bytes)
            documentParty = .some(party)
            return party
        }

        // Byte offsets of every span, converted to code points in one walk.
        var claims: [Claim] = []
        claims.reserveCapacity(found.count)
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(2 * found.count)
        for f in found {
            let t = analysed[f.analysed].tokens
            byteOffsets.append(t[f.mention.spanFirst].start)
            byteOffsets.append(t[f.mention.spanLast].end)
        }
        let codePoints = CodePoints.offsets(of: byteOffsets, in: bytes)
        let idPrefix = document.id + "-"

        var context = SentenceContext(of: 0, in: found, tokens: analysed[found[0].analysed].tokens)
        for (n, f) in found.enumerated() {
            let m = f.mention
            let sentence = analysed[f.analysed]
            let t = sentence.tokens
            if n >= context.mentions.upperBound { context = SentenceContext(of: n, in: found, tokens: t) }
            func text(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[t[r.lowerBound].start..<t[r.upperBound - 1].end]), as: UTF8.self)
            }
            let victimWords = m.victim.map { t[$0] } ?? []
            let role = VictimProfile.role(of: victimWords)
            var party = VictimProfile.party(of: victimWords)
            if party == nil && !(role == .militant) && !VictimProfile.isMultinational(victimWords) {
                party = (role == .military || role == .police ? context.alliance(before: m.spanFirst) : nil)
                    ?? context.country() ?? defaultParty()
            }
            let window = context.clauseWindow(of: n, in: found)
            let times = TimeExpression.all(in: t, range: window, openers: context.timeOpeners)
            let time = times.first
            let cumulative = times.contains { $0.isCumulative }
            var claim = Claim(
                id: idPrefix + String(n + 1), document: document.id, reportDate: document.published,
                category: m.category, value: max(m.phrase.value, 0), low: m.phrase.low, high: m.phrase.high,
                victim: m.victim.map(text), party: party, role: role,
                scope: cumulative ? .cumulative : .incident,
                period: time.map { text($0.first..<($0.last + 1)) },
                source: sentence.source.map(text),
                url: document.url,
                quote: text(m.spanFirst..<(m.spanLast + 1)),
                start: codePoints[2 * n], end: codePoints[2 * n + 1]
            )
            if let published = document.published, let time, let (s, e) = time.resolve(published) {
                claim.eventStart = s
                claim.eventEnd = e
            }
            claims.append(claim)
        }
        ClaimLinking.link(&claims, found: found)
        return claims
    }

    static let clauseBreaks: WordSet = [";", "including", "while", "but", "whereas", "--"]

    /// What the mentions of one sentence share, worked out once for the sentence: a sentence with
    /// thousands of figures then costs time linear in its length, not in its length times its figures.
    struct SentenceContext {
        /// The positions in `found` of the sentence's mentions (`found` is in text order).
        let mentions: Range<Int>
        private let tokens: [Token]
        /// The positions of the clause breaks, of the words that can open a time expression and of the
        /// alliances named, in order: few in a sentence, so a lookup is a binary search.
        private let breaks: [Int]
        let timeOpeners: [Int]
        private let allianceIndices: [Int]
        private let allianceNames: [String]
        /// For each mention, the largest `spanLast` of it and the sentence's mentions before it.
        private let spanLastSoFar: [Int]
        /// For each mention, the smallest `spanFirst` of it and the sentence's mentions after it.
        private let spanFirstFromHere: [Int]
        private var cachedCountry: String??

        init(of first: Int, in found: [Found], tokens: [Token]) {
            var end = first
            while end < found.count && found[end].sentence == found[first].sentence { end += 1 }
            mentions = first..<end
            self.tokens = tokens
            var breaks: [Int] = []
            var openers: [Int] = []
            var allianceIndices: [Int] = []
            var allianceNames: [String] = []
            for k in tokens.indices {
                let flags = tokens[k].flags
                if flags.contains(.clauseBreak) { breaks.append(k) }
                if flags.contains(.timeOpener) { openers.append(k) }
                if tokens[k].isCapitalized, let alliance = DocumentParty.alliance(of: tokens[k]) {
                    allianceIndices.append(k)
                    allianceNames.append(alliance)
                }
            }
            self.breaks = breaks
            timeOpeners = openers
            self.allianceIndices = allianceIndices
            self.allianceNames = allianceNames
            var soFar: [Int] = []
            for n in mentions { soFar.append(max(soFar.last ?? Int.min, found[n].mention.spanLast)) }
            var fromHere = [Int](repeating: Int.max, count: mentions.count)
            for n in mentions.reversed() {
                let i = n - first
                fromHere[i] = min(i + 1 < mentions.count ? fromHere[i + 1] : Int.max, found[n].mention.spanFirst)
            }
            spanLastSoFar = soFar
            spanFirstFromHere = fromHere
        }

        /// The position of the first of `sorted` that is `x` or more (`sorted.count` when none is).
        static func firstPosition(in sorted: [Int], atLeast x: Int) -> Int {
            var (low, high) = (0, sorted.count)
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < x { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// The last clause break at or before token `x` (−1 for none).
        private func previousBreak(_ x: Int) -> Int {
            let p = Self.firstPosition(in: breaks, atLeast: x + 1)
            return p > 0 ? breaks[p - 1] : -1
        }

        /// The first clause break at or after token `x` (the token count for none).
        private func nextBreak(_ x: Int) -> Int {
            let p = Self.firstPosition(in: breaks, atLeast: x)
            return p < breaks.count ? breaks[p] : tokens.count
        }

        /// The one country the sentence names (``DocumentParty/country(in:)``), read once.
        mutating func country() -> String? {
            if let cachedCountry { return cachedCountry }
            let country = DocumentParty.country(in: tokens)
            cachedCountry = .some(country)
            return country
        }

        /// The alliance named last before token `index` (``DocumentParty/alliance(of:)``), as in
        /// "NATO says five service members …".
        func alliance(before index: Int) -> String? {
            let p = Self.firstPosition(in: allianceIndices, atLeast: index)
            return p > 0 ? allianceNames[p - 1] : nil
        }

        /// Tokens of the clause a mention belongs to: from the previous mention (or a clause break) to the next.
        func clauseWindow(of n: Int, in all: [Found]) -> Range<Int> {
            let m = all[n].mention
            let i = n - mentions.lowerBound
            var lower = 0
            var upper = tokens.count
            let breakBefore = previousBreak(m.spanFirst)
            if breakBefore >= 0 { lower = breakBefore == m.spanFirst ? breakBefore : breakBefore + 1 }
            if m.spanLast + 1 < tokens.count { upper = nextBreak(m.spanLast + 1) }
            // The other mentions of the sentence: the nearest edges on either side.
            if i > 0 { lower = max(lower, min(spanLastSoFar[i - 1] + 1, m.spanFirst)) }
            if i + 1 < mentions.count { upper = min(upper, max(spanFirstFromHere[i + 1], m.spanLast + 1)) }
            return lower..<max(lower, upper)
        }
    }
}
