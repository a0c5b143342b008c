import ClaimModel

/// Links the claims of one document: `part_of` for parts of a stated total, `same_as` for restatements.
enum ClaimLinking {
    /// How many earlier claims a restatement, a part or a toll is compared with; far more than any
    /// news article has (a sentence packed with thousands of figures stays linear).
    static let lookback = 400

    /// What linking compares of a claim, read once (a claim's fields sit behind a reference).
    private struct Figure {
        var category: CasualtyCategory
        var scope: ClaimScope
        var value: Int
        var low: Int?
        var high: Int?
        var sentence: Int
        var isPart: Bool
        var isToll: Bool
        /// Whether `part_of` is set.
        var isLinkedPart = false
        /// The claim this one restates first (itself when none): `same_as` names it.
        var original: Int
    }

    static func link(_ claims: inout [Claim], found: [Extractor.Found]) {
        var figures = claims.indices.map { n in
            Figure(category: claims[n].category, scope: claims[n].scope, value: claims[n].value, low: claims[n].low, high: claims[n].high,
                   sentence: found[n].sentence, isPart: found[n].mention.isPart, isToll: found[n].mention.isToll, original: n)
        }
        for n in figures.indices {
            if figures[n].isPart {
                // The nearest earlier claim of the same category that can hold this one.
                var k = n - 1
                while k >= max(0, n - lookback) && figures[n].sentence - figures[k].sentence <= 2 {
                    if figures[k].category == figures[n].category && figures[k].value >= figures[n].value && !figures[k].isPart {
                        claims[n].partOf = claims[k].id
                        figures[n].isLinkedPart = true
                        break
                    }
                    k -= 1
                }
            }
            if figures[n].isToll {
                // "raising the toll to 27": earlier counts of the sentence are part of the running total.
                var k = n - 1
                while k >= max(0, n - lookback) && figures[k].sentence == figures[n].sentence {
                    if figures[k].category == figures[n].category && figures[k].value < figures[n].value && !figures[k].isLinkedPart {
                        claims[k].partOf = claims[n].id
                        figures[k].isLinkedPart = true
                    }
                    k -= 1
                }
            }
        }
        for n in figures.indices where !figures[n].isLinkedPart {
            // A restatement looks back at most `lookback` claims, so a book-length text stays linear.
            for k in max(0, n - lookback)..<n where figures[k].sentence != figures[n].sentence && figures[k].category == figures[n].category
                && figures[k].scope == figures[n].scope && restates(figures[k], figures[n], k, n, claims) {
                figures[n].original = figures[k].original
                claims[n].sameAs = claims[figures[k].original].id
                break
            }
        }
    }

    /// Same figure: equal values, or one lies within the other's bounds.
    private static func restates(_ a: Figure, _ b: Figure, _ ai: Int, _ bi: Int, _ claims: [Claim]) -> Bool {
        if a.value == b.value { return a.value >= 2 || claims[ai].victim?.lowercased() == claims[bi].victim?.lowercased() }
        func within(_ v: Int, _ c: Figure) -> Bool { (c.low ?? c.value) <= v && v <= (c.high ?? Int.max) && (c.low != nil || c.high != nil) }
        return a.value >= 10 && (within(a.value, b) || within(b.value, a)) && abs(a.value - b.value) * 20 <= max(a.value, b.value)
    }
}
