import ClaimModel

/// Finds the casualty counts of one tokenized sentence by clause-level patterns.
///
/// A number becomes a mention when a pattern ties it to a casualty category:
/// - its noun is the category ("46 deaths", "12 dead", "three hostages");
/// - a predicate follows the victims ("nine soldiers were killed", "15 missing", "lost their lives");
/// - an active verb or "of"-noun precedes it ("killed nine", "the deaths of two Marines");
/// - a toll phrase precedes it ("the death toll rose to 60");
/// - it is coordinated with, or introduced as part of ("including 33"), a mention already found.
/// Numbers that count something else (years, ages, distances, money, weapons, troops) or that are
/// negated or hypothetical are dropped.
struct SentenceAnalysis {
    let tokens: [Token]
    let reading: NumberReading
    /// The category of the last mention of the previous sentences, for "including …" openers.
    var previousCategory: CasualtyCategory?
    /// What the analysis reads about the whole sentence at most once.
    private final class Cache {
        var casualtiesMeanDeaths: Bool?
    }
    private let cache = Cache()

    init(tokens: [Token], profile: VagueProfile, previousCategory: CasualtyCategory? = nil) {
        self.tokens = tokens
        self.reading = NumberReading(tokens: tokens, profile: profile)
        self.previousCategory = previousCategory
    }

    private func w(_ i: Int) -> WordText { i >= 0 && i < tokens.count ? tokens[i].lower : .empty }

    /// Every mention of the sentence, in text order.
    func mentions() -> [Mention] {
        var result: [Mention] = []
        // The category of the last toll so far, kept as it goes (a search of `result` per phrase
        // made a sentence of thousands of figures quadratic).
        var tollCategory: CasualtyCategory?
        var window = CandidateWindow(tokens: tokens)
        var analysed = 0
        var i = 0
        while i < tokens.count {
            // Cheap rejections first (see ``CandidateWindow``).
            let t = tokens[i]
            guard t.isNumber || t.flags.contains(.countOpener) else { i += 1; continue }
            guard window.isRelevantNear(i) || tollCategory != nil
                    || (result.last.map { $0.spanLast >= i - CandidateWindow.afterEarlierCount } ?? false) else { i += 1; continue }
            analysed += 1
            if analysed > CandidateWindow.maximumPerSentence { break }
            guard let phrase = candidate(at: i) else { i += 1; continue }
            i = phrase.last + 1
            // "103 of the 107 passengers": the second number belongs to the first one's phrase.
            if let np = nounPhrase(after: phrase.last), (np.first...np.last).contains(where: { tokens[$0].isNumber }) { i = np.last + 1 }
            if let found = link(phrase, earlier: result, tollCategory: tollCategory) {
                result += found
                if let toll = found.last(where: \.isToll) { tollCategory = toll.category }
            }
        }
        return result
    }

    // MARK: Candidates

    /// A number phrase or an indefinite singular ("a soldier", "another") starting at `i`.
    /// Words that can open a count; any other word is skipped with one lookup.
    static let candidateWords: WordSet = WordSet(Lexicon.units.keys).union(Lexicon.tens.keys)
        .union(["a", "an", "another", "his", "her", "their", "several", "tens", "dozens", "scores", "hundreds", "thousands", "millions",
                "the", "both", "of", "i"] + Array(titles))

    /// Ranks and titles that, capitalised before a name, make one person: "Private Matthew Lambert was killed".
    static let titles: WordSet = [
        "private", "pvt.", "pfc.", "spc.", "specialist", "corporal", "cpl.", "sergeant", "sgt.", "staff", "lance", "lieutenant", "lt.",
        "captain", "capt.", "major", "maj.", "colonel", "col.", "general", "gen.", "commander", "cmdr.", "officer", "constable",
        "inspector", "insp.", "superintendent", "chief", "governor", "gov.", "mayor", "senator", "sen.", "judge", "journalist",
        "reporter", "photographer", "dr.", "doctor", "father", "sheikh", "imam", "pastor", "rev.", "mr.", "mrs.", "ms.",
        // Abbreviations, which the tokenizer keeps apart from their dot.
        "pvt", "pfc", "spc", "cpl", "sgt", "lt", "capt", "maj", "col", "gen", "cmdr", "insp", "gov", "sen", "rev", "dr", "mr", "mrs", "ms",
        "first", "class", "second",
    ]

    private func candidate(at i: Int) -> NumberPhrase? {
        let t = tokens[i]
        guard t.isNumber || t.flags.contains(.countOpener) else { return nil }
        if t.isNumber || Lexicon.units[t.lower] != nil || Lexicon.tens[t.lower] != nil || t.lower == "a" || t.lower == "an"
            || reading.profile.words[t.lower] != nil || t.lower == "several" && Words.dozenHundredThousand.contains(w(i + 1)) {
            if let phrase = reading.phrase(at: i) { return phrase }
        }
        if Words.hisHerTheir.contains(t.lower), let np = nounPhrase(after: i), let head = np.head, head == i + 1 || head == i + 2,
           Lexicon.personNouns.contains(tokens[head].lower), rightPredicate(after: np.last)?.category != nil || w(i - 1) == "and" || w(i - 1) == "," {
            return NumberPhrase(first: i, numberFirst: i, last: i, value: 1, low: 1, high: 1, isIndefinite: true)
        }
        if t.lower == "the" { return definitePerson(at: i) }
        if t.lower == "of" { return barePersonOf(at: i) }
        // "I was slightly wounded": a witness counting themself (wounded, held or missing; never killed).
        if t.lower == "i", t.isCapitalized, let r = rightPredicate(after: i), let c = r.category, c != .killed {
            return NumberPhrase(first: i, numberFirst: i, last: i, value: 1, low: 1, high: 1, isIndefinite: true)
        }
        if t.lower == "both" { return both(at: i) }
        if t.isCapitalized, Self.titles.contains(t.lower) { return namedPerson(at: i) }
        if t.lower == "a" || t.lower == "an" || t.lower == "another" {
            if i > 0, w(i - 1) == "a" { return nil }
            // "a third", after a verb
            if t.lower == "a", Lexicon.ordinals.contains(w(i + 1)) {
                return NumberPhrase(first: i, numberFirst: i, last: i + 1, value: 1, low: 1, high: 1, isIndefinite: true)
            }
            if t.lower == "another" {
                let next = w(i + 1)
                if Lexicon.predicates[next] != nil || Lexicon.auxiliaries.contains(next) && next != "to" {
                    return NumberPhrase(first: i, numberFirst: i, last: i, value: 1, low: 1, high: 1, isIndefinite: true)
                }
                if tokens.indices.contains(i + 1), tokens[i + 1].isNumber || Lexicon.units[next] != nil || Lexicon.tens[next] != nil {
                    return nil
                }
            }
            if let np = nounPhrase(after: i), let head = np.head, isPersonSingular(head) {
                return NumberPhrase(first: i, numberFirst: i, last: i, value: 1, low: 1, high: 1, isIndefinite: true)
            }
        }
        return nil
    }

    /// "the murder of former deputy district commissioner", "the death of local police chief": after
    /// a noun whose "of" names its victims, one person named by a singular noun phrase with no
    /// determiner (a determiner or a number opens a candidate of its own).
    private func barePersonOf(at i: Int) -> NumberPhrase? {
        guard i > 0, Lexicon.ofNouns[w(i - 1)] != nil, i + 1 < tokens.count, tokens[i + 1].isWord,
              !tokens[i + 1].flags.contains(.countOpener), !tokens[i + 1].isCapitalized,
              let np = nounPhrase(after: i), let head = np.head, head <= i + 4, !np.headIsCategory, isPersonSingular(head),
              !tokens[head].isCapitalized else { return nil }
        return NumberPhrase(first: i + 1, numberFirst: i + 1, last: i + 1, value: 1, low: 1, high: 1, isIndefinite: true)
    }

    /// "the police chief was killed", "included the commander of the police station": one person named
    /// by a definite singular noun phrase, when a fate follows it or a list of victims holds it.
    private func definitePerson(at i: Int) -> NumberPhrase? {
        // Most "the" open no person: look for a person noun before building the noun phrase.
        guard (i + 1..<min(i + 5, tokens.count)).contains(where: { tokens[$0].flags.contains(.personNoun) || tokens[$0].isCapitalized }),
              let np = nounPhrase(after: i), let head = np.head, head <= i + 4, !np.headIsCategory, isPersonSingular(head),
              !tokens[head].isCapitalized || tokens[i + 1].isCapitalized else { return nil }
        let one = NumberPhrase(first: i, numberFirst: i, last: i, value: 1, low: 1, high: 1, isIndefinite: true)
        if partOpener(before: i) != nil { return one }
        // Later in a list of victims: "..., another officer and the deputy director of traffic police".
        if w(i - 1) == "and", np.last + 1 >= tokens.count || Words.afterListedVictim.contains(w(np.last + 1)) {
            return one
        }
        // The fate must be this person's own: "the soldier was killed", "the governor, was killed", not "the leader said".
        if let r = rightPredicate(after: np.last), r.category != nil, !(np.last + 1..<r.index).contains(where: { Words.wereAreHave.contains(w($0)) }) {
            return one
        }
        return nil
    }

    /// "both of them", "both soldiers": two.
    private func both(at i: Int) -> NumberPhrase? {
        let next = w(i + 1)
        if next == "of" ? Words.themWhomTheEtc.contains(w(i + 2)) : nounPhrase(after: i)?.head != nil {
            return NumberPhrase(first: i, numberFirst: i, last: i, value: 2, low: 2, high: 2)
        }
        return nil
    }

    /// "Private Matthew Lambert was killed", "Australian Pvt. Matthew Lambert died": a rank or title before
    /// a capitalised name, with the person's own fate after the name.
    private func namedPerson(at i: Int) -> NumberPhrase? {
        // Only at the first word of the title ("Lance Corporal", "Sgt. First Class").
        guard !(i > 0 && tokens[i - 1].isCapitalized && Self.titles.contains(w(i - 1))), !(i > 1 && w(i - 1) == "." && Self.titles.contains(w(i - 2))) else { return nil }
        var k = i + 1
        var names = 0
        while k < tokens.count && k <= i + 6 {
            if w(k) == "." && !tokens[k].spaceBefore && Self.titles.contains(w(k - 1)) { k += 1; continue }  // "Pvt."
            guard tokens[k].isCapitalized && tokens[k].isWord else { break }
            if !Self.titles.contains(w(k)) { names += 1 }
            k += 1
        }
        guard names > 0 else { return nil }
        // The victim's phrase is the rest of the title and the name ("Corporal James Ashworth", "Daniel Wade").
        let last = w(i + 1) == "." ? i + 1 : i
        guard let r = rightPredicate(after: k - 1), r.category != nil, Words.wasHasHadEtc.contains(w(k)) || Lexicon.predicates[w(k)] != nil
        else { return nil }
        return NumberPhrase(first: i, numberFirst: i, last: last, value: 1, low: 1, high: 1, isIndefinite: true)
    }

    private func isPersonSingular(_ index: Int) -> Bool {
        let head = tokens[index].lower
        if Lexicon.personNouns.contains(head) { return true }
        if let party = Gazetteer.parties[head], !head.hasSuffix("s"), tokens[index].isCapitalized,
           party != "Taliban", party != "NATO", !Words.unitedStatesOrKingdom.contains(head) {
            return head.hasSuffix("an") || head.hasSuffix("i")  // an Iraqi, an Afghan
        }
        return false
    }

    // MARK: Noun phrases

    struct NounPhrase {
        var first: Int
        var last: Int
        var head: Int?
        /// "wounded people", "dead soldiers": a category carried by a modifier or the head.
        var category: CasualtyCategory?
        var headIsCategory = false
    }

    /// The victims' noun phrase after token `index` (the end of a number), if any.
    func nounPhrase(after index: Int) -> NounPhrase? {
        var j = index + 1
        guard j < tokens.count else { return nil }
        var np = NounPhrase(first: j, last: index, head: nil)
        // Partitives: "five of its soldiers", "four of them", "559 of those killed", "dozens of people".
        if w(j) == "of" {
            let det = w(j + 1)
            if Words.themWhomUsEtc.contains(det) && !(det == "those" && j + 2 < tokens.count && Lexicon.predicates[w(j + 2)] == nil && !tokens[j + 2].isWord) {
                if det == "those" || det == "these", let c = Lexicon.predicates[w(j + 2)] ?? Lexicon.categoryNouns[w(j + 2)] {
                    return NounPhrase(first: j, last: j + 2, head: j + 2, category: c, headIsCategory: true)
                }
                if det == "them" || det == "whom" || det == "us" { return NounPhrase(first: j, last: j + 1, head: j + 1) }
            }
            if Words.theItsTheirEtc.contains(det) || reading.profile.words[w(index)] != nil
                || Lexicon.units[w(index)] != nil || tokens[index].isNumber {
                j += (Words.theItsTheirEtc.contains(det) ? 2 : 1)
                if j < tokens.count && tokens[j].isNumber { j += 1 }
                if det == "those" || det == "the", let c = Lexicon.categoryNouns[w(j)], Words.deadKilledWoundedEtc.contains(w(j)) {
                    return NounPhrase(first: index + 1, last: j, head: j, category: c, headIsCategory: true)
                }
            } else {
                return nil
            }
        }
        if w(j) == "\"" || w(j) == "'" { j += 1; np.first = j }
        var count = 0
        while j < tokens.count && count < 7 {
            let t = tokens[j]
            let l = t.lower
            if t.isPunctuation {
                // hyphenated compounds: U.S.-led, al-Shabab, 75-year-old
                if l == "-" && !t.spaceBefore && j + 1 < tokens.count && !tokens[j + 1].spaceBefore && j > np.first { j += 1; continue }
                break
            }
            if t.isNumber {
                if j + 1 < tokens.count && w(j + 1) == "-" && !tokens[j + 1].spaceBefore { j += 1; count += 1; continue }
                break
            }
            let flags = t.flags
            if flags.contains(.weekday) || flags.contains(.month) && t.isCapitalized { break }
            if flags.contains(.categoryNoun), let c = Lexicon.categoryNouns[l] {
                // "wounded people": a modifier; "12 dead", "46 deaths": the head.
                let next = j + 1 < tokens.count ? tokens[j + 1] : nil
                if let next, next.isWord, Words.woundedInjuredDeadEtc.contains(l),
                   Lexicon.civilianNouns.contains(next.lower) || Lexicon.militaryNouns.contains(next.lower)
                    || Lexicon.policeNouns.contains(next.lower) || Lexicon.militantNouns.contains(next.lower) {
                    np.category = c; j += 1; count += 1; continue
                }
                if count == 0 || !Words.killedWoundedInjuredEtc.contains(l) {
                    np.head = j; np.last = j; np.category = c; np.headIsCategory = true
                }
                break
            }
            if flags.contains(.phraseStop) && !(count == 0 && l == "more") || flags.contains(.reversal) || l == "ago" { break }
            if flags.contains(.casualtyVerb) { break }
            if l == "'s" { break }
            np.head = j; np.last = j
            j += 1; count += 1
            if l == "others" || l == "people" || l == "persons" { break }
        }
        return np.head == nil ? nil : np
    }

    // MARK: Filters

    /// Whether token `index` names a month: "may" and "march" only when capitalized (else a verb).
    private func isMonth(at index: Int) -> Bool {
        guard tokens.indices.contains(index), Lexicon.months.contains(w(index)) else { return false }
        return (w(index) != "may" && w(index) != "march") || tokens[index].isCapitalized
    }

    /// Whether the number is something other than a count of people, or is denied or supposed.
    private func isExcluded(_ p: NumberPhrase, np: NounPhrase?) -> Bool {
        let first = tokens[p.numberFirst]
        let before = w(p.first - 1)
        let after = w(p.last + 1)
        if first.isNumber && !p.isIndefinite {
            let raw = first.lower
            if raw.count == 4, let year = raw.integer, (1800...2100).contains(year), p.low == p.high,
               np?.headIsCategory != true, !(np.map { isPeopleHead($0) } ?? false) { return true }
            // "May 5", "12 March 2020": a day or a year beside a month ("650,000 may have died" is no date).
            let dayOrYear = raw.integer.map { (1...31).contains($0) || (1800...2100).contains($0) } ?? false
            if dayOrYear && (isMonth(at: p.first - 1) || isMonth(at: p.last + 1)) { return true }
            if after == ":" || after == "a.m." || after == "p.m." || after == "am" || after == "pm" { return true }
            if Words.dollarPoundEuroEtc.contains(before) { return true }
            // "Rossiya 24", "Channel 4": a name ending in a number.
            // Not "told Reuters 10 people were killed", nor a headline's "... in Mogadishu Tops 300".
            if p.first > 1, p.first == p.numberFirst, tokens[p.first - 1].isCapitalized, tokens[p.first - 1].isWord, !tokens[p.first - 2].isCapitalized,
               tokens[p.first - 2].isWord, !isCasualtyWord(before), !isQualifierWord(before),
               !(np.map { isPeopleHead($0) } ?? false), !Lexicon.auxiliaries.contains(after), Lexicon.predicates[after] == nil { return true }
            // "Salam Hashim, 28, a merchant": an age.
            if before == ",", p.first > 1, tokens[p.first - 2].isCapitalized, after == "," || after == ")" { return true }
        }
        if (max(0, p.first - 4)..<p.first).contains(where: { Words.agedAgeAges.contains(w($0)) }) { return true }
        if after == "%" || after == "percent" || (after == "per" && w(p.last + 2) == "cent") { return true }
        // "nine-year conflict", "five-member team"
        if !p.isIndefinite, after == "-", p.last + 2 < tokens.count, !tokens[p.last + 1].spaceBefore, tokens[p.last + 2].isWord,
           Lexicon.units[w(p.last + 2)] == nil, Lexicon.tens[w(p.last + 2)] == nil { return true }
        if Lexicon.negations.contains(before) { return true }
        if Lexicon.agentMarkers.contains(before) { return true }
        // rates: "42 a day"
        if let np { if isRate(after: np.last) { return true } } else if isRate(after: p.last) { return true }
        if let np, let head = np.head, !np.headIsCategory,
           (np.first...head).contains(where: { k in tokens[k].isWord && tokens[k].flags.contains(.nonVictimNoun)
               && !(w(k - 1) == "-" && !tokens[k].spaceBefore) && !(w(k + 1) == "-" && !tokens[k + 1].spaceBefore) }) { return true }
        // hypothetical: "if another soldier was hurt"
        var k = p.first - 1
        var steps = 0
        while k >= 0 && steps < 8 && !tokens[k].isPunctuation {
            if tokens[k].flags.contains(.hypothetical) { return true }
            k -= 1; steps += 1
        }
        return false
    }

    private func isRate(after index: Int) -> Bool {
        let a = w(index + 1), b = w(index + 2)
        return (a == "a" || a == "per" || a == "each" || a == "every") && Words.dayWeekMonthEtc.contains(b)
    }

    private func isPeopleNoun(after first: Int) -> Bool {
        var k = first
        while k < tokens.count && k < first + 6 {
            let l = w(k)
            if Lexicon.civilianNouns.contains(l) || Lexicon.militaryNouns.contains(l) || Lexicon.policeNouns.contains(l) { return true }
            k += 1
        }
        return false
    }

    private func isPeopleHead(_ np: NounPhrase) -> Bool {
        guard let head = np.head else { return false }
        let l = tokens[head].lower
        return Lexicon.civilianNouns.contains(l) || Lexicon.militaryNouns.contains(l) || Lexicon.policeNouns.contains(l)
    }

    private func isCasualtyWord(_ l: WordText) -> Bool {
        Lexicon.activeVerbs[l] != nil || Lexicon.predicates[l] != nil || Lexicon.categoryNouns[l] != nil
            || Words.tollTopsKillEtc.contains(l)
    }

    private func isQualifierWord(_ l: WordText) -> Bool {
        Words.overMoreNearlyEtc.contains(l)
    }

    // MARK: Linking

    /// The mentions a number phrase yields (two for "killed and wounded"), or `nil`.
    private func link(_ p: NumberPhrase, earlier: [Mention], tollCategory: CasualtyCategory?) -> [Mention]? {
        var np = nounPhrase(after: p.last)
        if let n = np, n.head == nil { np = nil }
        // A vague word needs "of" people or a fate: "dozens of people", "dozens killed".
        if isExcluded(p, np: np) { return nil }
        let npEnd = np?.last ?? p.last
        let isPartOpener = partOpener(before: p.first)

        func make(_ c: CasualtyCategory, from a: Int, to b: Int) -> Mention {
            Mention(phrase: p, category: c, victim: np.map { $0.first...$0.last }.map { Range($0) },
                    spanFirst: min(a, p.first), spanLast: max(b, npEnd), isPart: isPartOpener != nil)
        }

        // "more than 100 were wounded, more than 50 seriously": a part of the wounded before, by its severity.
        if np == nil || np!.last == p.last + 1, let prior = earlier.last, prior.category == .wounded, Self.severities.contains(w(p.last + 1)),
           p.first - prior.spanLast <= 4, w(p.last + 2).isEmpty || tokens[p.last + 2].isPunctuation || w(p.last + 2) == "and" {
            var m = make(.wounded, from: p.first, to: p.last + 1)
            m.isPart = true
            m.victim = nil  // "seriously" is how, not who
            return [m]
        }
        // "There are 12 casualties ..., adding that the death toll could rise": casualties that are deaths.
        if let np, np.category == nil, let head = np.head, Words.casualtiesCasualty.contains(w(head)) {
            // Otherwise a combined killed-and-wounded figure, which has no category here.
            guard casualtiesMeanDeaths else { return nil }
            return [make(.killed, from: p.first, to: head)].map { adjustPart($0, isPartOpener, earlier) }
        }
        // Head noun or modifier carries the category.
        if let np, let c = np.category {
            if np.headIsCategory, tokens[np.head!].lower == "lives", !livesContext(p.first, np.last) { return nil }
            if let r = rightPredicate(after: np.last), r.reversal { return nil }
            var m = make(c, from: p.first, to: np.last)
            if np.headIsCategory, let r = rightPredicate(after: np.last), r.category != nil { m.spanLast = r.index }
            return [m].map { adjustPart($0, isPartOpener, earlier) }
        }
        let left = leftTrigger(before: p.first, tollCategory: tollCategory)
        if let left, left.adjacent {
            var m = make(left.category, from: left.index, to: npEnd)
            m.isToll = left.isToll
            return [adjustPart(m, isPartOpener, earlier)]
        }
        if let r = rightPredicate(after: npEnd) {
            if r.reversal { return nil }
            if let c = r.category {
                var m = make(c, from: p.first, to: r.index)
                if r.among { m.isPart = true }
                var out = [adjustPart(m, isPartOpener, earlier)]
                if let c2 = r.second, c2 != c {
                    out.append(adjustPart(make(c2, from: p.first, to: r.index + 2), isPartOpener, earlier))
                }
                return out
            }
            if r.agent { return nil }
        }
        if let left {
            var m = make(left.category, from: left.index, to: npEnd)
            m.isToll = left.isToll
            return [adjustPart(m, isPartOpener, earlier)]
        }
        // "The death toll was initially put at 45 but later rose to 70": the same toll, moved on.
        if let prior = earlier.last, prior.isToll, Words.toAt.contains(w(p.first - 1)), p.first - prior.spanLast <= 8,
           (prior.spanLast + 1..<p.first).contains(where: { Self.changeVerbs.contains(w($0)) && !Words.isWasUp.contains(w($0)) }) {
            var m = make(prior.category, from: p.first - 1, to: npEnd)
            m.isToll = true
            return [m]
        }
        // "brought to 190 the number of soldiers captured"
        if let c = numberOfPhrase(after: npEnd), w(p.first - 1) == "to" {
            var m = make(c.category, from: p.first - 1, to: c.index)
            m.isToll = true
            // "the number of American soldiers killed": the victims between "of" and their fate.
            let victimFirst = npEnd + (w(npEnd + 3) == "of" ? 4 : 3)
            if victimFirst < c.index { m.victim = victimFirst..<c.index }
            return [m]
        }
        // Coordination with, or part of, an earlier mention of this sentence.
        if let prior = earlier.last, coordinated(from: prior.spanLast, to: p.first) || isPartOpener != nil {
            if p.isVague && np == nil { return nil }
            var m = make(prior.category, from: p.first, to: npEnd)
            if isPartOpener != nil { m.isPart = true; m.spanFirst = isPartOpener! }
            if let sep = separatorBeforeList(prior.spanLast, p.first) { m.isPart = true; _ = sep }
            return [m]
        }
        if let np, Words.themWhom.contains(w(np.last)), let c = earlier.last?.category ?? previousCategory {
            var m = make(c, from: p.first, to: npEnd)
            m.isPart = true
            return [m]
        }
        if isPartOpener != nil, earlier.isEmpty, let c = previousCategory, np != nil || !p.isIndefinite {
            var m = make(c, from: isPartOpener!, to: npEnd)
            m.isPart = true
            return [m]
        }
        return nil
    }

    private func adjustPart(_ m: Mention, _ opener: Int?, _ earlier: [Mention]) -> Mention {
        var m = m
        if let opener { m.spanFirst = min(m.spanFirst, opener); m.isPart = true }
        return m
    }

    /// "including", "among them", "of whom", "of them" right before the phrase: the opener's token index.
    private func partOpener(before first: Int) -> Int? {
        if w(first - 1) == "including" || w(first - 1) == "included" || w(first - 1) == "includes" { return first - 1 }
        if w(first - 2) == "among" && (w(first - 1) == "them" || w(first - 1) == "whom") { return first - 2 }
        if w(first - 3) == "among" && Words.themWhom.contains(w(first - 2)) && Words.wereAreWasEtc.contains(w(first - 1)) { return first - 3 }
        if w(first - 2) == "of" && (w(first - 1) == "whom" || w(first - 1) == "them") { return first - 2 }
        if w(first - 2) == "including" && Words.aAnTheEtc.contains(w(first - 1)) { return first - 2 }
        return nil
    }

    /// Whether the sentence speaks of deaths and not of injuries, so "casualties" can only be deaths
    /// (read once per sentence).
    private var casualtiesMeanDeaths: Bool {
        if let known = cache.casualtiesMeanDeaths { return known }
        let answer = readCasualtiesMeanDeaths()
        cache.casualtiesMeanDeaths = answer
        return answer
    }

    private func readCasualtiesMeanDeaths() -> Bool {
        var deaths = false
        for t in tokens {
            switch t.lower {
            case "death", "deaths", "dead", "died", "killed", "fatalities", "bodies": deaths = true
            case "injured", "injuries", "injury", "wounded", "hurt", "injuring", "wounding", "hospital", "hospitalized", "hospitalised": return false
            default: break
            }
        }
        return deaths
    }

    private func livesContext(_ first: Int, _ last: Int) -> Bool {
        for k in max(0, first - 4)..<first where Words.claimedClaimClaimsEtc.contains(w(k)) { return true }
        return Words.lostWere.contains(w(last + 1))
    }

    /// Only commas, "and" and a short noun phrase without a verb between two counts: "killed 12 soldiers and three civilians".
    private func coordinated(from end: Int, to first: Int) -> Bool {
        guard end < first else { return false }
        let between = (end + 1)..<first
        guard between.count <= 7 else { return false }
        guard between.isEmpty || between.contains(where: { Words.listConnectors.contains(tokens[$0].lower) })
        else { return false }
        // The number has its own verb ("804 were injured and 423,986 were classified as affected").
        if Words.wereWasAreEtc.contains(w(first + 1)) && Lexicon.predicates[w(first + 2)] == nil { return false }
        for k in between {
            let l = tokens[k].lower
            if Lexicon.reversals.contains(l) { return false }
            if tokens[k].isNumber { return false }
            if Lexicon.phraseStops.contains(l) && !Words.andAsTheEtc.contains(l) { return false }
            if Lexicon.activeVerbs[l] != nil || Lexicon.predicates[l] != nil { return false }
            if l == ";" || l == "." || l == "\"" { return false }
        }
        return true
    }

    private func separatorBeforeList(_ end: Int, _ first: Int) -> WordText? {
        guard end + 1 < first else { return nil }
        let l = tokens[end + 1].lower
        return l == "--" || l == ":" || l == "(" ? l : nil
    }

    struct Right {
        var category: CasualtyCategory?
        var index: Int
        var second: CasualtyCategory?
        var among = false
        var agent = false
        var reversal = false
    }

    /// The fate stated after the victims: "were (also) killed", "died", "lost their lives", "among the dead".
    private func rightPredicate(after end: Int) -> Right? {
        var k = end + 1
        var skipped = 0
        // An appositive: "15 people, most of them children, were killed"
        if w(k) == ",", let close = (k + 1..<min(tokens.count, k + 8)).first(where: { w($0) == "," }),
           Lexicon.auxiliaries.contains(w(close + 1)) && !Words.whoThatAsEtc.contains(w(close + 1)),
           !(k + 1..<close).contains(where: { tokens[$0].isNumber || Lexicon.activeVerbs[w($0)] != nil }) {
            k = close + 1
        }
        // A relative clause about the victims: "two policemen, who served as his bodyguards, died",
        // "five soldiers, who were on patrol, were wounded", "... who served as his bodyguards died".
        if w(k) == ",", w(k + 1) == "who" {
            var j = k + 2
            while j < min(tokens.count, k + 12) && !Self.clauseOpeners.contains(w(j)) && !tokens[j].isNumber {
                if w(j) == "," {
                    if Lexicon.predicates[w(j + 1)] != nil || Lexicon.auxiliaries.contains(w(j + 1)) { k = j + 1 }
                    break
                }
                if let c = Lexicon.predicates[w(j)], !(j + 1 < tokens.count && tokens[j + 1].isNumber) {
                    return Right(category: c, index: j)
                }
                j += 1
            }
        }
        k = skipNounMaterial(from: k)
        while k < tokens.count && skipped < 6 {
            let l = w(k)
            if l == "shot" && w(k + 1) == "and" { k += 2; skipped += 1; continue }
            if l == "to" && w(k + 1) == "death" { return Right(category: .killed, index: k + 1) }
            if w(k + 1) == "to" && w(k + 2) == "death" && l.hasSuffix("ed") { return Right(category: .killed, index: k + 2) }
            if l == "in" && Words.hisTheirItsEtc.contains(w(k + 1)) && w(k + 2) == "custody" { return Right(category: .captured, index: k + 2) }
            if (l == "sacrificed" || l == "gave") && w(k + 1) == "their" && w(k + 2) == "lives" { return Right(category: .killed, index: k + 2) }
            if l == "treated" { return Right(category: .wounded, index: k) }
            // "were fatally shot", "was fatally crushed", "fatally wounded": the verb, whatever it is, killed.
            if l == "fatally" && k + 1 < tokens.count && !tokens[k + 1].isNumber && !tokens[k + 1].isPunctuation {
                return Right(category: .killed, index: k + 1)
            }
            if Lexicon.reversals.contains(l) && !(l == "found" && Lexicon.predicates[w(k + 1)] != nil) && l != "left" { return Right(index: k, reversal: l != "found" && l != "recovered" && l != "sent") }
            if l == "among" {
                var m = k + 1
                if w(m) == "the" || w(m) == "those" { m += 1 }
                if let c = Lexicon.predicates[w(m)] ?? Lexicon.categoryNouns[w(m)] { return Right(category: c, index: m, among: true) }
                if w(m) == "victims" { return Right(category: .killed, index: m, among: true) }
                // "were among five people killed", "among at least 12 civilians wounded"
                if w(m) == "at" && w(m + 1) == "least" { m += 2 }
                if Words.moreNearlyAboutEtc.contains(w(m)) { m += w(m) == "more" && w(m + 1) == "than" ? 2 : 1 }
                if tokens.indices.contains(m), tokens[m].isNumber || Lexicon.units[w(m)] != nil || Lexicon.tens[w(m)] != nil {
                    for n in m + 1...min(m + 4, tokens.count) where n < tokens.count {
                        if let c = Lexicon.predicates[w(n)] ?? Lexicon.categoryNouns[w(n)] { return Right(category: c, index: n, among: true) }
                        if tokens[n].isPunctuation || Lexicon.phraseStops.contains(w(n)) { break }
                    }
                }
                return nil
            }
            if l == "lost" && (w(k + 1) == "their" || w(k + 1) == "lives") { return Right(category: .killed, index: w(k + 1) == "their" ? k + 2 : k + 1) }
            if l == "in" && (w(k + 1) == "hospital" || w(k + 1) == "critical" || (w(k + 1) == "a" && w(k + 2) == "critical")) {
                return Right(category: .wounded, index: w(k + 1) == "a" ? k + 3 : k + 2)
            }
            if l == "receiving" && w(k + 1) == "treatment" { return Right(category: .wounded, index: k + 1) }
            if (l == "hostage" || l == "captive" || l == "prisoner" || l == "prisoners" || l == "custody" || l == "captivity") && skipped <= 3 {
                return Right(category: .captured, index: k)
            }
            if l == "as" && (w(k + 1) == "prisoners" || w(k + 1) == "hostages") { return Right(category: .captured, index: k + 1) }
            if let c = Lexicon.predicates[l] {
                if l == "hostage" || l == "captive" { return Right(category: .captured, index: k) }
                // Active voice: "Two gunmen killed three police" counts attackers, not victims.
                if skipped == 0, Lexicon.activeVerbs[l] != nil, startsObject(k + 1) { return Right(index: k, agent: true) }
                if skipped == 0, (l == "die" || l == "dies"), w(end) != "to" {}  // "kill 40" headlines reach here only as predicates
                if (w(k - 1) == "to" && Words.dieKill.contains(l)) { return nil }
                var r = Right(category: c, index: k)
                if w(k + 1) == "or", Lexicon.predicates[w(k + 2)] != nil { return nil }
                if w(k + 1) == "and", let c2 = Lexicon.predicates[w(k + 2)] { r.second = c2 }
                if l == "unaccounted" && w(k + 1) == "for" { r.index = k + 1 }
                return r
            }
            if Lexicon.activeVerbs[l] != nil && skipped == 0 && startsObject(k + 1) { return Right(index: k, agent: true) }
            guard Lexicon.auxiliaries.contains(l) else { return nil }
            k += 1; skipped += 1
        }
        return nil
    }

    /// Past noun-phrase material between the victims and their fate: "of the U.S. military",
    /// "from the 4th Division", "and 15 gunmen", "including four police and eight civilians".
    /// Returns `start` when the material does not end at an auxiliary or a predicate.
    static let materialOpeners: WordSet = ["of", "from", "and", "including", "on", "in", ","]

    private func skipNounMaterial(from start: Int) -> Int {
        var k = start
        guard k < tokens.count, Self.materialOpeners.contains(w(k)) else { return start }
        let limit = min(tokens.count, start + 14)
        while k < limit {
            let l = w(k)
            if Lexicon.predicates[l] != nil || Lexicon.activeVerbs[l] != nil { break }
            if Words.wereWasAreEtc.contains(l) { break }
            if Words.sacrificedLostGave.contains(l) && w(k + 1) == "their" && w(k + 2) == "lives" { break }
            if Words.whoWhichThatSaidEtc.contains(l) { return start }
            if l == "," && k > start && (w(k + 1) == "who" || w(k + 1) == "said") { return start }
            k += 1
        }
        guard k < limit, k > start else { return start }
        return k
    }

    /// Whether an object noun phrase starts at `k`: "killed three", "killed a", "killed the".
    private func startsObject(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        let l = tokens[k].lower
        if tokens[k].isNumber || Lexicon.units[l] != nil || Lexicon.tens[l] != nil { return true }
        return Words.aAnTheHisEtc.contains(l)
    }

    struct Left {
        var category: CasualtyCategory
        var index: Int
        var adjacent: Bool
        var isToll = false
    }

    /// The trigger before the number: "killed", "the deaths of", "the toll rose to", "put the death toll at".
    private func leftTrigger(before first: Int, tollCategory: CasualtyCategory? = nil) -> Left? {
        var k = first - 1
        var skipped = 0
        while k >= 0 && skipped < 3 && Words.beforeTriggeredCount.contains(w(k))
                && !(w(k) == "dead" && w(k - 1) != "shot") && !(w(k) == "and" && w(k - 1) != "shot") {
            k -= 1; skipped += 1
        }
        while k >= 0 && skipped < 4 && (w(k) == "\"" || w(k) == "'") { k -= 1; skipped += 1 }
        guard k >= 0 else { return nil }
        let l = w(k)
        if l == "death" && w(k - 1) == "to" { return Left(category: .killed, index: k - 1, adjacent: true) }
        if (l == "lost" || l == "lose" || l == "loses" || l == "losing") && isPeopleNoun(after: first) { return Left(category: .killed, index: k, adjacent: true) }
        if Words.takenTookTakeEtc.contains(l),
           let q = (first..<min(tokens.count, first + 8)).first(where: { Words.prisonerPrisonersHostageEtc.contains(w($0)) }) {
            return Left(category: .captured, index: q < first ? k : k, adjacent: true)
        }
        if l == "shot" || (l == "and" && w(k - 1) == "shot") { return Left(category: .killed, index: k, adjacent: skipped <= 1) }
        if let c = Lexicon.activeVerbs[l] {
            if w(k - 1) == "to" && !Words.killingWoundingInjuring.contains(l) && tokens[k].lower == l
                && Words.killWoundInjureEtc.contains(l) { return nil }
            // "were killed" before a number is a passive with a later agent, not our object: "were killed 3 km away" is excluded elsewhere.
            return Left(category: c, index: k, adjacent: skipped == 0 || skipped <= 2 && !Words.theItsTheir.contains(w(k + 1)))
        }
        if l == "of" {
            var n = k - 1
            if Lexicon.weekdays.contains(w(n)) { n -= 1 }
            if let c = Lexicon.ofNouns[w(n)] { return Left(category: c, index: n, adjacent: true) }
            if w(n) == "lives" && w(n - 1) == "the" && Words.claimedClaimingClaimEtc.contains(w(n - 2)) {
                return Left(category: .killed, index: n - 2, adjacent: true)
            }
        }
        if Words.claimedClaimingClaims.contains(l), w(first + 1) == "lives" || w(first + 2) == "lives" {
            return Left(category: .killed, index: k, adjacent: true)
        }
        if let toll = tollBefore(first, tollCategory: tollCategory) { return toll }
        // "the death toll rose from 12 to 19", "lowering the total from 359 to 253": the figure replaced.
        if w(first - 1) == "from", let toll = tollBefore(first - 1, tollCategory: tollCategory) { return toll }
        if let tollCategory, let from = supersededFigure(before: first) { return Left(category: tollCategory, index: from, adjacent: true) }
        if let toll = farToll(before: first) { return toll }
        return nil
    }

    static let clauseOpeners: WordSet = ["that", "which", "when", "where", "while", "after", "before", "because", ";"]

    static let severities: WordSet = ["seriously", "critically", "severely", "badly", "gravely"]

    static let changeVerbs: WordSet = ["rose", "risen", "climbed", "jumped", "reached", "hit", "hits", "tops", "topped", "increased",
                                        "stood", "stands", "lowered", "revised", "raised", "reduced", "passed", "surpassed", "exceeded", "is", "was", "up"]

    /// "The death toll in … Karbala rose to 19", "Death Toll From … Tops 300": a change verb before the
    /// number and a toll earlier in the sentence, with no other number between.
    private func farToll(before first: Int) -> Left? {
        var k = first - 1
        if Words.toAtAs.contains(w(k)) { k -= 1 }
        if w(first).isEmpty || !(Self.changeVerbs.contains(w(k)) || Self.changeVerbs.contains(w(first)) || w(first - 1) == "to") { return nil }
        var j = k - 1
        while j >= 0 && j >= first - 30 {
            if tokens[j].isNumber && !(j > 0 && Lexicon.months.contains(w(j - 1))) { return nil }
            if w(j) == ";" || w(j) == "." { return nil }
            // "The number of people killed after gunmen stormed a university ... has risen to 147."
            if Words.numberCountTotal.contains(w(j)) && w(j + 1) == "of",
               j + 2 <= first, let c = (j + 2..<min(j + 6, first)).lazy.compactMap({ Lexicon.predicates[self.w($0)] ?? Lexicon.categoryNouns[self.w($0)] }).first {
                return Left(category: c, index: j, adjacent: true, isToll: true)
            }
            if w(j) == "toll" || w(j) == "tally" {
                var c = CasualtyCategory.killed
                if Words.injuryInjuriesWoundedEtc.contains(w(j - 1)) { c = .wounded }
                if w(j - 1) == "casualty" { return nil }
                return Left(category: c, index: j, adjacent: true, isToll: true)
            }
            j -= 1
        }
        return nil
    }

    static let tollConnectors: WordSet = [
        "rose", "risen", "rising", "rises", "climbed", "climbing", "climbs", "jumped", "jumps", "reached", "reaching",
        "reaches", "stood", "stands", "stand", "standing", "was", "is", "has", "had", "have", "at", "to", "hit", "hits", "of",
        "now", "further", "increased", "increases", "surpassed", "topped", "passed", "crossed", "exceeded",
        "put", "puts", "putting", "placed", "places", "went", "gone", "up", "the", "officially", "been", "raised",
        "raising", "brought", "bringing", "brings", "pushed", "pushing", "pushes", "raises", "final", "latest",
        "new", "overall", "an", "official", "'s", "toll", "total", "tally", "count", "number", "figure",
        "death", "deaths", "casualty", "injury", "injuries", "dead", "killed", "people", "wounded", "injured",
        "confirmed", "this", "that", "today", "yesterday", "two-day", "day", "two", "-", "reportedly", "it",
        "taken", "captivity", "into", "kidnapped", "abducted", "missing", "those", "revised", "estimated", "a",
        "by", "monthly", "civilian", "military", "police", "last", "month", "week", "year", "as", "fatalities",
        "unaccounted", "for", "gone", "cited", "our", "initially", "originally", "earlier", "first", "given", "set",
        "previous", "initial", "estimate", "estimates", "reported", "down", "lowered", "lowering", "reduced",
        "reducing", "cut", "revising",
    ]

    static let putVerbs: WordSet = ["put", "puts", "putting", "placed", "places", "placing"]

    /// "the death toll rose to", "put the toll at", "the number of dead reached", "count of the dead stood at".
    private func tollBefore(_ first: Int, tollCategory: CasualtyCategory? = nil) -> Left? {
        var k = first - 1
        var category: CasualtyCategory?
        var found: Int?
        var categoryWord: Int?
        var putVerb = false
        var steps = 0
        while k >= 0 && steps < 10 {
            let l = w(k)
            if Lexicon.weekdays.contains(l) { k -= 1; steps += 1; continue }
            guard Self.tollConnectors.contains(l) || tokens[k].isCapitalized && steps > 1 else { break }
            if category == nil {
                switch l {
                case "death", "deaths", "dead", "killed", "fatalities": category = .killed
                case "injury", "injuries", "wounded", "injured": category = .wounded
                case "missing", "unaccounted": category = .missing
                case "kidnapped", "abducted", "captivity": category = .captured
                default: break
                }
                if category != nil { categoryWord = k }
            }
            if Words.tollTallyCountEtc.contains(l) { found = k }
            if Self.putVerbs.contains(l) { putVerb = true }
            k -= 1; steps += 1
        }
        // "the ministry put civilian deaths last month at 1,289": put ... at, the category word counts.
        if found == nil && putVerb && w(first - 1) == "at" { found = categoryWord }
        guard let index = found else { return nil }
        let isToll = w(index) == "toll" || w(index) == "tally"
        // "our first estimates were 290", after "the death toll ... is at least 253": the toll's category.
        guard let c = category ?? (isToll ? .killed : tollCategory) else { return nil }
        // The count word must come before the number with a verb or preposition between them.
        guard (index + 1..<first).contains(where: { Words.toAtWasEtc.contains(w($0)) }) || first - index <= 1
        else { return nil }
        return Left(category: c, index: index, adjacent: true, isToll: true)
    }

    /// "up from a previous figure of 174", "from the earlier reported 61", "from 359": the figure a toll
    /// replaced. Returns the index of "from".
    private func supersededFigure(before first: Int) -> Int? {
        var k = first - 1
        if w(k) == "of" { k -= 1 }
        while k >= 0 && first - k <= 6 && Words.figureTollCountEtc.contains(w(k)) {
            k -= 1
        }
        return w(k) == "from" ? k : nil
    }

    /// After "brought to 190": "the number of soldiers captured" → captured.
    private func numberOfPhrase(after end: Int) -> (category: CasualtyCategory, index: Int)? {
        guard w(end + 1) == "the", Words.numberTollTotalEtc.contains(w(end + 2)) else { return nil }
        if w(end + 2) == "toll" { return (.killed, end + 2) }
        var k = end + 3
        while k < tokens.count && k < end + 12 {
            if let c = Lexicon.predicates[w(k)] ?? Lexicon.categoryNouns[w(k)] { return (c, k) }
            if tokens[k].isPunctuation { return nil }
            k += 1
        }
        return nil
    }
}
