/// The cheap first pass: byte offsets where a casualty word may start.
///
/// Only sentences holding one of these stems get tokenized and analysed, so text without
/// casualty vocabulary costs one pass over its bytes.
enum TriggerScan {
    /// Stems, lowercase, grouped by first letter for the byte scan.
    static let stems: [[UInt8]] = [
        "kill", "dead", "death", "die", "dying", "wound", "injur", "hurt", "missing", "kidnap", "abduct", "hostage",
        "captur", "captiv", "prisoner", "bodies", "body", "corpse", "toll", "lives", "casualt", "fatalit", "slain",
        "slew", "murder", "massacr", "behead", "execut", "hospital", "critical", "perish", "drown", "unaccounted",
        "lost", "custody", "treatment", "maim", "seized", "lynch", "remains", "slaughter", "fatal",
    ].map { Array($0.utf8) }

    /// Where the stems of letter `c` sit among the packed stems: `letterStart[c]..<letterStart[c + 1]`.
    static let letterStart: [Int] = {
        var starts = Array(repeating: 0, count: 257)
        for p in packed { starts[Int(p.letter) + 1] += 1 }
        for c in 0..<256 { starts[c + 1] += starts[c] }
        return starts
    }()

    /// The stems' first eight bytes packed little-endian with the mask of the bytes each has, and the
    /// bytes past the eighth, sorted by first letter.
    private static let packed: [(letter: UInt8, head: UInt64, mask: UInt64, tail: [UInt8])] = stems.map { stem in
        var head: UInt64 = 0, mask: UInt64 = 0
        for (k, b) in stem.prefix(8).enumerated() {
            head |= UInt64(b) << (8 * k)
            mask |= 0xFF << (8 * k)
        }
        return (stem[0], head, mask, Array(stem.dropFirst(8)))
    }.sorted { $0.letter < $1.letter }

    /// Whether a lowercase word begins with a stem ("killings", "custody").
    static func startsWithStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, let base = word.baseAddress else { return false }  // every stem has at least three letters
        let t = tables
        let key = Int(base[0] & 31) << 10 | Int(base[1] & 31) << 5 | Int(base[2] & 31)
        guard t.triples[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
        let letter = Int(base[0])
        var packed: UInt64 = 0x2020_2020_2020_2020  // past the word: spaces, which match no stem
        for k in 0..<min(8, word.count) { packed = packed & ~(0xFF << (8 * UInt64(k))) | UInt64(base[k]) << (8 * UInt64(k)) }
        for n in t.letterStart[letter]..<t.letterStart[letter + 1] where packed & t.masks[n] == t.heads[n] {
            let tail = t.tails[n]
            if tail.isEmpty || (8 + tail.count <= word.count && tail.indices.allSatisfy { base[8 + $0] == tail[$0] }) { return true }
        }
        return false
    }

    /// Whether a lowercase word begins with a stem.
    static func startsWithStem(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { startsWithStem($0) }
    }

    static let partOpeners: [[UInt8]] = ["among them", "among the", "including", "of them", "of those", "they included", "they include"].map { Array($0.utf8) }

    /// Whether the sentence opens by naming parts of the previous sentence's count ("Among them were four children").
    static func startsWithPartOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        partOpeners.contains { opener in
            range.count >= opener.count && opener.indices.allSatisfy { (bytes[range.lowerBound + $0] | 0x20) == (opener[$0] | 0x20) }
        }
    }

    /// The scan's tables in raw memory, built once and never freed: one load of this reference per
    /// scan instead of one per table.
    final class Tables: @unchecked Sendable {
        let heads: UnsafeMutablePointer<UInt64>
        let masks: UnsafeMutablePointer<UInt64>
        /// Stems longer than eight bytes ("unaccounted") keep the rest here, by stem index.
        let tails: [[UInt8]]
        let letterStart: UnsafeMutablePointer<Int>
        /// One bit per first three letters of some stem, each letter reduced to its low five bits
        /// (so case does not matter): most word starts are rejected with one load.
        let triples: UnsafeMutablePointer<UInt64>

        init() {
            heads = .allocate(capacity: packed.count)
            masks = .allocate(capacity: packed.count)
            for (n, p) in packed.enumerated() {
                (heads + n).initialize(to: p.head)
                (masks + n).initialize(to: p.mask)
            }
            tails = packed.map(\.tail)
            letterStart = .allocate(capacity: 257)
            letterStart.initialize(from: TriggerScan.letterStart, count: 257)
            triples = .allocate(capacity: 512)
            triples.initialize(repeating: 0, count: 512)
            for stem in stems {
                let key = Int(stem[0] & 31) << 10 | Int(stem[1] & 31) << 5 | Int(stem[2] & 31)
                triples[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
    }

    static let tables = Tables()

    /// Whether `bytes[range]` holds a casualty stem at a word start.
    ///
    /// Eight bytes at a time: a word-start mask is computed with SWAR arithmetic (an ASCII letter
    /// after a byte that is neither a letter nor part of a non-ASCII scalar), and only word starts
    /// whose first three letters begin some stem are compared, by a masked eight-byte compare (OR-ing
    /// 0x20 into a byte maps only 'A' and 'a' to 'a', so it is case-insensitive).
    static func containsTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress, !range.isEmpty else { return false }
        let end = range.upperBound
        let t = tables
        /// Whether a stem starts at `i` (a word start).
        @inline(__always) func stemStarts(at i: Int) -> Bool {
            guard i + 2 < end else { return false }  // every stem has at least three letters
            let key = Int(base[i] & 31) << 10 | Int(base[i + 1] & 31) << 5 | Int(base[i + 2] & 31)
            guard t.triples[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
            return stemMatches(at: i)
        }
        /// The full comparison, for the few word starts that pass the filter.
        func stemMatches(at i: Int) -> Bool {
            let letter = Int(base[i] | 0x20)
            var n = t.letterStart[letter]
            let last = t.letterStart[letter + 1]
            var word: UInt64 = 0
            if i + 8 <= end {
                word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            } else {
                for k in 0..<(end - i) { word |= UInt64(base[i + k]) << (8 * k) }
            }
            word |= 0x2020_2020_2020_2020  // bytes past `end` become spaces, which match no stem
            while n < last {
                if word & t.masks[n] == t.heads[n] {
                    if t.masks[n] != UInt64.max { return true }
                    let tail = t.tails[n]
                    if i + 8 + tail.count <= end && tail.indices.allSatisfy({ (base[i + 8 + $0] | 0x20) == tail[$0] }) { return true }
                }
                n += 1
            }
            return false
        }

        let high: UInt64 = 0x8080_8080_8080_8080
        var i = range.lowerBound
        var previousWord: UInt64 = 0  // 0x80 when the byte before `i` is word material (the range starts a word)
        while i + 8 <= end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let low7 = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit: ≥ 'a'
            let pastZ = low7 &+ 0x0505_0505_0505_0505  // high bit: > 'z'
            let letters = atLeastA & ~pastZ & ~x & high
            let wordBytes = letters | (x & high)
            var starts = letters & ~((wordBytes << 8) | previousWord)
            while starts != 0 {
                if stemStarts(at: i + starts.trailingZeroBitCount / 8) { return true }
                starts &= starts - 1
            }
            previousWord = (wordBytes >> 56) & 0x80
            i += 8
        }
        var previousIsWord = previousWord != 0
        while i < end {
            let b = base[i]
            let lower = b | 0x20
            let isLetter = lower >= 97 && lower <= 122
            if isLetter && !previousIsWord && stemStarts(at: i) { return true }
            previousIsWord = isLetter || b >= 0x80
            i += 1
        }
        return false
    }
}
