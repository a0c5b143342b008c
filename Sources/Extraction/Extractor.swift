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

    /// The same extractor sharing no storage with this one, for another thread (see
    /// ``VagueProfile/independentCopy()``).
    public func independentCopy() -> Extractor {
        Extractor(profile: profile.independentCopy())
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
        // The side the document's soldiers have been named as so far: soldiers named by no word of
        // their own are most likely that side's ("Two U.S. soldiers were killed ... Three other
        // soldiers were wounded"), rather than the country where they fight.
        var militaryParties = MilitaryPartyTally()
        // The side of the latest claim, and its sentence: victims with no noun of their own are theirs.
        var previousParty: (party: String, sentence: Int)?
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
                    party = role == .military || role == .police ? context.alliance(before: m.spanFirst) : nil
                    if party != nil {
                        if role == .military { militaryParties.count(party!) }
                    } else if VictimProfile.isAnaphoric(victimWords), let previous = previousParty, previous.sentence >= s - 1,
                              !(m.isToll && context.country() != nil) {
                        // "killed two soldiers and wounded a third", "... and 12 others": the victims before
                        // (a toll in a sentence naming a country is that country's: "Sri Lanka's toll hits 69").
                        party = previous.party
                    } else {
                        party = (role == .military ? militaryParties.leading : nil) ?? context.country() ?? defaultParty()
                    }
                } else if role == .military, let party {
                    militaryParties.count(party)
                }
                if let party { previousParty = (party, s) }
                let window = context.clauseWindow(of: k)
                let times = TimeExpression.all(in: t, range: window, openers: context.timeOpeners)
                let time = times.first
                let cumulative = times.contains { $0.isCumulative && !($0.isDatedSpan && context.namesOneEvent(in: window)) }
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
}
