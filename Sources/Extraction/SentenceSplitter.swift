/// Finds sentence boundaries in UTF-8 bytes: line breaks (not a hard wrap, where the next line starts
/// lowercase after a letter, digit or comma), and ". ! ?" before a capital, digit or quote
/// unless the word before the period is an abbreviation or an initial. A run-on longer than
/// ``longestSentence`` is cut into pieces.
enum SentenceSplitter {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "capt", "maj", "lt", "col", "sgt", "st", "gov", "sen", "rep", "pvt", "cpl",
        "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "jr", "sr", "prof", "rev", "brig", "adm",
        "cmdr", "insp", "supt", "messrs", "ft", "mt", "co", "corp", "inc", "ltd", "u.s", "u.n", "u.k", "a.m", "p.m",
    ]

    /// The longest sentence: a run-on without a sentence break (a table, a dump) is cut into pieces of at
    /// most this many bytes, at a space where there is one in the second half, so that each piece is
    /// tokenized and analysed on its own. No news sentence comes near it.
    static let longestSentence = 16 << 10

    /// Byte ranges of the sentences of `bytes[begin..<end]`, in order, trimmed of surrounding space.
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, from begin: Int = 0, to end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = begin
        var i = begin
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
        func emit(_ e: Int) {
            var s = start, t = e
            while s < t && isSpace(bytes[s]) { s += 1 }
            while t > s && isSpace(bytes[t - 1]) { t -= 1 }
            while t - s > longestSentence {
                var cut = s + longestSentence
                while cut > s + longestSentence / 2 && !isSpace(bytes[cut - 1]) { cut -= 1 }
                if cut == s + longestSentence / 2 {
                    cut = s + longestSentence
                    while cut > s && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // never inside a character
                    if cut == s { cut = s + longestSentence }
                }
                var pieceEnd = cut
                while pieceEnd > s && isSpace(bytes[pieceEnd - 1]) { pieceEnd -= 1 }
                result.append(s..<pieceEnd)
                s = cut
                while s < t && isSpace(bytes[s]) { s += 1 }
            }
            if t > s { result.append(s..<t) }
        }
        let base = bytes.baseAddress
        while i < end {
            // Eight bytes at a time while none of them is a line break or sentence punctuation, then
            // straight to the first that is.
            if let base {
                while i + 8 <= end {
                    let found = Self.sentenceEnds(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    if found == 0 { i += 8; continue }
                    i += found.trailingZeroBitCount >> 3
                    break
                }
                if i >= end { break }
            }
            let b = bytes[i]
            // Letters and most punctuation sit above '?' (63): one comparison skips them.
            if b > 63 || (b != 10 && b != 46 && b != 33 && b != 63) { i += 1; continue }
            if b == 10 {
                // A line that starts lowercase continues a hard-wrapped sentence ("Five people\nare in hospital").
                if continuesSentence(bytes, after: i, to: end, from: start) { i += 1; continue }
                emit(i); start = i + 1
            } else if (b == 46 || b == 33 || b == 63) && i + 2 < end {
                var j = i + 1
                while j < end && (bytes[j] == 34 || bytes[j] == 39 || bytes[j] == 41) { j += 1 }  // closing quotes
                if j + 2 < end && bytes[j] == 0xE2 && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99) { j += 3 }
                if j < end && bytes[j] == 32 {
                    var k = j
                    while k < end && bytes[k] == 32 { k += 1 }
                    if k < end {
                        let c = bytes[k]
                        let startsSentence = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 34 || c == 0xE2
                        if startsSentence && (b != 46 || !isAbbreviation(bytes, before: i, from: start)) {
                            emit(j); start = j; i = k; continue
                        }
                    }
                }
            }
            i += 1
        }
        emit(end)
        return result
    }

    /// Whether the line after the break at `newline` starts with a lowercase letter and the text before
    /// it ends without sentence punctuation, in the same paragraph (no blank line).
    static func continuesSentence(_ bytes: UnsafeBufferPointer<UInt8>, after newline: Int, to end: Int, from start: Int) -> Bool {
        var k = newline + 1
        while k < end && (bytes[k] == 32 || bytes[k] == 9) { k += 1 }
        guard k < end, bytes[k] >= 97 && bytes[k] <= 122 else { return false }
        var p = newline - 1
        while p >= start && (bytes[p] == 32 || bytes[p] == 9 || bytes[p] == 13) { p -= 1 }
        guard p >= start else { return false }
        let last = bytes[p]
        return (last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57) || last == 44
    }

    /// The high bit of each of the eight bytes that is '\n', '.', '!' or '?'. The lowest bit set is
    /// exact (the SWAR zero-byte test may also flag bytes above a true one, never below).
    @inline(__always) static func sentenceEnds(_ x: UInt64) -> UInt64 {
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
        return zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(x ^ 0x2E2E_2E2E_2E2E_2E2E)
            | zeroBytes(x ^ 0x2121_2121_2121_2121) | zeroBytes(x ^ 0x3F3F_3F3F_3F3F_3F3F)
    }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int, from begin: Int) -> Bool {
        var s = dot
        while s > begin && (Tokenizer.isLetter(bytes[s - 1]) || bytes[s - 1] == 46) { s -= 1 }
        let length = dot - s
        if length == 0 { return false }
        if length == 1 && bytes[s] >= 65 && bytes[s] <= 90 { return true }  // an initial: "George W. Bush"
        if length > 6 { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { word in
            for k in 0..<length { let c = bytes[s + k]; word[k] = c >= 65 && c <= 90 ? c + 32 : c }
            return abbreviations.contains(bytes: UnsafeBufferPointer(word))
        }
    }
}
