/// Splits a sentence (a byte range of a document's UTF-8) into ``Token``s.
///
/// Works on bytes: letters are ASCII letters and any non-ASCII scalar that is not a dash or quote.
/// "U.S." stays one token; "1,200" and "1.2" stay one number; "4th" is a word; hyphens are their own tokens.
enum Tokenizer {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, from begin: Int, to end: Int) -> [Token] {
        guard end > begin else { return [] }
        // A token has one byte at least: room for them all, written without the checks of `append`.
        return [Token](unsafeUninitializedCapacity: end - begin) { buffer, written in
            written = tokens(in: bytes, from: begin, to: end, into: buffer.baseAddress!)
        }
    }

    /// Writes the tokens of `bytes[begin..<end]` from `out` on; returns how many.
    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>, from begin: Int, to end: Int, into out: UnsafeMutablePointer<Token>) -> Int {
        var count = 0
        @inline(__always) func append(_ token: Token) {
            (out + count).initialize(to: token)
            count += 1
        }
        let words = Vocabulary.flags
        let punctuation = Vocabulary.asciiPunctuation
        var i = begin
        var space = true
        while i < end {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 { space = true; i += 1; continue }
            if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { space = true; i += 2; continue }  // no-break space
            if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89) {
                space = true; i += 3; continue  // narrow no-break space, thin space
            }
            let startIndex = i
            if isDigit(b) {
                var j = i + 1
                while j < end {
                    if isDigit(bytes[j]) { j += 1; continue }
                    if (bytes[j] == 44 || bytes[j] == 46) && j + 1 < end && isDigit(bytes[j + 1]) { j += 2; continue }
                    break
                }
                var kind = Token.Kind.number
                while j < end && isLetter(bytes[j]) { j += 1; kind = .word }  // 4th, 2nd, 10am
                append(make(bytes, startIndex, j, kind, space, words))
                i = j
            } else if isLetter(b) {
                var j = i
                while j < end {
                    if isLetter(bytes[j]) { j += 1; continue }
                    if bytes[j] == 39 && j + 1 < end && isLetter(bytes[j + 1]) && possessiveLength(bytes, j, end) == 0 { j += 1; continue }
                    break
                }
                // Abbreviations with dots: U.S., a.m.
                if j < end && bytes[j] == 46 && j - i <= 2 && j + 1 < end && isLetter(bytes[j + 1]) {
                    var k = j
                    while k < end && bytes[k] == 46 && k + 1 < end && isLetter(bytes[k + 1]) {
                        var m = k + 1
                        while m < end && isLetter(bytes[m]) && m - k <= 3 { m += 1 }
                        k = m
                    }
                    if k < end && bytes[k] == 46 { k += 1 }
                    j = k
                }
                append(make(bytes, startIndex, j, .word, space, words))
                i = j
            } else if case let n = possessiveLength(bytes, i, end), n > 0 {
                let possessive = WordText("'s")
                append(Token(start: i, end: i + n, lower: possessive, kind: .word, isCapitalized: false, spaceBefore: space,
                                    flags: words[possessive] ?? []))
                i += n
            } else if b < 0x80 {
                // ASCII punctuation: one prebuilt entry per byte.
                let entry = punctuation[Int(b)]
                append(Token(start: i, end: i + 1, lower: entry.text, kind: .punctuation, isCapitalized: false, spaceBefore: space,
                                    flags: entry.flags))
                i += 1
            } else {
                let j = min(end, i + (b >= 0xC0 ? scalarLength(b) : 1))
                let lower = normalizedPunctuation(UnsafeBufferPointer(rebasing: bytes[i..<j]))
                append(Token(start: i, end: j, lower: lower, kind: .punctuation, isCapitalized: false, spaceBefore: space,
                                    flags: words[lower] ?? []))
                i = j
            }
            space = false
        }
        return count
    }

    /// A word or number token: its text lowercased into a ``WordText`` as it is read, its lists looked up.
    @inline(__always) private static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, _ space: Bool,
                                               _ words: WordMap<WordFlags>) -> Token {
        let lower = WordText(lowering: UnsafeBufferPointer(rebasing: bytes[s..<e]))
        // Known words carry their lists; an unknown word may still begin with a casualty stem ("custody").
        var flags = words[lower] ?? []
        if flags.isEmpty && kind == .word && lower.isComplete && lower.startsWithStem { flags = .relevant }
        let first = bytes[s]
        return Token(start: s, end: e, lower: lower, kind: kind, isCapitalized: first >= 65 && first <= 90, spaceBefore: space, flags: flags)
    }

    /// Dashes to "-", curly quotes to straight ones.
    private static func normalizedPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> WordText {
        guard bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x80 else { return WordText(bytes) }
        switch bytes[2] {
        case 0x90, 0x91, 0x92, 0x93: return WordText("-")  // U+2010–U+2013
        case 0x94, 0x95: return WordText("--")  // U+2014, U+2015
        case 0x9C, 0x9D, 0x9E: return WordText("\"")  // U+201C–U+201E
        case 0x98, 0x99: return WordText("'")  // U+2018, U+2019
        default: return WordText(bytes)
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// ASCII letters, and lead/continuation bytes of non-ASCII scalars other than punctuation (U+2000–U+206F) and no-break space.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        let l = b | 0x20
        if l >= 97 && l <= 122 { return true }
        return b >= 0x80 && b != 0xE2 && b != 0xC2
    }

    /// 2 for "'s", 4 for "’s" ending a word at `j`, else 0.
    @inline(__always) static func possessiveLength(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Int {
        var n = 0
        if bytes[j] == 39 { n = 1 } else if bytes[j] == 0xE2 && j + 2 < end && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99 { n = 3 }
        guard n > 0, j > 0, isLetter(bytes[j - 1]), j + n < end, (bytes[j + n] | 0x20) == 115 else { return 0 }
        return j + n + 1 >= end || !isLetter(bytes[j + n + 1]) ? n + 1 : 0
    }

    @inline(__always) static func scalarLength(_ b: UInt8) -> Int {
        b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }
}
