import ClaimModel

/// A time expression near a claim ("Wednesday", "in the past month", "since January"),
/// whether it makes the figure a running total, and the days it covers once anchored to a publication date.
struct TimeExpression: Sendable {
    var first: Int
    var last: Int
    var isCumulative: Bool
    /// A closed span in the past ("last month", "in May", "in the previous month") rather than a total
    /// running up to now ("since January", "so far", "this year"): one attack dated by it is still one
    /// attack ("In May, a truck bomb killed at least 92 people").
    var isDatedSpan = false
    /// Resolves the expression against the publication date: first and last day covered.
    var resolve: @Sendable (CalendarDate) -> (CalendarDate, CalendarDate)?

    static let unitDays: WordMap<Int> = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365, "decade": 3650,
    ]
    static let monthNumbers: WordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let weekdayNumbers: WordMap<Int> = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Words that can start a time expression; any other token is skipped with one lookup.
    static let openers = WordSet(Array(weekdayNumbers.keys) + Array(monthNumbers.keys) + [
        "yesterday", "today", "last", "overnight", "ago", "past", "previous", "first", "this", "so", "to", "thus", "since",
        "-", "throughout", "monthly", "annually", "overall", "during", "in",
    ])

    /// Every time expression in `tokens[range]`, in order. `openers` lists, in order, the positions of
    /// the sentence's tokens that can start one (``WordFlags/timeOpener``); the others are skipped.
    static func all(in tokens: [Token], range: Range<Int>, openers: [Int]) -> [TimeExpression] {
        var found: [TimeExpression] = []
        func w(_ i: Int) -> WordText { i >= 0 && i < tokens.count ? tokens[i].lower : .empty }
        func isSuperlative(_ word: WordText) -> Bool {
            Self.superlatives.contains(word) || (word.count > 5 && word.hasSuffix("iest"))
        }
        /// A superlative among the few words before `start`, with no number or punctuation between.
        func followsSuperlative(_ start: Int) -> Bool {
            var k = start - 1
            while k >= max(range.lowerBound, start - 8) && !tokens[k].isNumber && (!tokens[k].isPunctuation || Self.quotes.contains(w(k))) {
                if isSuperlative(w(k)) { return true }
                k -= 1
            }
            return false
        }
        // "killed in the war", "in the war in Afghanistan", not "in the war-torn north" or "in the conflict zone".
        func endsWar(_ i: Int) -> Bool { i >= tokens.count || (tokens[i].isPunctuation && w(i) != "-") || Self.afterWar.contains(w(i)) }
        var i = range.lowerBound
        var next = Extractor.SentenceContext.firstPosition(in: openers, atLeast: i)
        while i < range.upperBound {
            // Straight to the next token that can open a time expression.
            while next < openers.count && openers[next] < i { next += 1 }
            guard next < openers.count, openers[next] < range.upperBound else { break }
            i = openers[next]
            let l = w(i)
            if let day = weekdayNumbers[l] {
                var first = i
                if Words.lateEarlyOnEtc.contains(w(i - 1)) { first = i - 1 }
                var last = i
                if Words.nightMorningEveningEtc.contains(w(i + 1)) { last = i + 1 }
                found.append(TimeExpression(first: first, last: last, isCumulative: false) { p in
                    let back = (p.weekday - day + 7) % 7
                    let d = p.adding(days: -back)
                    return (d, d)
                })
                i = last + 1; continue
            }
            if l == "yesterday" || l == "today" || (l == "last" && w(i + 1) == "night") || l == "overnight" {
                let offset = l == "today" ? 0 : 1
                let last = l == "last" ? i + 1 : i
                found.append(TimeExpression(first: i, last: last, isCumulative: false) { p in
                    (p.adding(days: -offset), l == "today" ? p : p.adding(days: -offset))
                })
                i = last + 1; continue
            }
            // "two days ago"
            if l == "ago", let days = unitDays[w(i - 1)], i >= 2, let n = Lexicon.units[w(i - 2)] ?? w(i - 2).integer {
                found.append(TimeExpression(first: i - 2, last: i, isCumulative: false) { p in
                    let d = p.adding(days: -n * days); return (d, d)
                })
                i += 1; continue
            }
            // "in/over/during the past/last (N) month(s)"
            if Words.pastLastPreviousEtc.contains(l) && Words.theInOverEtc.contains(w(i - 1)) {
                var k = i + 1
                var n = 1
                if let v = Lexicon.units[w(k)] ?? Lexicon.tens[w(k)] ?? w(k).integer { n = v; k += 1 }
                if w(k) == "few" || w(k) == "several" { n = 3; k += 1 }
                if let days = unitDays[w(k)] {
                    var first = w(i - 1) == "the" && Words.inOverDuringEtc.contains(w(i - 2)) ? i - 2 : i - 1
                    if first < 0 { first = i }
                    let isFirst = l == "first"
                    let span = n * days
                    found.append(TimeExpression(first: first, last: k, isCumulative: true, isDatedSpan: l == "previous") { p in
                        isFirst ? nil : (p.adding(days: -span), p)
                    })
                    i = k + 1; continue
                }
            }
            // "last month", "this year", "so far this year"
            if (l == "last" || l == "this" || l == "past") && Words.monthYear.contains(w(i + 1)) {
                var first = i
                if w(i - 2) == "so" && w(i - 1) == "far" { first = i - 2 }
                let unit = w(i + 1)
                let isLast = l != "this"
                found.append(TimeExpression(first: first, last: i + 1, isCumulative: true, isDatedSpan: l == "last" && first == i) { p in
                    if unit == "year" {
                        let y = p.year - (isLast && l == "last" ? 1 : 0)
                        guard let s = CalendarDate(year: y, month: 1, day: 1) else { return nil }
                        return (s, isLast && l == "last" ? CalendarDate(year: y, month: 12, day: 31)! : p)
                    }
                    let m = p.month ?? 1
                    if !isLast || l == "past" {
                        return l == "past" ? (p.adding(days: -30), p) : (CalendarDate(year: p.year, month: m, day: 1)!, p)
                    }
                    let (y, pm) = m == 1 ? (p.year - 1, 12) : (p.year, m - 1)
                    let s = CalendarDate(year: y, month: pm, day: 1)!
                    return (s, CalendarDate(dayNumber: CalendarDate(year: y, month: pm, day: 1)!.firstDay + daysIn(pm, y) - 1))
                })
                i += 2; continue
            }
            if (l == "so" && w(i + 1) == "far") || (l == "to" && w(i + 1) == "date") || (l == "thus" && w(i + 1) == "far") {
                found.append(TimeExpression(first: i, last: i + 1, isCumulative: true) { _ in nil })
                i += 2; continue
            }
            // "since January", "since 2009", "since the war began"
            if l == "since" {
                var last = i
                var k = i + 1
                while k < range.upperBound && k <= i + 8 && !tokens[k].isPunctuation && !(k > i + 1 && Words.andIncludingAccordingEtc.contains(w(k))) {
                    last = k; k += 1
                }
                let next = w(i + 1)
                found.append(TimeExpression(first: i, last: max(last, i), isCumulative: true) { p in
                    if let m = monthNumbers[next] {
                        let y = m > (p.month ?? 12) ? p.year - 1 : p.year
                        return CalendarDate(year: y, month: m, day: 1).map { ($0, p) }
                    }
                    if next.count == 4, let y = next.integer, (1900...2100).contains(y) {
                        return CalendarDate(year: y, month: 1, day: 1).map { ($0, p) }
                    }
                    return nil
                })
                i = last + 1; continue
            }
            // "in March", "during October" (a month, without a day number)
            if let m = monthNumbers[l], tokens[i].isCapitalized, Words.inDuringForEtc.contains(w(i - 1)),
               !(i + 1 < tokens.count && tokens[i + 1].isNumber && tokens[i + 1].lower.count <= 2) {
                found.append(TimeExpression(first: i - 1, last: i, isCumulative: true, isDatedSpan: true) { p in
                    let y = m > (p.month ?? 12) ? p.year - 1 : p.year
                    guard let s = CalendarDate(year: y, month: m, day: 1) else { return nil }
                    return (s, CalendarDate(dayNumber: s.firstDay + daysIn(m, y) - 1))
                })
                i += 1; continue
            }
            // "two-day death toll", "a 10-day offensive"
            if l == "-", let _ = unitDays[w(i + 1)], i > 0, tokens[i - 1].isNumber || Lexicon.units[w(i - 1)] != nil,
               !tokens[i].spaceBefore, w(i + 1) != "year" {
                found.append(TimeExpression(first: i - 1, last: i + 1, isCumulative: true) { _ in nil })
                i += 2; continue
            }
            if Words.throughoutMonthlyAnnuallyEtc.contains(l)
                || (l == "during" && w(i + 1) == "the" && Words.warConflictInsurgencyEtc.contains(w(i + 2)))
                || (l == "in" && w(i + 1) == "the" && Self.wars.contains(w(i + 2)) && endsWar(i + 3))
                || (l == "in" && w(i + 1) == "less" && w(i + 2) == "than") {
                let last = l == "during" || (l == "in" && w(i + 1) == "the") ? i + 2 : (l == "in" ? min(i + 4, range.upperBound - 1) : i)
                found.append(TimeExpression(first: i, last: last, isCumulative: true) { _ in nil })
                i = last + 1; continue
            }
            i += 1
        }
        // "the deadliest attack since 2014", "one of the deadliest so far in the civil war", "the worst
        // disaster this year": a running period right after a superlative measures the superlative, not a count.
        return found.filter { !$0.isCumulative || $0.isDatedSpan || !followsSuperlative($0.first) }
    }

    static let quotes: WordSet = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
    static let superlatives: WordSet = ["worst", "most", "biggest", "largest", "highest", "greatest", "heaviest", "first", "longest"]

    /// Wars whose whole course "in the …" names: "26,500 civilians have been killed in the war".
    static let wars: WordSet = ["war", "conflict", "insurgency", "uprising"]
    static let afterWar: WordSet = ["in", "since", "so", "that", "which", "against", "with", "between", "there", "and", "to"]

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
