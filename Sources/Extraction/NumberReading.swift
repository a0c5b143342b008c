import ClaimModel

/// Reads the numbers of a tokenized sentence: digits, number words, ranges, vague words and qualifiers.
struct NumberReading {
    let tokens: [Token]
    let profile: VagueProfile

    /// The cardinal starting at `i`: its value and last token index.
    func cardinal(at i: Int) -> (value: Int, last: Int)? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.isNumber {
            // A number of more than sixteen characters has more than twelve digits: no count.
            let raw = t.lower
            guard raw.isComplete else { return nil }
            var hasDot = false, hasComma = false
            for k in 0..<raw.count {
                let b = raw.byte(k)
                if b == 46 { hasDot = true } else if b == 44 { hasComma = true }
            }
            if hasDot && !hasComma {
                // 1.2 million
                guard let decimal = Double(raw.string), i + 1 < tokens.count, let scale = Lexicon.scales[tokens[i + 1].lower], scale >= 1000,
                      decimal * Double(scale) <= Double(Claim.largestCount)
                else { return nil }
                return (Int((decimal * Double(scale)).rounded()), i + 1)
            }
            var value = 0
            var digitCount = 0
            var groupLength = 0
            for k in 0..<raw.count {
                let b = raw.byte(k)
                if b == 46 { groupLength = 0; continue }
                groupLength += 1  // bytes after the last dot
                if b == 44 { continue }
                value = value &* 10 &+ Int(b &- 48)
                digitCount += 1
                if digitCount > 12 { return nil }
            }
            if hasDot, groupLength != 3 { return nil }  // 1.200.000 only
            var last = i
            // 12 049: a thousands group after a space.
            if !hasComma, digitCount <= 3, i + 1 < tokens.count, tokens[i + 1].isNumber,
               tokens[i + 1].lower.count == 3, (0..<3).allSatisfy({ Tokenizer.isDigit(tokens[i + 1].lower.byte($0)) }), tokens[i + 1].spaceBefore,
               !(i + 2 < tokens.count && tokens[i + 2].isNumber) {
                value = value * 1000 + tokens[i + 1].lower.integer!
                last = i + 1
            }
            if last + 1 < tokens.count, let scale = Lexicon.scales[tokens[last + 1].lower], scale >= 1000 {
                return Self.count(value, times: scale).map { ($0, last + 1) }
            }
            return value <= Claim.largestCount ? (value, last) : nil
        }
        return wordCardinal(at: i)
    }

    /// "two hundred and seven", "thirty-three", "a dozen", "two dozen".
    private func wordCardinal(at start: Int) -> (value: Int, last: Int)? {
        var i = start
        var total = 0
        var current = 0
        var last = -1
        var sawNumber = false
        if tokens[i].lower == "a" || tokens[i].lower == "an" {
            guard i + 1 < tokens.count else { return nil }
            let next = tokens[i + 1].lower
            if next == "dozen" { return (12, i + 1) }
            guard next == "hundred" || next == "thousand" || next == "million" else { return nil }
            current = 1
            i += 1
        }
        while i < tokens.count {
            let w = tokens[i].lower
            if let u = Lexicon.units[w] {
                if sawNumber && current % 100 != 0 && current % 10 == 0 && current >= 20 && u < 10 && u > 0 {
                    current += u  // "twenty one"
                } else if sawNumber && current % 100 != 0 { break } else { current += u }
                sawNumber = true; last = i; i += 1; continue
            }
            if let t = Lexicon.tens[w] {
                if sawNumber && current % 100 != 0 { break }
                current += t; sawNumber = true; last = i; i += 1
                // thirty-three
                if i + 1 < tokens.count, tokens[i].lower == "-", !tokens[i].spaceBefore, let u = Lexicon.units[tokens[i + 1].lower], u > 0, u < 10 {
                    current += u; last = i + 1; i += 2
                }
                continue
            }
            if w == "hundred" && (sawNumber || current > 0) {
                guard let hundreds = Self.count(max(current, 1), times: 100) else { return nil }
                current = hundreds; last = i; i += 1
                if i + 1 < tokens.count, tokens[i].lower == "and", Lexicon.units[tokens[i + 1].lower] != nil || Lexicon.tens[tokens[i + 1].lower] != nil { i += 1 }
                continue
            }
            if let s = Lexicon.scales[w], s >= 1000, sawNumber || current > 0 {
                guard let scaled = Self.count(max(current, 1), times: s), let sum = Self.count(total, plus: scaled) else { return nil }
                total = sum; current = 0; last = i; i += 1
                if i + 1 < tokens.count, tokens[i].lower == "and", Lexicon.units[tokens[i + 1].lower] != nil || Lexicon.tens[tokens[i + 1].lower] != nil { i += 1 }
                continue
            }
            if w == "dozen" && sawNumber {
                guard let dozens = Self.count(current, times: 12) else { return nil }
                current = dozens; last = i; i += 1; continue
            }
            break
        }
        guard last >= 0, let value = Self.count(total, plus: current) else { return nil }
        return (value, last)
    }

    /// `a × b`, or `nil` past ``Claim/largestCount``: "a thousand thousand thousand…" is no casualty figure
    /// (and must not overflow).
    private static func count(_ a: Int, times b: Int) -> Int? {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow || product > Claim.largestCount ? nil : product
    }

    /// `a + b`, or `nil` past ``Claim/largestCount``.
    private static func count(_ a: Int, plus b: Int) -> Int? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow || sum > Claim.largestCount ? nil : sum
    }

    /// The number phrase whose number starts at `i`, with qualifier and range, or `nil` when `i` starts none.
    func phrase(at i: Int) -> NumberPhrase? {
        let w = tokens[i].lower
        // Vague quantity words: "dozens of", "several dozen", "hundreds".
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : .empty
        let severalScaled = w == "several" && Words.dozenHundredThousand.contains(next)
        if let v = severalScaled ? 3 : profile.words[w], w != "several" || next != "of" {
            var value = v
            var last = i
            if w == "several", i + 1 < tokens.count, tokens[i + 1].lower == "dozen" { value = profile.words["dozens"]!; last = i + 1 }
            else if w == "several", i + 1 < tokens.count, tokens[i + 1].lower == "hundred" { value = profile.words["hundreds"]!; last = i + 1 }
            else if w == "several", i + 1 < tokens.count, tokens[i + 1].lower == "thousand" { value = profile.words["thousands"]!; last = i + 1 }
            // "tens of thousands", "hundreds of thousands"
            if last + 2 < tokens.count, tokens[last + 1].lower == "of", let s = Lexicon.scales[tokens[last + 2].lower.droppingFinalS], s >= 1000 {
                value = v * s
                last += 2
            }
            var phrase = NumberPhrase(first: i, numberFirst: i, last: last, value: value, low: value, high: nil, isVague: true)
            applyQualifier(&phrase)
            if phrase.low == nil && phrase.high == nil && tokens[phrase.first].lower != "some" { phrase.low = phrase.value }
            return phrase
        }
        guard let (value, last) = cardinal(at: i) else { return nil }
        var phrase = NumberPhrase(first: i, numberFirst: i, last: last, value: value, low: value, high: value)
        // Ranges: 15-20, 15 to 20, 15 or 20.
        if last + 2 < tokens.count {
            let sep = tokens[last + 1].lower
            // "rose from 12 to 19" is a change, not a range.
            let isChange = sep == "to" && i >= 1 && tokens[i - 1].lower == "from"
            if (sep == "-" || sep == "to" || sep == "or" || sep == "--") && !isChange {
                if let (second, secondLast) = cardinal(at: last + 2), second > value,
                   sep != "-" || (!tokens[last + 1].spaceBefore && tokens[last + 2].isNumber == tokens[i].isNumber) {
                    phrase.high = second
                    phrase.last = secondLast
                }
            }
        }
        // between 15 and 20
        if i >= 1, tokens[i - 1].lower == "between", last + 2 < tokens.count, tokens[last + 1].lower == "and",
           let (second, secondLast) = cardinal(at: last + 2), second > value {
            phrase.first = i - 1
            phrase.high = second
            phrase.last = secondLast
        }
        if phrase.low == phrase.high { applyQualifier(&phrase) } else {
            // A range keeps its bounds; a qualifier before it only widens the phrase ("an estimated 500 to 800").
            var probe = phrase
            applyQualifier(&probe)
            phrase.first = min(phrase.first, probe.first)
        }
        return phrase
    }

    /// Qualifier words before the number, as bounds (see ``NumberPhrase``).
    private func applyQualifier(_ phrase: inout NumberPhrase) {
        let i = phrase.first
        func word(_ back: Int) -> WordText { i - back >= 0 ? tokens[i - back].lower : .empty }
        let n = phrase.value
        let vague = phrase.isVague
        // Most numbers follow no qualifier: one lookup skips the comparisons below.
        let before = word(1)
        switch Words.qualifierLastWords.contains(before) ? (word(2), before) : (WordText.empty, WordText.empty) {
        case ("at", "least"), ("fewer", "than") where word(3) == "no", ("less", "than") where word(3) == "not",
             ("minimum", "of") where word(3) == "a":
            phrase.low = n; phrase.high = nil
            phrase.first = i - ((word(1) == "least") ? 2 : 3)
        case ("more", "than"), ("in", "excess"), ("upwards", "of"), ("excess", "of"):
            phrase.value = n + 1; phrase.low = n + 1; phrase.high = nil; phrase.first = i - 2
        case ("many", "as") where word(3) == "as", ("high", "as") where word(3) == "as", ("maximum", "of") where word(3) == "a":
            phrase.low = nil; phrase.high = n; phrase.first = i - 3
        case ("up", "to"):
            phrase.low = nil; phrase.high = n; phrase.first = i - 2
        case ("close", "to"), ("just", "under"), ("fewer", "than"), ("less", "than"):
            phrase.value = max(n - 1, 0); phrase.low = nil; phrase.high = phrase.value; phrase.first = i - 2
        case (_, "over"), (_, "tops"), (_, "topped"), (_, "exceeded"), (_, "surpassed"), (_, "exceeds"), (_, "surpasses"), (_, "top"):
            phrase.value = n + 1; phrase.low = n + 1; phrase.high = nil; phrase.first = i - 1
        case (_, "nearly"), (_, "almost"):
            phrase.value = max(n - 1, 0); phrase.low = nil; phrase.high = phrase.value; phrase.first = i - 1
        case (_, "about"), (_, "around"), (_, "approximately"), (_, "roughly"), (_, "some"), (_, "estimated"), (_, "approx"):
            phrase.low = nil; phrase.high = nil; phrase.first = i - 1
            if word(2) == "an" && word(1) == "estimated" { phrase.first = i - 2 }
        default: break
        }
        // "more than two dozen": the vague word already sits on its bound.
        if vague, phrase.high == nil, phrase.low == nil, tokens[phrase.first].lower != "some", tokens[phrase.first].lower != "about" {
            phrase.low = phrase.value
        }
    }
}
