import ClaimModel

/// Links the claims of one document, a sentence at a time: `part_of` for parts of a stated total,
/// `same_as` for restatements.
///
/// A claim is final once its sentence has been linked (only a later toll of the same sentence
/// makes it a part), so the extractor hands claims over sentence by sentence; the linker keeps
/// what it compares of the last ``lookback`` claims.
struct ClaimLinker {
    /// How many earlier claims a restatement, a part or a toll is compared with; far more than any
    /// news article has (a text packed with thousands of figures stays linear).
    static let lookback = 400

    /// What linking compares of a claim.
    private struct Figure {
        var category: CasualtyCategory
        var scope: ClaimScope
        var value: Int
        var low: Int?
        var high: Int?
        var victim: String?
        var sentence: Int
        var isPart: Bool
        var id: String
        /// Whether `part_of` is set.
        var isLinkedPart = false
        /// The id of the claim this one restates first (its own when none): `same_as` names it.
        var original: String
    }

    /// The figures of the last ``lookback`` claims and of the current sentence, oldest first;
    /// `figures[k]` is claim `dropped + k` of the document.
    private var figures: [Figure] = []
    /// Each figure's category and scope as one small number, side by side, so that the search for a
    /// restatement reads a few bytes per earlier claim.
    private var kinds: [UInt16] = []
    private var dropped = 0

    private static func kind(_ category: CasualtyCategory, _ scope: ClaimScope) -> UInt16 {
        UInt16(truncatingIfNeeded: category.ordinal) << 1 | (scope == .incident ? 0 : 1)
    }

    /// Links the claims of sentence `sentence` (in order, after every earlier sentence's), among
    /// themselves and to the claims before them.
    mutating func link(_ claims: inout [Claim], mentions: [Mention], sentence: Int) {
        let first = dropped + figures.count  // the document's number of the sentence's first claim
        for (k, claim) in claims.enumerated() {
            kinds.append(Self.kind(claim.category, claim.scope))
            figures.append(Figure(category: claim.category, scope: claim.scope, value: claim.value, low: claim.low, high: claim.high,
                                  victim: claim.victim, sentence: sentence, isPart: mentions[k].isPart, id: claim.id, original: claim.id))
        }
        func f(_ n: Int) -> Figure { figures[n - dropped] }
        for (k, mention) in mentions.enumerated() {
            let n = first + k
            if mention.isPart {
                // The nearest earlier claim of the same category that can hold this one.
                var j = n - 1
                while j >= max(dropped, n - Self.lookback) && f(n).sentence - f(j).sentence <= 2 {
                    if f(j).category == f(n).category && f(j).value >= f(n).value && !f(j).isPart {
                        claims[k].partOf = f(j).id
                        figures[n - dropped].isLinkedPart = true
                        break
                    }
                    j -= 1
                }
            }
            if mention.isToll {
                // "raising the toll to 27": earlier counts of the sentence are part of the running total.
                var j = n - 1
                while j >= max(first, n - Self.lookback) {
                    if f(j).category == f(n).category && f(j).value < f(n).value && !f(j).isLinkedPart {
                        claims[j - first].partOf = f(n).id
                        figures[j - dropped].isLinkedPart = true
                    }
                    j -= 1
                }
            }
        }
        for k in claims.indices where !f(first + k).isLinkedPart {
            let n = first + k
            let figure = f(n)
            // A restatement looks back at most `lookback` claims, so a book-length text stays linear.
            let kind = kinds[n - dropped]
            let found: Int? = figures.withUnsafeBufferPointer { all in
                kinds.withUnsafeBufferPointer { kinds in
                    for j in max(dropped, n - Self.lookback)..<n where kinds[j - dropped] == kind {
                        let other = all.baseAddress! + (j - dropped)  // read in place: a figure holds strings
                        if other.pointee.sentence != figure.sentence && Self.restates(other.pointee, figure) { return j }
                    }
                    return nil
                }
            }
            if let j = found {
                figures[n - dropped].original = f(j).original
                claims[k].sameAs = f(j).original
            }
        }
        // Keep what the next sentences can look back to.
        if figures.count > 2 * Self.lookback {
            let excess = figures.count - Self.lookback
            figures.removeFirst(excess)
            kinds.removeFirst(excess)
            dropped += excess
        }
    }

    /// Same figure: equal values, or one lies within the other's bounds.
    @inline(__always) private static func restates(_ a: borrowing Figure, _ b: borrowing Figure) -> Bool {
        if a.value == b.value { return a.value >= 2 || a.victim?.lowercased() == b.victim?.lowercased() }
        func within(_ v: Int, _ c: Figure) -> Bool { (c.low ?? c.value) <= v && v <= (c.high ?? Int.max) && (c.low != nil || c.high != nil) }
        return a.value >= 10 && (within(a.value, b) || within(b.value, a)) && abs(a.value - b.value) * 20 <= max(a.value, b.value)
    }
}
