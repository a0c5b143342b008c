/// Who asserted the figures of a sentence: "the Defence Ministry said", "according to police".
enum Attribution {
    static let speechVerbs: WordSet = ["said", "says", "told", "reported", "confirmed", "announced", "stated", "added", "estimated", "claimed", "reports"]
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "officials", "who", "which", "that"]

    /// Token range of the speaker named in the sentence, if any.
    static func source(in tokens: [Token]) -> Range<Int>? {
        func w(_ i: Int) -> WordText { i >= 0 && i < tokens.count ? tokens[i].lower : .empty }
        for i in tokens.indices where tokens[i].flags.contains(.according) {
            if w(i + 1) == "to" {
                var k = i + 2
                while k < tokens.count && k < i + 12 && !(tokens[k].isPunctuation && tokens[k].lower != "-" && tokens[k].lower != "'s") && !Words.whoWhichThatEtc.contains(w(k)) { k += 1 }
                if k > i + 2 { return trimmed(tokens, (i + 2)..<k) }
            }
        }
        for i in tokens.indices where tokens[i].flags.contains(.speechVerb) {
            let t = tokens[i]
            guard !(t.lower == "claimed" && w(i + 1) == "the") && !(t.lower == "claimed" && w(i + 1) != "," && w(i + 1) != "." && w(i + 1) != "") && !(t.lower == "reported" && Words.wereWasBeenEtc.contains(w(i - 1))) else { continue }
            // Subject before the verb: "..., police said", "A war monitor said ..."
            var k = i - 1
            while k >= 0 && i - k <= 9 && (tokens[k].isWord || tokens[k].lower == "-" || tokens[k].lower == "'s" || tokens[k].lower == "'")
                && !Words.thatAndButEtc.contains(w(k))
                && !(Lexicon.activeVerbs[w(k)] != nil || Lexicon.predicates[w(k)] != nil || Lexicon.auxiliaries.contains(w(k)) && !Words.theAllBothEtc.contains(w(k))) {
                k -= 1
            }
            if k < i - 1 {
                let range = trimmed(tokens, (k + 1)..<i)
                if let range, !(range.count == 1 && pronouns.contains(tokens[range.lowerBound].lower)) { return range }
                if range != nil { continue }
            }
            // Speaker after the verb: ", said military spokesman Capt. Jason Beck."
            if k == i - 1 && (w(i - 1) == "," || w(i - 1) == "\"" || i == 0) {
                var e = i + 1
                while e < tokens.count && e < i + 10 && !(tokens[e].isPunctuation && tokens[e].lower != "-" && tokens[e].lower != ".") && !Words.thatOnInEtc.contains(w(e)) { e += 1 }
                if e > i + 1 { return trimmed(tokens, (i + 1)..<e) }
            }
        }
        return nil
    }

    private static func trimmed(_ tokens: [Token], _ r: Range<Int>) -> Range<Int>? {
        var s = r.lowerBound, e = r.upperBound
        while s < e && Words.theAAnQuoteEtc.contains(tokens[s].lower) { s += 1 }
        while e > s && (tokens[e - 1].isPunctuation || tokens[e - 1].lower == "'s") { e -= 1 }
        return e > s ? s..<e : nil
    }
}
