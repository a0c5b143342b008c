import ClaimModel

/// Finds every casualty claim in English news text.
///
/// A pure function of the document: the same text always gives the same claims, with ids
/// `DOCID-1`, `DOCID-2`, … in text order. See ``SentenceAnalysis`` for the patterns, ``NumberPhrase``
/// for the bounds convention and ``VagueProfile`` for vague words.
///
/// - Complexity: one pass over the UTF-8 bytes to find casualty stems; sentences holding one are
///   tokenized and analysed, and their claims built, linked and handed over before the next
///   sentence, so memory is bounded by the longest sentence (``SentenceSplitter/longestSentence``)
///   and the linking window (``ClaimLinker/lookback``), whatever the document's length.
public struct Extractor: Sendable {
    /// How vague words ("dozens") become numbers.
    public var profile: VagueProfile

    public init(profile: VagueProfile = .tally) {
        self.profile = profile
    }

    /// The claims of one document.
    public func claims(in document: Document) -> [Claim] {
        var all: [Claim] = []
        claims(in: document) { all.append($0) }
        return all
    }

    /// Calls `body` with each claim of one document in text order, each as soon as it is final (at
    /// the end of its sentence).
    public func claims(in document: Document, _ body: (Claim) -> Void) {
        var text = document.text
        text.withUTF8 { claims(in: document, bytes: $0, body) }
    }

    private func claims(in document: Document, bytes: UnsafeBufferPointer<UInt8>, _ body: (Claim) -> Void) {
        guard !bytes.isEmpty, TriggerScan.containsTrigger(bytes, 0..<bytes.count) else { return }
        var lastCategory: CasualtyCategory?
        var lastSentence = -10
        var linker = ClaimLinker()
        var codePoints = CodePoints(bytes)
        let idPrefix = document.id + "-"
        var claimCount = 0
        // Arrays reused from sentence to sentence: allocating arrays costs more than filling them.
        let scratch = SentenceContext.Scratch()
        var byteOffsets: [Int] = []
        var offsets: [Int] = []
        var claims: [Claim] = []
        // Read the whole document for its country only when a claim needs it.
        var documentParty: String??
        func defaultParty() -> String? {
            if let documentParty { return documentParty }
            let party = DocumentParty.likely(in: bytes)
            documentParty = .some(party)
            return party
        }
        for (s, range) in SentenceSplitter.sentences(in: bytes, to: bytes.count).enumerated() {
            guard TriggerScan.containsTrigger(bytes, range)
                    || (lastSentence == s - 1 && TriggerScan.startsWithPartOpener(bytes, range)) else { continue }
            let t = Tokenizer.tokens(in: bytes, from: range.lowerBound, to: range.upperBound)
            let analysis = SentenceAnalysis(tokens: t, profile: profile, previousCategory: s - lastSentence <= 2 ? lastCategory : nil)
            let mentions = analysis.mentions()
            guard !mentions.isEmpty else { continue }
            lastCategory = mentions.last?.category
            lastSentence = s

            let source = Attribution.source(in: t)
            var context = SentenceContext(mentions: mentions, tokens: t, scratch: scratch)
            // Byte offsets of every span, converted to code points in one walk.
            byteOffsets.removeAll(keepingCapacity: true)
            for m in mentions {
                byteOffsets.append(t[m.spanFirst].start)
                byteOffsets.append(t[m.spanLast].end)
            }
            codePoints.offsets(of: byteOffsets, into: &offsets)
            func text(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[t[r.lowerBound].start..<t[r.upperBound - 1].end]), as: UTF8.self)
            }
            claims.removeAll(keepingCapacity: true)
            for (k, m) in mentions.enumerated() {
                let victimWords = m.victim.map { t[$0] } ?? []
                let role = VictimProfile.role(of: victimWords)
                var party = VictimProfile.party(of: victimWords)
                if party == nil && !(role == .militant) && !VictimProfile.isMultinational(victimWords) {
                    party = (role == .military || role == .police ? context.alliance(before: m.spanFirst) : nil)
                        ?? context.country() ?? defaultParty()
                }
                let window = context.clauseWindow(of: k)
                let times = TimeExpression.all(in: t, range: window, openers: context.timeOpeners)
                let time = times.first
                let cumulative = times.contains { $0.isCumulative }
                var claim = Claim(
                    id: idPrefix + String(claimCount + k + 1), document: document.id, reportDate: document.published,
                    category: m.category, value: max(m.phrase.value, 0), low: m.phrase.low, high: m.phrase.high,
                    victim: m.victim.map(text), party: party, role: role,
                    scope: cumulative ? .cumulative : .incident,
                    period: time.map { text($0.first..<($0.last + 1)) },
                    source: source.map(text),
                    url: document.url,
                    quote: text(m.spanFirst..<(m.spanLast + 1)),
                    start: offsets[2 * k], end: offsets[2 * k + 1]
                )
                if let published = document.published, let time, let (s, e) = time.resolve(published) {
                    claim.eventStart = s
                    claim.eventEnd = e
                }
                claims.append(claim)
            }
            claimCount += claims.count
            linker.link(&claims, mentions: mentions, sentence: s)
            for claim in claims { body(claim) }
        }
    }

    static let clauseBreaks: WordSet = [";", "including", "while", "but", "whereas", "--"]

    /// What the mentions of one sentence share, worked out once for the sentence: a sentence with
    /// many figures then costs time linear in its length, not in its length times its figures.
    struct SentenceContext {
        /// The lists of a sentence, kept from sentence to sentence so that their memory is reused.
        final class Scratch {
            /// The positions of the clause breaks, of the words that can open a time expression and of
            /// the alliances named, in order: few in a sentence, so a lookup is a binary search.
            var breaks: [Int] = []
            var timeOpeners: [Int] = []
            var allianceIndices: [Int] = []
            var allianceNames: [String] = []
        }

        private let mentions: [Mention]
        private let tokens: [Token]
        private let scratch: Scratch
        private var cachedCountry: String??

        var timeOpeners: [Int] { scratch.timeOpeners }

        init(mentions: [Mention], tokens: [Token], scratch: Scratch) {
            self.mentions = mentions
            self.tokens = tokens
            self.scratch = scratch
            scratch.breaks.removeAll(keepingCapacity: true)
            scratch.timeOpeners.removeAll(keepingCapacity: true)
            scratch.allianceIndices.removeAll(keepingCapacity: true)
            scratch.allianceNames.removeAll(keepingCapacity: true)
            for k in tokens.indices {
                let flags = tokens[k].flags
                if flags.contains(.clauseBreak) { scratch.breaks.append(k) }
                if flags.contains(.timeOpener) { scratch.timeOpeners.append(k) }
                if tokens[k].isCapitalized, let alliance = DocumentParty.alliance(of: tokens[k]) {
                    scratch.allianceIndices.append(k)
                    scratch.allianceNames.append(alliance)
                }
            }
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
            let p = Self.firstPosition(in: scratch.breaks, atLeast: x + 1)
            return p > 0 ? scratch.breaks[p - 1] : -1
        }

        /// The first clause break at or after token `x` (the token count for none).
        private func nextBreak(_ x: Int) -> Int {
            let p = Self.firstPosition(in: scratch.breaks, atLeast: x)
            return p < scratch.breaks.count ? scratch.breaks[p] : tokens.count
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
            let p = Self.firstPosition(in: scratch.allianceIndices, atLeast: index)
            return p > 0 ? scratch.allianceNames[p - 1] : nil
        }

        /// Tokens of the clause mention `i` belongs to: from the previous mention (or a clause break) to the next.
        func clauseWindow(of i: Int) -> Range<Int> {
            let m = mentions[i]
            var lower = 0
            var upper = tokens.count
            let breakBefore = previousBreak(m.spanFirst)
            if breakBefore >= 0 { lower = breakBefore == m.spanFirst ? breakBefore : breakBefore + 1 }
            if m.spanLast + 1 < tokens.count { upper = nextBreak(m.spanLast + 1) }
            // The other mentions of the sentence: the nearest edges on either side (a sentence holds at
            // most a few dozen mentions, ``CandidateWindow/maximumPerSentence``).
            if i > 0 {
                var lastBefore = Int.min
                for j in 0..<i { lastBefore = max(lastBefore, mentions[j].spanLast) }
                lower = max(lower, min(lastBefore + 1, m.spanFirst))
            }
            if i + 1 < mentions.count {
                var firstAfter = Int.max
                for j in (i + 1)..<mentions.count { firstAfter = min(firstAfter, mentions[j].spanFirst) }
                upper = min(upper, max(firstAfter, m.spanLast + 1))
            }
            return lower..<max(lower, upper)
        }
    }
}
