import ClaimModel

/// Links the claims of one document: `part_of` for parts of a stated total, `same_as` for restatements.
enum ClaimLinking {
    /// How many earlier claims a restatement, a part or a toll is compared with; far more than any
    /// news article has (a sentence packed with thousands of figures stays linear).
    static let lookback = 400

    static func link(_ claims: inout [Claim], found: [Extractor.Found]) {
        for n in claims.indices {
            let m = found[n].mention
            if m.isPart {
                // The nearest earlier claim of the same category that can hold this one.
                var k = n - 1
                while k >= max(0, n - lookback) && found[n].sentence - found[k].sentence <= 2 {
                    if claims[k].category == claims[n].category && claims[k].value >= claims[n].value && !found[k].mention.isPart {
                        claims[n].partOf = claims[k].id
                        break
                    }
                    k -= 1
                }
            }
            if m.isToll {
                // "raising the toll to 27": earlier counts of the sentence are part of the running total.
                var k = n - 1
                while k >= max(0, n - lookback) && found[k].sentence == found[n].sentence {
                    if claims[k].category == claims[n].category && claims[k].value < claims[n].value && claims[k].partOf == nil {
                        claims[k].partOf = claims[n].id
                    }
                    k -= 1
                }
            }
        }
        for n in claims.indices where claims[n].partOf == nil {
            // A restatement looks back at most `lookback` claims, so a book-length text stays linear.
            for k in max(0, n - lookback)..<n where found[k].sentence != found[n].sentence && claims[k].category == claims[n].category
                && claims[k].scope == claims[n].scope && restates(claims[k], claims[n]) {
                claims[n].sameAs = claims[k].sameAs ?? claims[k].id
                break
            }
        }
    }

    /// Same figure: equal values, or one lies within the other's bounds.
    private static func restates(_ a: Claim, _ b: Claim) -> Bool {
        if a.value == b.value { return a.value >= 2 || a.victim?.lowercased() == b.victim?.lowercased() }
        func within(_ v: Int, _ c: Claim) -> Bool { (c.low ?? c.value) <= v && v <= (c.high ?? Int.max) && (c.low != nil || c.high != nil) }
        return a.value >= 10 && (within(a.value, b) || within(b.value, a)) && abs(a.value - b.value) * 20 <= max(a.value, b.value)
    }
}
