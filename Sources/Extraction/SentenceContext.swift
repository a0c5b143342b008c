extension Extractor {
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

        /// Whether `window` names one event as what did the harm: a singular event noun shortly after
        /// an article ("a truck bomb", "an airstrike on a school", "the attack"), as in "In May, a truck
        /// bomb killed at least 92 people" (one attack, dated by a month, is still one incident).
        func namesOneEvent(in window: Range<Int>) -> Bool {
            for k in window where Self.articles.contains(tokens[k].lower) {
                for j in k + 1..<min(k + 4, window.upperBound) {
                    if Self.eventNouns.contains(tokens[j].lower) { return true }
                    if tokens[j].isPunctuation || tokens[j].isNumber { break }
                }
            }
            return false
        }

        static let articles: WordSet = ["a", "an", "the", "this", "that"]
        static let eventNouns: WordSet = [
            "attack", "bombing", "bomb", "bomber", "attacker", "blast", "explosion", "airstrike", "strike", "raid",
            "ambush", "assault", "massacre", "shooting", "gunfight", "crash", "collision", "derailment", "earthquake",
            "quake", "cyclone", "typhoon", "hurricane", "storm", "flood", "fire", "stampede", "landslide",
        ]

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
