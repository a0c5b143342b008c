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
        var sentence: Int
        var tokens: [Token]
        var index: Int
    }

    /// The claims of one document.
    public func claims(in document: Document) -> [Claim] {
        var text = document.text
        return text.withUTF8 { claims(in: document, bytes: $0) }
    }

    private func claims(in document: Document, bytes: UnsafeBufferPointer<UInt8>) -> [Claim] {
        guard !bytes.isEmpty, TriggerScan.containsTrigger(bytes, 0..<bytes.count) else { return [] }
        var found: [Found] = []
        var sourceBySentence: [Int: Range<Int>?] = [:]
        var sentenceTokens: [Int: [Token]] = [:]
        var lastCategory: CasualtyCategory?
        var lastSentence = -10
        for (s, range) in SentenceSplitter.sentences(in: bytes, to: bytes.count).enumerated() {
            guard TriggerScan.containsTrigger(bytes, range)
                    || (lastSentence == s - 1 && TriggerScan.startsWithPartOpener(bytes, range)) else { continue }
            let tokens = Tokenizer.tokens(in: bytes, from: range.lowerBound, to: range.upperBound)
            let analysis = SentenceAnalysis(tokens: tokens, profile: profile, previousCategory: s - lastSentence <= 2 ? lastCategory : nil)
            let mentions = analysis.mentions()
            guard !mentions.isEmpty else { continue }
            sentenceTokens[s] = tokens
            for (k, m) in mentions.enumerated() {
                found.append(Found(mention: m, sentence: s, tokens: tokens, index: k))
            }
            lastCategory = mentions.last?.category
            lastSentence = s
            sourceBySentence[s] = Attribution.source(in: tokens)
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
        for f in found {
            byteOffsets.append(f.tokens[f.mention.spanFirst].start)
            byteOffsets.append(f.tokens[f.mention.spanLast].end)
        }
        let codePoints = CodePoints.offsets(of: byteOffsets, in: bytes)

        for (n, f) in found.enumerated() {
            let m = f.mention
            let t = f.tokens
            func text(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[t[r.lowerBound].start..<t[r.upperBound - 1].end]), as: UTF8.self)
            }
            let victimWords = m.victim.map { $0.map { t[$0].lower } } ?? []
            let role = VictimProfile.role(of: victimWords)
            var party = VictimProfile.party(of: victimWords)
            if party == nil && !(role == .militant) && !VictimProfile.isMultinational(victimWords) {
                party = (role == .military || role == .police ? DocumentParty.alliance(in: t, before: m.spanFirst) : nil)
                    ?? DocumentParty.country(in: t) ?? defaultParty()
            }
            let window = clauseWindow(of: n, in: found)
            let times = TimeExpression.all(in: t, range: window)
            let time = times.first
            let cumulative = times.contains { $0.isCumulative }
            var claim = Claim(
                id: "\(document.id)-\(n + 1)", document: document.id, reportDate: document.published,
                category: m.category, value: max(m.phrase.value, 0), low: m.phrase.low, high: m.phrase.high,
                victim: m.victim.map(text) ?? (m.phrase.isIndefinite ? nil : nil), party: party, role: role,
                scope: cumulative ? .cumulative : .incident,
                period: time.map { text($0.first..<($0.last + 1)) },
                source: sourceBySentence[f.sentence].flatMap { $0 }.map(text),
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

    /// Tokens of the clause a mention belongs to: from the previous mention (or a clause break) to the next.
    private func clauseWindow(of n: Int, in all: [Found]) -> Range<Int> {
        let f = all[n]
        let t = f.tokens
        var lower = 0
        var upper = t.count
        var k = f.mention.spanFirst
        while k >= 0 {
            if t[k].flags.contains(.clauseBreak) { lower = k == f.mention.spanFirst ? k : k + 1; break }
            k -= 1
        }
        k = f.mention.spanLast + 1
        while k < t.count {
            if t[k].flags.contains(.clauseBreak) { upper = k; break }
            k += 1
        }
        // The other mentions of the sentence are the neighbours in `all`, which is in text order.
        k = n - 1
        while k >= 0 && all[k].sentence == f.sentence {
            lower = max(lower, min(all[k].mention.spanLast + 1, f.mention.spanFirst))
            k -= 1
        }
        k = n + 1
        while k < all.count && all[k].sentence == f.sentence {
            upper = min(upper, max(all[k].mention.spanFirst, f.mention.spanLast + 1))
            k += 1
        }
        return lower..<max(lower, upper)
    }
}
